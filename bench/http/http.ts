/**
 * @module
 * Part 1: the main job over HTTP. The gateway runs as a real server (`node --import tsx
 * src/node.ts`) on loopback with the pre-loaded signals; autocannon runs in its own process
 * (bench/http/last.ts). The two baselines run in their own server process on the same data.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registratieBody, SignaalGenerator, ZAAD } from '../gegevens/signalen.js';
import { kopieer } from '../gegevens/vooraf-laden.js';
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import {
  alsCommando,
  type DraaiendeServer,
  draai,
  startServer,
  TSX,
  vrijePoort,
} from '../lib/proces.js';
import { Willekeurig } from '../lib/willekeurig.js';
import type { LastDoel, LastOpdracht, LastUitkomst, WerkItem } from './last.js';

/** The figures, and what the footprint part reads from the gateway that served them. */
export interface HttpUitkomst {
  figuren: Figuur[];
  /** Resident set size (bytes) after start and after the load, and its peak. */
  geheugen: { naStart: number; piek: number; naLast: number };
  /** Seconds from spawning the gateway until /v1/health answered. */
  startduur: number;
  gatewayCommando: string;
}

interface Doelwit {
  id: 'kaal' | 'opzoeken' | 'vloer' | 'post' | 'overlap';
  server: DraaiendeServer;
  methode: 'GET' | 'POST';
  items: WerkItem[];
  /** Tokens to sign before the run. */
  tokens: number;
}

/** Requests per second a token pool (and the POST bodies) is sized for; beyond it, signed on the fly. */
const POOL_PER_SECONDE = 2000;

/**
 * Measures the two baselines and the two gateway routes, interleaved per run from one
 * load process, so drift of a shared machine hits every route alike.
 */
export async function meetHttp(ctx: BenchContext): Promise<HttpUitkomst> {
  const s = ctx.instellingen.http;
  const steekproef = new Willekeurig(ZAAD + 1).schud([...ctx.voorraad.steekproef]);
  // The gateway writes (POSTs, logboek entries), so it gets its own copy of the database.
  const db = join(ctx.werkmap, 'gateway.sqlite');
  kopieer(ctx.voorraad, db);
  // The floor route writes too: a copy of its own, so it and the gateway never share a lock.
  const vloerDb = join(ctx.werkmap, 'vloer.sqlite');
  kopieer(ctx.voorraad, vloerDb);
  const basisPoort = await vrijePoort();
  const basis = await startServer(
    [...TSX, 'bench/http/basis-server.ts'],
    {
      PORT: String(basisPoort),
      BENCH_DB: db,
      BENCH_DB_VLOER: vloerDb,
      BENCH_SLEUTELS: ctx.sleutelmap,
    },
    basisPoort,
    '/kaal',
  );
  const poort = await vrijePoort();
  const args = [...(ctx.profiel ? profielArgs(ctx, 'gateway') : []), ...TSX, 'src/node.ts'];
  let gateway: DraaiendeServer | undefined;
  try {
    gateway = await startServer(args, ctx.gatewayOmgeving(db, poort), poort, '/v1/health');
    const naStart = gateway.geheugen().rss;
    const seconden = s.opwarmen + ctx.instellingen.runs * s.duur;
    const pool = POOL_PER_SECONDE * seconden;
    const alleDoelen: Doelwit[] = [
      { id: 'kaal', server: basis, methode: 'GET', items: [{ pad: '/kaal' }], tokens: 0 },
      {
        id: 'opzoeken',
        server: basis,
        methode: 'GET',
        items: steekproef.map((x) => ({ pad: `/opzoeken/${x.id}` })),
        tokens: 0,
      },
      {
        id: 'vloer',
        server: basis,
        methode: 'POST',
        items: postWerkset(ctx, pool).map((w) => ({ ...w, pad: '/vloer' })),
        tokens: pool,
      },
      { id: 'post', server: gateway, methode: 'POST', items: postWerkset(ctx, pool), tokens: pool },
      {
        id: 'overlap',
        server: gateway,
        methode: 'GET',
        items: steekproef.map((x) => ({ pad: `/v1/signalen/${x.id}/overlap`, partner: x.partner })),
        tokens: pool,
      },
    ];
    const doelen = alleDoelen.filter((d) => !ctx.routes || ctx.routes.includes(d.id));
    if (doelen.length === 0) {
      throw new Error(`Onbekende route. Kies uit: ${alleDoelen.map((d) => d.id).join(', ')}.`);
    }
    const { uitkomsten, lastCommando } = await draaiLast(ctx, doelen);
    const m = gateway.geheugen();
    const processen = (d: Doelwit) => [
      d.server.commando.replaceAll(ctx.werkmap, '<map>'),
      lastCommando,
    ];
    return {
      figuren: figurenVan(ctx, uitkomsten, new Map(doelen.map((d) => [d.id, processen(d)]))),
      geheugen: { naStart, piek: m.piek, naLast: m.rss },
      startduur: gateway.startduur,
      gatewayCommando: gateway.commando,
    };
  } finally {
    await gateway?.stop();
    await basis.stop();
  }
}

