/**
 * @module
 * The stored signals every HTTP and footprint figure runs against: registered through the
 * core and the store (`registreer` into the better-sqlite3 store, as the API does after
 * authentication), never through HTTP. Each registration makes the same rows the API
 * would: the signal, its re-keyed pseudonyms, its logboek entries (registration, and
 * disclosures or denials for the ~10% that overlap) and inbox notices. Registrations are
 * grouped in transactions of 10,000 (each one a savepoint, as the store nests them), so a
 * million take minutes, not hours. The file is cached under bench/.voorraad/ by a key of
 * seed, size, policies, schema (migrations), entry and leaf format and the generator: what decides
 * which rows are stored, not how fast the code stores them.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Identiteit } from '../../src/api/auth/rollen.js';
import { maakDiensten } from '../../src/api/diensten.js';
import { signerFromSeed } from '../../src/logboek/note.js';
import type { Beleid } from '../../src/policy/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { registreer } from '../../src/use-cases/registreren.js';
import { ROOT } from '../lib/proces.js';
import { Willekeurig } from '../lib/willekeurig.js';
import { type Pseudoniem, SignaalGenerator, ZAAD } from './signalen.js';

/** A pre-loaded database and what the load generators need to know about it. */
export interface Voorraad {
  /** The cached SQLite file: only read it, or copy it with {@link kopieer}. */
  pad: string;
  aantal: number;
  /** Up to 10,000 stored signals spread over the whole set, to query. */
  steekproef: Array<{ id: string; partner: string }>;
  /** The partner pseudonyms of the sample, for new signals that overlap stored ones. */
  pseudoniemen: Pseudoniem[];
  /** Logboek entries the registrations made. */
  logboekRegels: number;
  /** Seconds the registrations took when the file was built. */
  opbouwSeconden: number;
  uitCache: boolean;
}

type Meta = Omit<Voorraad, 'pad' | 'uitCache'> & { gemaakt: number };

/** No pre-loaded signals: for a run of only the parts that build their own data (inzage). */
export const GEEN_VOORRAAD: Voorraad = {
  pad: '',
  aantal: 0,
  steekproef: [],
  pseudoniemen: [],
  logboekRegels: 0,
  opbouwSeconden: 0,
  uitCache: false,
};

const CACHE = join(ROOT, 'bench/.voorraad');
const STEEKPROEF = 10_000;
const BLOK = 10_000;
/** Signals live at least 12 months; a cache older than this is rebuilt. */
const MAX_LEEFTIJD_MS = 30 * 24 * 3_600_000;

/** The gateway's storage key in every benchmark (public, never for real use). */
export const BENCH_OPSLAGSLEUTEL = Uint8Array.from({ length: 32 }, (_, i) => 100 + i);

/** Returns the pre-loaded database of `aantal` signals, building it when it is not cached. */
export async function zorgVoorVoorraad(
  beleid: Beleid,
  aantal: number,
  melden: (tekst: string) => void,
): Promise<Voorraad> {
  mkdirSync(CACHE, { recursive: true });
  const naam = `voorraad-${aantal}-${cachesleutel(beleid, aantal)}`;
  const pad = join(CACHE, `${naam}.sqlite`);
  const metaPad = join(CACHE, `${naam}.json`);
  if (existsSync(pad) && existsSync(metaPad)) {
    const meta = JSON.parse(readFileSync(metaPad, 'utf8')) as Meta;
    if (Date.now() - meta.gemaakt < MAX_LEEFTIJD_MS) return { ...meta, pad, uitCache: true };
  }
  for (const oud of readdirSync(CACHE)) {
    if (oud.startsWith(`voorraad-${aantal}-`)) rmSync(join(CACHE, oud), { force: true });
  }
  melden(`Vooraf laden: ${aantal.toLocaleString('nl-NL')} signalen via de store registreren…`);
  const tijdelijk = `${pad}.bouw`;
  const meta = await bouw(beleid, aantal, tijdelijk, melden);
  renameSync(tijdelijk, pad);
  writeFileSync(metaPad, JSON.stringify(meta));
  return { ...meta, pad, uitCache: false };
}

