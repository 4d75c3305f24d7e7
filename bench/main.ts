/**
 * @module
 * `npm run bench [-- --quick] [--deel <naam>]... [--route <id>]... [--profiel] [--uit <bestand>]`: measures the
 * five parts of issue 6 (HTTP, policy decisions, logboek, bulk, footprint), the response
 * time of a refused match (issue 11, zijkanaal) and an inzage on a large logboek (issue 14), prints a table, and writes every figure,
 * with the command that produced it, to bench/results/latest.json.
 * `--route` (http part only) measures only the named routes, e.g. `--route post` for a profile of
 * registrations alone: kaal, opzoeken, vloer, post, overlap.
 * `--voorbereiden` only builds the pre-loaded database (cached), e.g. ahead of a full run.
 * `--quick` shrinks sizes and durations to a smoke test (under two minutes) that fails
 * when a figure is missing or invalid, never because a number is low.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { zorgVoorDemo } from '../src/node/demo-opzet.js';
import { laadBeleid } from '../src/policy/index.js';
import { meetBeleid } from './beleid/beleid.js';
import { meetBulk } from './bulk/bulk.js';
import { meetCijfers } from './cijfers/cijfers.js';
import { GEEN_VOORRAAD, zorgVoorVoorraad } from './gegevens/vooraf-laden.js';
import { meetHttp } from './http/http.js';
import { meetInzage } from './inzage/inzage.js';
import {
  type BenchContext,
  gatewayOmgeving,
  SNEL,
  schrijfBenchBeleid,
  VOLLEDIG,
} from './lib/context.js';
import { DELEN, type Deel, type Figuur } from './lib/meting.js';
import { ROOT } from './lib/proces.js';
import { controleerVolledig, tabel } from './lib/tabel.js';
import { meetLogboek } from './logboek/logboek.js';
import { meetOprf } from './oprf/oprf.js';
import { meetVoetafdruk } from './voetafdruk/voetafdruk.js';
import { meetZijkanaal } from './zijkanaal/antwoordtijd.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    deel: { type: 'string', multiple: true },
    profiel: { type: 'boolean', default: false },
    route: { type: 'string', multiple: true },
    uit: { type: 'string' },
    /** Only build (or find) the pre-loaded database, e.g. ahead of a full run. */
    voorbereiden: { type: 'boolean', default: false },
  },
});
const delen = (values.deel ?? [...DELEN]) as Deel[];
for (const d of delen) {
  if (!DELEN.includes(d)) {
    console.error(`Onbekend deel '${d}'. Kies uit: ${DELEN.join(', ')}.`);
    process.exit(2);
  }
}
const instellingen = values.quick ? SNEL : VOLLEDIG;
const alles = delen.length === DELEN.length;
const uit =
  values.uit ??
  join(
    ROOT,
    'bench/results',
    values.quick ? 'quick.json' : alles ? 'latest.json' : `deel-${delen.join('-')}.json`,
  );
const vlaggen = [
  values.quick ? '--quick' : '',
  ...(alles ? [] : delen.map((d) => `--deel ${d}`)),
  ...(values.route ?? []).map((r) => `--route ${r}`),
].filter(Boolean);
const commando = `npm run bench${vlaggen.length ? ` -- ${vlaggen.join(' ')}` : ''}`;

const t0 = Date.now();
const belasting = loadavg();
const werkmap = mkdtempSync(join(tmpdir(), 'ketenpoort-bench-'));
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const profielmap = join(ROOT, 'bench/results/profielen');
if (values.profiel) mkdirSync(profielmap, { recursive: true });
const melden = (tekst: string) => console.error(tekst);

try {
  const beleidMap = schrijfBenchBeleid(werkmap);
  const beleid = laadBeleid(leesBeleidBestanden(beleidMap));
  const data = join(werkmap, 'data');
  const sleutelmap = join(data, 'demo', 'keys');
  await zorgVoorDemo(data, sleutelmap, beleid);
  // The inzage, oprf and cijfers parts write their own databases; only the others need the pre-loaded signals.
  const voorraad = delen.some((d) => d !== 'inzage' && d !== 'oprf' && d !== 'cijfers')
    ? await zorgVoorVoorraad(beleid, instellingen.signalen, melden)
    : GEEN_VOORRAAD;
  melden(
    `Voorraad: ${voorraad.aantal.toLocaleString('nl-NL')} signalen, ${voorraad.logboekRegels.toLocaleString('nl-NL')} logboekregels${voorraad.uitCache ? ' (uit cache)' : ` (opgebouwd in ${voorraad.opbouwSeconden.toFixed(0)} s)`}.`,
  );
  if (values.voorbereiden) {
    rmSync(werkmap, { recursive: true, force: true });
    process.exit(0);
  }
  const ctx: BenchContext = {
    instellingen,
    beleid,
    voorraad,
    werkmap,
    sleutelmap,
    profiel: values.profiel,
    profielmap,
    routes: values.route,
    melden,
    gatewayOmgeving: gatewayOmgeving(werkmap, sleutelmap, beleidMap),
  };
  const figuren: Figuur[] = [];
  let gateway: Awaited<ReturnType<typeof meetHttp>> | undefined;
  for (const deel of delen) {
    melden(`\n== ${deel} ==`);
    if (deel === 'http') {
      gateway = await meetHttp(ctx);
      figuren.push(...gateway.figuren);
    }
    if (deel === 'beleid') figuren.push(...(await meetBeleid(ctx)));
    if (deel === 'logboek') figuren.push(...(await meetLogboek(ctx)));
    if (deel === 'bulk') figuren.push(...(await meetBulk(ctx)));
    if (deel === 'voetafdruk') figuren.push(...(await meetVoetafdruk(ctx, gateway)));
    if (deel === 'zijkanaal') figuren.push(...(await meetZijkanaal(ctx)));
    if (deel === 'inzage') figuren.push(...(await meetInzage(ctx)));
    if (deel === 'oprf') figuren.push(...(await meetOprf(ctx)));
    if (deel === 'cijfers') figuren.push(...(await meetCijfers(ctx)));
  }
  const rapport = {
    gemaakt: new Date().toISOString(),
    commando,
    duurSeconden: Math.round((Date.now() - t0) / 1000),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? 'onbekend',
      geheugenGiB: Math.round(totalmem() / 2 ** 30),
      vrijGiB: Math.round(freemem() / 2 ** 30),
      belastingBijStart: belasting.map((b) => Math.round(b * 100) / 100),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      opmerking: 'gedeelde machine: andere processen draaiden tegelijk',
    },
    instellingen,
    voorraad: {
      aantal: voorraad.aantal,
      logboekRegels: voorraad.logboekRegels,
      opbouwSeconden: voorraad.opbouwSeconden,
      uitCache: voorraad.uitCache,
    },
    figuren,
  };
  mkdirSync(join(uit, '..'), { recursive: true });
  writeFileSync(uit, `${JSON.stringify(rapport, null, 2)}\n`);
  console.log(tabel(figuren, commando));
  console.log(`\nGeschreven: ${uit} (${rapport.duurSeconden} s).`);
  const ontbreekt = controleerVolledig(figuren, delen, values.route);
  if (ontbreekt.length > 0) {
    console.error(`\nNiet elk cijfer is gemeten:\n${ontbreekt.map((o) => `- ${o}`).join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(werkmap, { recursive: true, force: true });
}