/** Writes the work sets and the schedule, runs the load process, and groups its results. */
async function draaiLast(ctx: BenchContext, doelen: Doelwit[]) {
  const s = ctx.instellingen.http;
  const lastDoelen: LastDoel[] = doelen.map((d) => {
    const werkset = join(ctx.werkmap, `werkset-${d.id}.json`);
    writeFileSync(werkset, JSON.stringify({ items: d.items }));
    const pid = d.server.proces.pid!;
    return { id: d.id, url: d.server.url, methode: d.methode, werkset, tokens: d.tokens, pid };
  });
  const schema: LastOpdracht['schema'] = [];
  for (let run = 0; run <= ctx.instellingen.runs; run++)
    for (const d of doelen) schema.push({ doel: d.id, run, duur: run === 0 ? s.opwarmen : s.duur });
  const opdracht: LastOpdracht = {
    verbindingen: s.verbindingen,
    sleutelmap: ctx.sleutelmap,
    doelen: lastDoelen,
    schema,
  };
  const pad = join(ctx.werkmap, 'last.json');
  writeFileSync(pad, JSON.stringify(opdracht));
  const args = [...TSX, 'bench/http/last.ts', pad];
  const { stdout } = await draai(args);
  const alle = JSON.parse(stdout.trim().split('\n').at(-1)!) as LastUitkomst[];
  const uitkomsten = new Map<string, LastUitkomst[]>(doelen.map((d) => [d.id, []]));
  for (const u of alle) {
    ctx.melden(
      `  ${u.doel}${u.run === 0 ? ' (opwarmen)' : ` run ${u.run}`}: ${u.verzoekenPerSeconde.toFixed(0)} verz/s, p50 ${u.p50} ms, p99 ${u.p99} ms, ${u.cpuPerVerzoek.toFixed(0)} µs CPU/verz${u.non2xx || u.fouten || u.timeouts ? `, ${u.non2xx} niet-2xx, ${u.fouten} fouten, ${u.timeouts} timeouts` : ''}`,
    );
    if (u.run > 0) uitkomsten.get(u.doel)!.push(u);
  }
  const lastCommando = `${alsCommando(args).replaceAll(ctx.werkmap, '<map>')}  # autocannon -c ${s.verbindingen} -d ${s.duur}, per run de routes na elkaar`;
  return { uitkomsten, lastCommando };
}

function figurenVan(
  ctx: BenchContext,
  uitkomsten: Map<string, LastUitkomst[]>,
  processen: Map<string, string[]>,
): Figuur[] {
  const s = ctx.instellingen.http;
  const kaal = uitkomsten.get('kaal') ?? [];
  const namen: Record<string, string> = {
    kaal: 'kale Hono-route (kleine JSON)',
    opzoeken: 'Hono: 1 SQLite-opzoeking + 1 HMAC',
    vloer: 'vloer van een registratie (token, jti, 2 HMAC, 1 transactie)',
    post: 'POST /v1/signalen',
    overlap: 'GET /v1/signalen/{id}/overlap',
  };
  // The ratios to bare Hono are issue 6's targets; the p99 of POST is issue 13's (it replaced
  // issue 6's 25 ms), as the README's "Prestaties" says.
  const doelen: Record<string, { ratio?: number; p99?: { ms: number; issue: number } }> = {
    post: { ratio: 0.25, p99: { ms: 60, issue: 13 } },
    overlap: { ratio: 0.35 },
  };
  const figuren: Figuur[] = [];
  const vloer = uitkomsten.get('vloer') ?? [];
  const post = uitkomsten.get('post') ?? [];
  if (vloer.length > 0 && post.length === vloer.length) {
    figuren.push(
      figuur({
        deel: 'http' as const,
        commando: commandoVoor(ctx, 'http'),
        processen: [...(processen.get('post') ?? []), ...(processen.get('vloer') ?? [])],
        toelichting:
          'CPU van de server per verzoek van POST /v1/signalen gedeeld door die van de vloerroute (zelfde opzet: Hono op @hono/node-server, een kopie van dezelfde database), per run gepaard',
        id: 'http.post.vloer',
        naam: 'POST /v1/signalen: CPU per verzoek als veelvoud van de vloer',
        eenheid: '×',
        runs: post.map((u, i) => u.cpuPerVerzoek / vloer[i]!.cpuPerVerzoek),
        doel: { soort: 'max' as const, waarde: 2, tekst: '≤ 2× de vloer' },
      }),
    );
  }
  for (const [id, runs] of uitkomsten) {
    const basis = {
      deel: 'http' as const,
      commando: commandoVoor(ctx, 'http'),
      processen: processen.get(id) ?? [],
      toelichting: toelichting(ctx, id, runs),
    };
    const naam = namen[id] ?? id;
    figuren.push(
      figuur({
        ...basis,
        id: `http.${id}.rps`,
        naam: `${naam}: verzoeken/s`,
        eenheid: 'verz/s',
        runs: runs.map((u) => u.verzoekenPerSeconde),
      }),
      figuur({
        ...basis,
        id: `http.${id}.p50`,
        naam: `${naam}: p50`,
        eenheid: 'ms',
        runs: runs.map((u) => u.p50),
      }),
      figuur({
        ...basis,
        id: `http.${id}.p99`,
        naam: `${naam}: p99`,
        eenheid: 'ms',
        runs: runs.map((u) => u.p99),
        ...(doelen[id]?.p99 !== undefined
          ? {
              doel: {
                soort: 'max' as const,
                waarde: doelen[id].p99.ms,
                tekst: `p99 ≤ ${doelen[id].p99.ms} ms bij ${s.verbindingen} verbindingen (issue ${doelen[id].p99.issue})`,
              },
            }
          : {}),
      }),
    );
    figuren.push(
      figuur({
        ...basis,
        id: `http.${id}.cpu`,
        naam: `${naam}: CPU van de server per verzoek`,
        eenheid: 'µs',
        runs: runs.map((u) => u.cpuPerVerzoek),
      }),
    );
    if (id !== 'kaal' && kaal.length === runs.length) {
      const ratio = doelen[id]?.ratio;
      figuren.push(
        figuur({
          ...basis,
          id: `http.${id}.ratio`,
          naam: `${naam}: verhouding tot kale Hono`,
          eenheid: '×',
          // Paired per run: the bare route ran just before, on the same machine state.
          runs: runs.map((u, i) => u.verzoekenPerSeconde / kaal[i]!.verzoekenPerSeconde),
          ...(ratio !== undefined
            ? { doel: { soort: 'min' as const, waarde: ratio, tekst: `≥ ${ratio}× kale Hono` } }
            : {}),
        }),
      );
    }
  }
  return figuren;
}

