/**
 * @module
 * Part 5, footprint: the gateway's memory with the pre-loaded signals, the database bytes
 * per signal (with the share of each table and its indexes), how long the gateway takes
 * to answer its first request after spawning, and the gzip size of the Worker bundle.
 */

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bestandsgrootte, kopieer } from '../gegevens/vooraf-laden.js';
import type { HttpUitkomst } from '../http/http.js';
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import { alsCommando, draai, ROOT, startServer, TSX, vrijePoort } from '../lib/proces.js';

const MIB = 2 ** 20;

export async function meetVoetafdruk(
  ctx: BenchContext,
  http: HttpUitkomst | undefined,
): Promise<Figuur[]> {
  const n = ctx.voorraad.aantal;
  const aantal = n.toLocaleString('nl-NL');
  const basis = { deel: 'voetafdruk' as const, commando: commandoVoor(ctx, 'voetafdruk') };

  // Start time and memory of the gateway on (a copy of) the pre-loaded database.
  const db = join(ctx.werkmap, 'voetafdruk.sqlite');
  kopieer(ctx.voorraad, db);
  const starts: number[] = [];
  const rss: number[] = [];
  const piek: number[] = [];
  let gatewayCommando = '';
  for (let run = 0; run < ctx.instellingen.runs; run++) {
    const poort = await vrijePoort();
    const g = await startServer(
      [...TSX, 'src/node.ts'],
      ctx.gatewayOmgeving(db, poort),
      poort,
      '/v1/health',
    );
    const m = g.geheugen();
    await g.stop();
    starts.push(g.startduur);
    rss.push(m.rss / MIB);
    piek.push(m.piek / MIB);
    gatewayCommando = g.commando.replaceAll(ctx.werkmap, '<map>');
    ctx.melden(
      `  gateway-start ${run + 1}: ${g.startduur.toFixed(2)} s, RSS ${(m.rss / MIB).toFixed(0)} MiB`,
    );
  }
  const kaleNode: number[] = [];
  for (let run = 0; run < ctx.instellingen.runs; run++)
    kaleNode.push((await draai(['-e', '0'])).seconden);

  const figuren: Figuur[] = [
    figuur({
      ...basis,
      id: 'voetafdruk.rss',
      naam: `RSS van de gateway bij ${aantal} signalen${http ? ', na de HTTP-belasting' : ', na de start'}`,
      eenheid: 'MiB',
      runs: http ? [http.geheugen.naLast / MIB] : rss,
      processen: [http?.gatewayCommando.replaceAll(ctx.werkmap, '<map>') ?? gatewayCommando],
      toelichting: http
        ? `gemeten op de gateway van deel http, na alle runs (1 meting); direct na de start: ${(http.geheugen.naStart / MIB).toFixed(0)} MiB; SQLite houdt de database op schijf (standaard paginacache)`
        : 'direct na de start, per start gemeten',
    }),
    figuur({
      ...basis,
      id: 'voetafdruk.rss-piek',
      naam: `piek-RSS (VmHWM) van de gateway bij ${aantal} signalen`,
      eenheid: 'MiB',
      runs: http ? [http.geheugen.piek / MIB] : piek,
      processen: [http?.gatewayCommando.replaceAll(ctx.werkmap, '<map>') ?? gatewayCommando],
    }),
    figuur({
      ...basis,
      id: 'voetafdruk.start-gateway',
      naam: `start van de gateway tot het eerste antwoord (${aantal} signalen)`,
      eenheid: 's',
      runs: starts,
      processen: [gatewayCommando],
      toelichting:
        'van spawn tot GET /v1/health 200: Node, tsx, beleid laden, migraties controleren, verlopen signalen opruimen, luisteren',
    }),
    figuur({
      ...basis,
      id: 'voetafdruk.start-node',
      naam: 'kale Node-start ter vergelijking (node -e 0)',
      eenheid: 's',
      runs: kaleNode,
      processen: [alsCommando(['-e', '0'])],
    }),
    dbPerSignaal(ctx, basis),
    await workerBundel(basis),
  ];
  return figuren;
}

/** Bytes of the pre-loaded file per signal, with each table's share (data and indexes). */
function dbPerSignaal(ctx: BenchContext, basis: { deel: 'voetafdruk'; commando: string }): Figuur {
  const bytes = bestandsgrootte(ctx.voorraad.pad);
  const db = new Database(ctx.voorraad.pad, { readonly: true });
  const perTabel = db
    .prepare(
      `SELECT coalesce(m.tbl_name, d.name) AS tabel, sum(d.pgsize) AS bytes
       FROM dbstat d LEFT JOIN sqlite_schema m ON m.name = d.name
       GROUP BY tabel ORDER BY bytes DESC`,
    )
    .all() as Array<{ tabel: string; bytes: number }>;
  db.close();
  const n = ctx.voorraad.aantal;
  const delen = perTabel
    .filter((t) => t.bytes / n >= 1)
    .map((t) => `${t.tabel} ${(t.bytes / n).toFixed(0)}`)
    .join(', ');
  return figuur({
    ...basis,
    id: 'voetafdruk.db-per-signaal',
    naam: 'databasegrootte per signaal',
    eenheid: 'bytes',
    runs: [bytes / n],
    processen: [`ls -l ${ctx.voorraad.pad.replace(`${ROOT}/`, '')}`],
    toelichting: `${(bytes / MIB).toFixed(0)} MiB voor ${n.toLocaleString('nl-NL')} signalen met ${ctx.voorraad.logboekRegels.toLocaleString('nl-NL')} logboekregels (vast gegeven, 1 meting); per signaal, met indexen: ${delen}`,
  });
}

/** The Worker bundle's gzip size as `npm run build:worker` prints it. */
async function workerBundel(basis: { deel: 'voetafdruk'; commando: string }): Promise<Figuur> {
  const npm = process.env.npm_execpath;
  const args = npm ? [npm, 'run', 'build:worker'] : [];
  if (!npm) throw new Error('start de benchmark met npm run bench (npm_execpath ontbreekt)');
  const { stdout } = await draai(args, {
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
  });
  const m = /Workerbundel: ([\d.]+) KiB onverpakt, ([\d.]+) KiB gzip/.exec(stdout);
  if (!m) throw new Error(`build:worker noemde geen grootte:\n${stdout.slice(-2000)}`);
  return figuur({
    ...basis,
    id: 'voetafdruk.worker-gzip',
    naam: 'Workerbundel, gzip',
    eenheid: 'KiB',
    runs: [Number(m[2])],
    processen: ['npm run build:worker'],
    toelichting: `${m[1]} KiB onverpakt (vast gegeven, 1 meting; grens van build:worker 1 MB gzip)`,
  });
}
