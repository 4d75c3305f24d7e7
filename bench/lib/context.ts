/**
 * @module
 * What every part of the benchmark shares: the settings of a full or a quick run, the
 * policies, the pre-loaded database, a scratch folder, the demo keys, and how a gateway
 * process is configured.
 */
import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { base64url } from '../../src/encoding/base64url.js';
import type { Beleid } from '../../src/policy/index.js';
import { BENCH_OPSLAGSLEUTEL, type Voorraad } from '../gegevens/vooraf-laden.js';
import { ROOT } from './proces.js';

/** Sizes and durations; `--quick` shrinks them so the whole run is a smoke test. */
export interface Instellingen {
  snel: boolean;
  /** Measured runs per figure (the median is reported). */
  runs: number;
  /** Signals pre-loaded through the store. */
  signalen: number;
  http: { duur: number; opwarmen: number; verbindingen: number };
  beleid: { vragen: number; duur: number; opwarmen: number };
  logboek: { regels: number; toevoegen: number; bewijzen: number };
  bulk: { identificaties: number; signalen: number };
  /** Pairs (a pseudonym another partner holds, a fresh one) per run and case, and warm-up pairs. */
  zijkanaal: { paren: number; opwarmen: number };
  /** Pseudonyms v2: elements per batch and batches per run, CSV rows, SDK registrations per run. */
  oprf: { batch: number; batches: number; csv: number; registraties: number };
}

export const VOLLEDIG: Instellingen = {
  snel: false,
  runs: 3,
  signalen: 1_000_000,
  http: { duur: 10, opwarmen: 3, verbindingen: 50 },
  beleid: { vragen: 10_000, duur: 2, opwarmen: 3 },
  logboek: { regels: 1_000_000, toevoegen: 100_000, bewijzen: 20_000 },
  bulk: { identificaties: 100_000, signalen: 100_000 },
  zijkanaal: { paren: 2_000, opwarmen: 200 },
  oprf: { batch: 1000, batches: 20, csv: 100_000, registraties: 200 },
};

export const SNEL: Instellingen = {
  snel: true,
  runs: 3,
  signalen: 5_000,
  http: { duur: 1, opwarmen: 1, verbindingen: 50 },
  beleid: { vragen: 1_000, duur: 0.3, opwarmen: 0.5 },
  logboek: { regels: 10_000, toevoegen: 2_000, bewijzen: 1_000 },
  bulk: { identificaties: 2_000, signalen: 1_000 },
  zijkanaal: { paren: 100, opwarmen: 20 },
  oprf: { batch: 100, batches: 5, csv: 500, registraties: 30 },
};

export interface BenchContext {
  instellingen: Instellingen;
  beleid: Beleid;
  voorraad: Voorraad;
  /** Scratch folder of this run (removed afterwards). */
  werkmap: string;
  /** Where the gateway's demo keys live: `<naam>.jwk.json` (private) and `<iss>.jwks.json`. */
  sleutelmap: string;
  /** Write a .cpuprofile of every measured process into `profielmap`. */
  profiel: boolean;
  profielmap: string;
  /** Only these routes of the http part (`--route`); all when absent. */
  routes?: readonly string[] | undefined;
  melden(tekst: string): void;
  /** Environment of a gateway (`src/node.ts`) on database `db` and port `poort`. */
  gatewayOmgeving(db: string, poort: number): Record<string, string>;
}

/** The command that reproduces one part of this run. */
export function commandoVoor(ctx: BenchContext, deel: string): string {
  const routes = (ctx.routes ?? []).map((r) => ` --route ${r}`).join('');
  return `npm run bench -- --deel ${deel}${routes}${ctx.instellingen.snel ? ' --quick' : ''}`;
}

/**
 * The policy folder of the benchmark's gateways, in `werkmap`: a copy of policies/ with
 * bench/quota.yaml as its quota.yaml, so the load the benchmark makes is measured, not refused
 * by the example region's quota. Returns the folder.
 */
export function schrijfBenchBeleid(werkmap: string): string {
  const map = join(werkmap, 'policies');
  cpSync(join(ROOT, 'policies'), map, { recursive: true });
  copyFileSync(join(ROOT, 'bench/quota.yaml'), join(map, 'quota.yaml'));
  return map;
}

/** The environment every gateway process of the benchmark gets; policies from `beleidMap`. */
export function gatewayOmgeving(
  werkmap: string,
  sleutelmap: string,
  beleidMap: string,
): (db: string, poort: number) => Record<string, string> {
  return (db, poort) => ({
    PORT: String(poort),
    HOST: '127.0.0.1',
    KETENPOORT_DATA: join(werkmap, 'data'),
    KETENPOORT_DATABASE: db,
    // Every database of the run has its own history: the last checkpoint signed on one must
    // not be held against the next (the gateway refuses a log that does not reach it).
    KETENPOORT_LAATSTE_CHECKPOINT: `${db}.laatste-checkpoint`,
    KETENPOORT_BELEID: beleidMap,
    KETENPOORT_SLEUTELS: sleutelmap,
    KETENPOORT_OPSLAGSLEUTEL: base64url(BENCH_OPSLAGSLEUTEL),
    KETENPOORT_DEMO: 'aan',
    // The demo login services take any free port: the default (PORT + 1) may be taken by an
    // outgoing connection of the load generator, and then the server does not start.
    KETENPOORT_DEMO_INLOGPOORT: '0',
  });
}