function toelichting(ctx: BenchContext, id: string, runs: LastUitkomst[]): string {
  const s = ctx.instellingen.http;
  const fouten = runs.reduce((n, u) => n + u.non2xx + u.fouten + u.timeouts, 0);
  const delen = [
    `${ctx.instellingen.runs} runs van ${s.duur} s na ${s.opwarmen} s opwarmen (routes per run na elkaar), ${s.verbindingen} verbindingen, ${ctx.voorraad.aantal.toLocaleString('nl-NL')} opgeslagen signalen`,
  ];
  if (id === 'opzoeken')
    delen.push('signaal op id uit dezelfde database (better-sqlite3) en HMAC-SHA256 (node:crypto)');
  if (id === 'post')
    delen.push('elk signaal 2 pseudoniemen, ~10% deelt er een met een opgeslagen signaal');
  if (id === 'vloer')
    delen.push(
      'dezelfde lichamen als POST /v1/signalen; EdDSA-token controleren (jose), jti vastleggen, 2 pseudoniemen HMAC-SHA256 (node:crypto), één IMMEDIATE-transactie met één signaalrij en één logboekregel met zijn blad, op een eigen kopie van de database',
    );
  if (id === 'overlap') delen.push('willekeurige opgeslagen signalen van de vragende partner');
  if (id === 'post' || id === 'overlap' || id === 'vloer') {
    const naTekenen = runs.reduce((n, u) => n + u.naTekenen, 0);
    delen.push(
      `elk verzoek een vers EdDSA-token, vooraf ondertekend${naTekenen ? ` (${naTekenen} tijdens de run)` : ''}`,
    );
  }
  const herhaald = id === 'post' ? runs.reduce((n, u) => n + u.herhaald, 0) : 0;
  if (herhaald > 0)
    delen.push(`${herhaald} registraties hergebruikten een eerder verstuurd lichaam`);
  if (fouten > 0) delen.push(`ONGELDIG: ${fouten} niet-2xx/fouten/timeouts`);
  return delen.join('; ');
}

/** POST bodies: fresh pseudonyms, ~10% of signals sharing one with a stored signal. */
function postWerkset(ctx: BenchContext, aantal: number): WerkItem[] {
  const gen = new SignaalGenerator(ctx.beleid, ZAAD + 1000, {
    eerder: ctx.voorraad.pseudoniemen,
    overlap: 0.1,
  });
  return Array.from({ length: aantal }, () => {
    const s = gen.volgende();
    return { pad: '/v1/signalen', partner: s.partner, body: JSON.stringify(registratieBody(s)) };
  });
}

/**
 * `node --cpu-prof` arguments writing into bench/results/profielen/<naam> (ignored by git).
 * Node writes one profile per thread (tsx adds a loader thread): the largest is the main one.
 */
export function profielArgs(ctx: BenchContext, naam: string): string[] {
  return ['--cpu-prof', `--cpu-prof-dir=${join(ctx.profielmap, naam)}`];
}
