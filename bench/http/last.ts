/**
 * @module
 * The load generator, in its own process so it never shares a thread with a server under
 * test: `node --import tsx bench/http/last.ts <opdracht.json>`. Runs autocannon once per
 * step of the schedule (warm-up first, then the measured runs, routes interleaved so every
 * route sees the same machine), and prints all results as one JSON line. Tokens are signed
 * before the first step (one fresh token per request, as src/client does; POST tokens are
 * single-use); if a pool runs dry, the rest is signed on the fly and counted.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { cpuSeconden } from '../lib/proces.js';
import { tokenMaker } from '../lib/token.js';

/** What the orchestrator asks for. */
export interface LastOpdracht {
  verbindingen: number;
  /** Folder with `<partner>.jwk.json` private keys. */
  sleutelmap: string;
  doelen: LastDoel[];
  /** In order: which route, for how many seconds; run 0 is the warm-up. */
  schema: Array<{ doel: string; run: number; duur: number }>;
}

export interface LastDoel {
  id: string;
  url: string;
  methode: 'GET' | 'POST';
  /** File with `{ items: WerkItem[] }`, used in order and round again when exhausted. */
  werkset: string;
  /** Tokens to sign beforehand (0: the route needs none). */
  tokens: number;
  /** The server's process id, to read the CPU time it spends per request. */
  pid: number;
}

export interface WerkItem {
  pad: string;
  partner?: string;
  body?: string;
}

export interface LastUitkomst {
  doel: string;
  run: number;
  verzoekenPerSeconde: number;
  p50: number;
  p99: number;
  verzoeken: number;
  non2xx: number;
  fouten: number;
  timeouts: number;
  /** Requests that reused a work item (bodies ran out). */
  herhaald: number;
  /** Tokens signed during the step because the pool ran dry. */
  naTekenen: number;
  /**
   * CPU time (user + system) the server used per answered request, in µs: unlike req/s it
   * hardly depends on what else runs on a shared machine.
   */
  cpuPerVerzoek: number;
}

interface Staat {
  d: LastDoel;
  items: WerkItem[];
  tokens: string[];
  volgende: number;
}

/** Every token of this process gets its own jti number. */
let volgnummer = 0;

async function main(pad: string): Promise<LastUitkomst[]> {
  const o = JSON.parse(readFileSync(pad, 'utf8')) as LastOpdracht;
  const teken = tokenMaker(o.sleutelmap);
  const nuS = Math.floor(Date.now() / 1000);
  const staten = new Map<string, Staat>();
  for (const d of o.doelen) {
    const { items } = JSON.parse(readFileSync(d.werkset, 'utf8')) as { items: WerkItem[] };
    if (items.length === 0) throw new Error(`lege werkset voor ${d.id}`);
    const tokens = Array.from({ length: d.tokens }, (_, i) =>
      teken(items[i % items.length]!.partner!, nuS, volgnummer++),
    );
    staten.set(d.id, { d, items, tokens, volgende: 0 });
  }
  const uit: LastUitkomst[] = [];
  for (const stap of o.schema) {
    const s = staten.get(stap.doel);
    if (!s) throw new Error(`onbekend doel ${stap.doel}`);
    uit.push(await draaiStap(s, stap, o.verbindingen, teken));
  }
  return uit;
}

async function draaiStap(
  s: Staat,
  stap: { doel: string; run: number; duur: number },
  verbindingen: number,
  teken: ReturnType<typeof tokenMaker>,
): Promise<LastUitkomst> {
  const vasteKoppen: Record<string, string> =
    s.d.methode === 'POST' ? { 'content-type': 'application/json' } : {};
  const begin = s.volgende;
  let naTekenen = 0;
  const nuS = Math.floor(Date.now() / 1000);
  const cpu0 = cpuSeconden(s.d.pid);
  const resultaat = await autocannon({
    url: s.d.url,
    connections: verbindingen,
    duration: stap.duur,
    requests: [
      {
        method: s.d.methode,
        setupRequest: (req: Record<string, unknown>) => {
          const i = s.volgende++;
          const item = s.items[i % s.items.length]!;
          let token = '';
          if (item.partner) {
            token = s.tokens[i] ?? '';
            if (!token) {
              token = teken(item.partner, nuS, volgnummer++);
              naTekenen += 1;
            }
          }
          req.path = item.pad;
          req.headers = token ? { ...vasteKoppen, authorization: `Bearer ${token}` } : vasteKoppen;
          if (item.body !== undefined) req.body = item.body;
          return req;
        },
      },
    ],
  } as autocannon.Options);
  const cpu = cpuSeconden(s.d.pid) - cpu0;
  const gebruikt = s.volgende - begin;
  return {
    doel: stap.doel,
    run: stap.run,
    verzoekenPerSeconde: resultaat.requests.total / (resultaat.duration || stap.duur),
    p50: resultaat.latency.p50,
    p99: resultaat.latency.p99,
    verzoeken: resultaat.requests.total,
    non2xx: resultaat.non2xx,
    fouten: resultaat.errors,
    timeouts: resultaat.timeouts,
    herhaald: Math.max(0, Math.min(gebruikt, s.volgende - s.items.length)),
    naTekenen,
    cpuPerVerzoek: (cpu / Math.max(1, resultaat.requests.total)) * 1e6,
  };
}

const opdracht = process.argv[2];
if (!opdracht) {
  console.error('Gebruik: node --import tsx bench/http/last.ts <opdracht.json>');
  process.exit(2);
}
const uitkomsten = await main(opdracht);
console.log(JSON.stringify(uitkomsten));
