/**
 * @module
 * Registrations through the use case and the SQLite store in one process, without HTTP: the
 * CPU of the write path alone, and the WAL pages one registration writes (issue 13). On a
 * copy of the benchmark's pre-loaded database (built when it is not cached).
 * Usage: `npx tsx bench/http/registreren-los.ts [--signalen 1000000] [--aantal 3000]
 * [--tegelijk 1] [--checkpoint] [--webcrypto] [--paginas]`.
 * `--tegelijk 20`: 20 registrations at a time, so they share a group commit; `--checkpoint`:
 * a checkpoint round after each, as after a write request, timed on its own; `--webcrypto`:
 * checkpoints signed through Web Crypto instead of node:crypto; `--paginas`: the WAL frames per
 * registration per table or index (from the WAL's frame headers and SQLite's dbstat).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { maakDiensten } from '../../src/api/diensten.js';
import { signerFromSeed } from '../../src/logboek/note.js';
import { leesBeleidBestanden } from '../../src/node/beleid-lezen.js';
import { nodeHmac } from '../../src/node/hmac.js';
import { nodeHasher } from '../../src/node/logboek-hash.js';
import { metNodeOndertekening } from '../../src/node/note-ondertekenen.js';
import { laadBeleid } from '../../src/policy/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { registreer } from '../../src/use-cases/registreren.js';
import { SignaalGenerator, ZAAD } from '../gegevens/signalen.js';
import { BENCH_OPSLAGSLEUTEL, zorgVoorVoorraad } from '../gegevens/vooraf-laden.js';
import { schrijfBenchBeleid } from '../lib/context.js';
import { Willekeurig } from '../lib/willekeurig.js';

const { values } = parseArgs({
  options: {
    signalen: { type: 'string', default: '1000000' },
    aantal: { type: 'string', default: '3000' },
    tegelijk: { type: 'string', default: '1' },
    checkpoint: { type: 'boolean', default: false },
    webcrypto: { type: 'boolean', default: false },
    paginas: { type: 'boolean', default: false },
  },
});
const aantal = Number(values.aantal);
const tegelijk = Number(values.tegelijk);
const werkmap = mkdtempSync(join(tmpdir(), 'ketenpoort-los-'));
try {
  const beleid = laadBeleid(leesBeleidBestanden(schrijfBenchBeleid(werkmap)));
  const voorraad = await zorgVoorVoorraad(beleid, Number(values.signalen), console.error);
  const pad = join(werkmap, 'los.sqlite');
  copyFileSync(voorraad.pad, pad);
  // No checkpoints of the WAL while measuring: its length is the pages written.
  const store = openSqliteStore(pad, { walAutocheckpoint: 0, hasher: nodeHasher });
  const r = new Willekeurig(ZAAD + 99);
  const web = await signerFromSeed('bench.ketenpoort.example/logboek', r.bytes(32));
  const diensten = maakDiensten({
    store,
    beleid,
    opslagsleutel: BENCH_OPSLAGSLEUTEL,
    vertrouwensbron: new Map(),
    ondertekenaar: values.webcrypto ? web : metNodeOndertekening(web),
    getuigen: [],
    checkpointInterval: 0,
    checkpoints: 'gedeeld',
    hmac: nodeHmac,
    nieuwId: () => r.uuid(),
    logFout: () => {},
  });
  const gen = new SignaalGenerator(beleid, ZAAD + 5000, { overlap: 0 });
  let n = 0;
  const rondes = { cpu: 0, aantal: 0 };
  const een = async () => {
    const s = gen.volgende();
    const jti = `los-${n++}`;
    const tot = Date.now() + 300_000;
    const identiteit = {
      partner: s.partner,
      gebruiker: 'medewerker-1',
      rollen: ['partner' as const],
      jti,
      aanvaardTot: tot,
    };
    const eenmalig = { sleutel: `${s.partner}\u0000${jti}`, bewaarTot: tot, vastgelegd: false };
    await registreer(
      {
        diensten,
        identiteit,
        verzoek: { id: `urn:uuid:${r.uuid()}`, traceparent: null },
        eenmalig,
      },
      s.registratie,
    );
    if (!values.checkpoint) return;
    const c0 = process.cpuUsage();
    await diensten.logboek.checkpoint();
    const c = process.cpuUsage(c0);
    rondes.cpu += c.user + c.system;
    rondes.aantal += 1;
  };
  for (let i = 0; i < 20; i++) await een(); // warm-up
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  rondes.cpu = 0;
  rondes.aantal = 0;
  const c0 = process.cpuUsage();
  for (let i = 0; i < aantal; i += tegelijk) {
    await Promise.all(Array.from({ length: Math.min(tegelijk, aantal - i) }, () => een()));
  }
  const c = process.cpuUsage(c0);
  if (values.paginas) perBtree(store.sqlite, `${pad}-wal`, aantal);
  const [wal] = store.sqlite.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number }>;
  console.log(
    `${aantal} registraties, ${tegelijk} tegelijk, ${voorraad.aantal.toLocaleString('nl-NL')} opgeslagen signalen`,
  );
  console.log(
    `CPU per registratie: ${((c.user + c.system) / aantal).toFixed(0)} µs (user ${(c.user / aantal).toFixed(0)}, sys ${(c.system / aantal).toFixed(0)})`,
  );
  console.log(`WAL-pagina's per registratie: ${((wal?.log ?? 0) / aantal).toFixed(1)}`);
  if (rondes.aantal > 0) {
    console.log(
      `checkpointronde (${values.webcrypto ? 'Web Crypto' : 'node:crypto'}): ${(rondes.cpu / rondes.aantal).toFixed(0)} µs CPU, binnen de CPU hierboven`,
    );
  }
  await store.close();
} finally {
  rmSync(werkmap, { recursive: true, force: true });
}

/**
 * The WAL frames written per registration, per table or index: every frame header names its
 * page, and dbstat names the B-tree a page belongs to (a page freed or new since is "vrij").
 */
function perBtree(sqlite: ReturnType<typeof openSqliteStore>['sqlite'], walPad: string, n: number) {
  const wal = readFileSync(walPad);
  const paginagrootte = wal.readUInt32BE(8);
  const frames = new Map<number, number>();
  for (let o = 32; o + 24 + paginagrootte <= wal.length; o += 24 + paginagrootte) {
    const pagina = wal.readUInt32BE(o);
    frames.set(pagina, (frames.get(pagina) ?? 0) + 1);
  }
  const naam = new Map<number, string>();
  for (const r of sqlite.prepare('SELECT name, pageno FROM dbstat').iterate() as Iterable<{
    name: string;
    pageno: number;
  }>) {
    if (frames.has(r.pageno)) naam.set(r.pageno, r.name);
  }
  const perNaam = new Map<string, { frames: number; paginas: number }>();
  for (const [pagina, aantal] of frames) {
    const k = naam.get(pagina) ?? 'vrij of nieuw';
    const t = perNaam.get(k) ?? { frames: 0, paginas: 0 };
    t.frames += aantal;
    t.paginas += 1;
    perNaam.set(k, t);
  }
  console.log("WAL-frames per registratie, per tabel of index (verschillende pagina's totaal):");
  for (const [k, t] of [...perNaam].sort((a, b) => b[1].frames - a[1].frames)) {
    console.log(`  ${(t.frames / n).toFixed(2).padStart(6)}  ${k} (${t.paginas})`);
  }
}