/** Copies the pre-loaded database to `doel`, for a process that writes to it. */
export function kopieer(voorraad: Voorraad, doel: string): void {
  for (const achtervoegsel of ['-wal', '-shm']) rmSync(doel + achtervoegsel, { force: true });
  copyFileSync(voorraad.pad, doel);
}

async function bouw(
  beleid: Beleid,
  aantal: number,
  pad: string,
  melden: (tekst: string) => void,
): Promise<Meta> {
  for (const a of ['', '-wal', '-shm']) rmSync(pad + a, { force: true });
  const store = openSqliteStore(pad);
  const r = new Willekeurig(ZAAD + 7);
  const nu = Date.now();
  const ondertekenaar = await signerFromSeed('bench.ketenpoort.example/logboek', r.bytes(32));
  const diensten = maakDiensten({
    store,
    beleid,
    opslagsleutel: BENCH_OPSLAGSLEUTEL,
    // No tokens while preloading: registrations go straight to the use case.
    vertrouwensbron: new Map(),
    ondertekenaar,
    getuigen: [],
    // Registrations through the store make no checkpoints; the gateway signs one at start.
    checkpointInterval: 3600,
    checkpoints: 'gedeeld',
    klok: () => nu,
    willekeurig: (n) => r.bytes(n),
    nieuwId: () => r.uuid(),
    logFout: () => {},
  });
  const gen = new SignaalGenerator(beleid, ZAAD, { overlap: 0.1 });
  const stap = Math.max(1, Math.floor(aantal / STEEKPROEF));
  const steekproef: Meta['steekproef'] = [];
  const pseudoniemen: Pseudoniem[] = [];
  let logboekRegels = 0;
  const t0 = process.hrtime.bigint();
  store.sqlite.exec('BEGIN IMMEDIATE');
  for (let i = 0; i < aantal; i++) {
    const s = gen.volgende();
    const identiteit: Identiteit = {
      partner: s.partner,
      gebruiker: `medewerker-${1 + r.tot(50)}`,
      rollen: ['partner'],
      jti: `voorraad-${i}`,
      aanvaardTot: nu + 300_000,
    };
    const verzoek = { id: `urn:uuid:${r.uuid()}`, traceparent: null };
    const uit = await registreer({ diensten, identiteit, verzoek }, s.registratie);
    logboekRegels += 1 + uit.overlap.length;
    if (i % stap === 0 && steekproef.length < STEEKPROEF) {
      steekproef.push({ id: uit.id, partner: s.partner });
      // The generator makes v2 pseudonyms only.
      pseudoniemen.push(...(s.registratie.pseudoniemen as Pseudoniem[]));
    }
    if ((i + 1) % BLOK === 0) {
      store.sqlite.exec('COMMIT');
      if ((i + 1) % (BLOK * 10) === 0) melden(`  ${(i + 1).toLocaleString('nl-NL')} geregistreerd`);
      store.sqlite.exec('BEGIN IMMEDIATE');
    }
  }
  store.sqlite.exec('COMMIT');
  const opbouwSeconden = Number(process.hrtime.bigint() - t0) / 1e9;
  logboekRegels = (store.sqlite.prepare('SELECT count(*) AS n FROM logboek').get() as { n: number })
    .n;
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  return { aantal, steekproef, pseudoniemen, logboekRegels, opbouwSeconden, gemaakt: nu };
}

/** Changes whenever the data or the rows it makes could change. */
function cachesleutel(beleid: Beleid, aantal: number): string {
  const h = createHash('sha256').update(`${ZAAD}:${aantal}:${beleid.hash}`);
  const bestanden = [
    ...readdirSync(join(ROOT, 'src/store/migrations'))
      .filter((n) => n.endsWith('.sql'))
      .map((n) => `src/store/migrations/${n}`),
    'bench/gegevens/signalen.ts',
    'src/logboek/entry.ts',
    'src/logboek/blad.ts',
  ].sort();
  for (const b of bestanden) h.update(readFileSync(join(ROOT, b)));
  return h.digest('hex').slice(0, 12);
}

/** Size in bytes of a SQLite file with its WAL, if any. */
export function bestandsgrootte(pad: string): number {
  return ['', '-wal'].reduce((n, a) => n + (existsSync(pad + a) ? statSync(pad + a).size : 0), 0);
}
