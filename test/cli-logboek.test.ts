/**
 * `ketenpoort logboek export` (JSON Lines, CSV, canonical) and `ketenpoort bewaartermijn`
 * against a database file, as the gateway's FG runs them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { vanBase64url } from '../src/encoding/base64url.js';
import { maakBlad } from '../src/logboek/blad.js';
import { type BronZicht, entryTekst } from '../src/logboek/entry.js';
import { EXPORT_VELDEN } from '../src/logboek/gemma.js';
import { planRegistratie } from '../src/matching/koppel.js';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { laadBeleid } from '../src/policy/index.js';
import { opslagPseudoniem } from '../src/pseudonym/opslag.js';
import { pseudonimiseer } from '../src/pseudonym/pseudoniem.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { testSignaal } from './helpers/signaal.js';

const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const beleid = laadBeleid(leesBeleidBestanden('policies'));
const partners = [...beleid.partners.keys()];

/** A database with two overlapping signals registered in 2015: long expired by now. */
async function database() {
  const pad = join(mkdtempSync(join(tmpdir(), 'ketenpoort-fg-')), 'k.sqlite');
  const store = openSqliteStore(pad);
  const sleutel = crypto.getRandomValues(new Uint8Array(32));
  const opslag = crypto.getRandomValues(new Uint8Array(32));
  const nu = Date.parse('2015-03-02T09:00:00.000Z');
  const rij = (partner: string, sterkte: 'zacht' | 'hard', doel: string) =>
    testSignaal(crypto.randomUUID(), partner, {
      uitbuitingsvormen: ['seksuele_uitbuiting'],
      sterkte,
      doel,
      geregistreerdOp: nu,
      vervaltOp: nu + 24 * 3600 * 1000,
    });
  const pseudoniem = opslagPseudoniem(
    opslag,
    'telefoon',
    pseudonimiseer(sleutel, 'telefoon', '06-55509876'),
  );
  for (const signaal of [
    rij('gemeente-hilversum', 'zacht', 'zorgcoordinatie'),
    rij('vtgv', 'hard', 'veiligheidsbeoordeling'),
  ]) {
    const planner = planRegistratie(
      {
        beleid,
        uitgesloten: new Set(),
        actor: { partner: signaal.partner, gebruiker: 'medewerker-1' },
        verzoek: { id: `urn:uuid:${crypto.randomUUID()}`, traceparent: TRACEPARENT },
        willekeurig: (n) => crypto.getRandomValues(new Uint8Array(n)),
        nieuwId: () => crypto.randomUUID(),
      },
      signaal,
    );
    const pseudoniemen = [{ soort: 'telefoon' as const, waarde: pseudoniem }];
    await store.registreer({ signaal, pseudoniemen }, nu, planner);
  }
  const entries = await store.logboek(1, 1000);
  await store.close();
  return { pad, entries };
}

interface CanoniekBlad {
  nummer: number;
  inhoud: string;
  zouten: Record<string, string>;
  /** base64url of the leaf hash from the stored tree. */
  leafHash: string;
  regels: Array<{ volgnummer: number; inhoud: string; bronZicht: BronZicht | null }>;
}

/** The leaves of a canonical export, one JSON object per line. */
function canoniekeBladen(uit: string): CanoniekBlad[] {
  return uit
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

/** The leaf text its entries and salts in the export make. */
function bladUitExport(b: CanoniekBlad): string {
  const entries = b.regels.map((x) => ({ ...JSON.parse(x.inhoud), bronZicht: x.bronZicht }));
  const zouten = Object.fromEntries(Object.entries(b.zouten).map(([p, z]) => [p, vanBase64url(z)]));
  return maakBlad(b.nummer, JSON.parse(b.inhoud).tijdstip, entries, zouten).inhoud;
}

function ketenpoort(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/ketenpoort.js', ...args], { encoding: 'utf8' });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

describe('ketenpoort logboek export', () => {
  it('JSON Lines met GEMMA-veldnamen, W3C trace-id bewaard', async () => {
    const { pad, entries } = await database();
    const r = ketenpoort(['logboek', 'export', '--database', pad]);
    expect(r.code, r.fout).toBe(0);
    const regels = r.uit
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(regels).toHaveLength(entries.length);
    expect(Object.keys(regels[0])).toEqual([...EXPORT_VELDEN]);
    const v = entries.find((e) => e.actie === 'verstrekking')!;
    expect(regels.find((x) => x.volgnummer === v.volgnummer)).toMatchObject({
      naam: 'verstrekking',
      uitvoerder: v.partner,
      gegevensbron: v.bron,
      afnemer: v.ontvanger,
      verwerkingID: v.signaal,
      verwerkingsactiviteitID: v.doel,
      verwerkteSoortenGegevens: v.gegevens,
      grondslagen: v.grondslagen,
      traceparent: TRACEPARENT,
      traceId: TRACE_ID,
    });
    expect(r.fout).toContain(`${entries.length} logboekregel(s) geëxporteerd`);
  });

  it('CSV met kopregel, lijsten met spaties, en filters', async () => {
    const { pad, entries } = await database();
    const uit = join(pad, '..', 'logboek.csv');
    const r = ketenpoort([
      'logboek',
      'export',
      '--database',
      pad,
      '--formaat',
      'csv',
      '--uit',
      uit,
    ]);
    expect(r.code, r.fout).toBe(0);
    const rijen = parse(readFileSync(uit, 'utf8'), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rijen).toHaveLength(entries.length);
    const v = entries.find((e) => e.actie === 'verstrekking')!;
    expect(rijen.find((x) => x.volgnummer === String(v.volgnummer))).toMatchObject({
      naam: 'verstrekking',
      afnemer: v.ontvanger,
      grondslagen: v.grondslagen.join(' '),
      traceId: TRACE_ID,
    });
    const gefilterd = ketenpoort([
      'logboek',
      'export',
      '--database',
      pad,
      '--formaat',
      'csv',
      '--actie',
      'registratie',
      '--bron',
      'vtgv',
    ]);
    const alleen = parse(gefilterd.uit, { columns: true }) as Array<Record<string, string>>;
    expect(alleen.map((x) => [x.naam, x.gegevensbron])).toEqual([['registratie', 'vtgv']]);
  });

  it('een filter dat niets kent, is een fout die de optie noemt en de waarde niet', async () => {
    const { pad } = await database();
    const export_ = (...filter: string[]) =>
      ketenpoort(['logboek', 'export', '--database', pad, ...filter]);
    const hilversum = export_('--ontvanger', 'hilversum');
    expect(hilversum.code).toBe(2);
    expect(hilversum.uit).toBe('');
    expect(hilversum.fout.split('\n')[0]).toBe(
      `--ontvanger: noemt geen partner uit het beleid (bedoelt u 'gemeente-hilversum'?); kies uit: ketenpoort, ${partners.join(', ')}.`,
    );
    const bsn = export_('--bron', '111222333');
    expect(bsn.code).toBe(2);
    expect(bsn.fout).not.toContain('111222333');
    const actie = export_('--actie', '111222333');
    expect(actie.fout.split('\n')[0]).toMatch(
      /^--actie: noemt geen actie van het logboek; kies uit: registratie, /,
    );
    expect(actie.fout).not.toContain('111222333');
    const zonderZone = export_('--van', '2015-03-02T09:00');
    expect(zonderZone.fout.split('\n')[0]).toBe(
      '--van: verwacht een datum (2026-03-01: 00:00 Nederlandse tijd) of een tijdstip met tijdzone (2026-03-01T09:00:00+01:00).',
    );
  }, 90_000); // four CLI runs, each starting tsx

  it('een datum is 00:00 Nederlandse tijd en --tot is exclusief, zoals in de API', async () => {
    // Registered 2015-03-02 09:00 UTC: on 2 March in the Netherlands.
    const { pad, entries } = await database();
    const aantal = (...filter: string[]) => {
      const r = ketenpoort(['logboek', 'export', '--database', pad, ...filter]);
      expect(r.code, r.fout).toBe(0);
      return r.uit.split('\n').filter(Boolean).length;
    };
    expect(aantal('--van', '2015-03-02', '--tot', '2015-03-03')).toBe(entries.length);
    expect(aantal('--tot', '2015-03-02')).toBe(0);
    expect(aantal('--van', '2015-03-02T10:00:01+01:00')).toBe(0);
  }, 90_000); // three CLI runs, each starting tsx

  it('laat de database precies zoals hij was: niets geschreven, niets gemigreerd', async () => {
    const { pad } = await database();
    const hash = () => createHash('sha256').update(readFileSync(pad)).digest('hex');
    const voor = hash();
    expect(ketenpoort(['logboek', 'export', '--database', pad]).code).toBe(0);
    expect(hash()).toBe(voor);
    expect(existsSync(`${pad}-wal`) || existsSync(`${pad}-shm`)).toBe(false);
  });

  it('canoniek geeft de bladen zelf met hun zouten en regels, en een foute optie geeft uitleg', async () => {
    const { pad, entries } = await database();
    const r = ketenpoort(['logboek', 'export', '--database', pad, '--velden', 'canoniek']);
    expect(r.code, r.fout).toBe(0);
    const bladen = canoniekeBladen(r.uit);
    // One leaf per registration: the first matched nothing, the second matched the first.
    expect(bladen.map((b) => b.nummer)).toEqual([1, 2]);
    expect(bladen.map((b) => b.regels.map((x) => x.volgnummer))).toEqual([[1], [2, 3, 4]]);
    expect(bladen.flatMap((b) => b.regels.map((x) => x.inhoud))).toEqual(entries.map(entryTekst));
    expect(bladen[1]!.regels.map((x) => x.bronZicht)).toEqual([null, 'volledig', 'volledig']);
    for (const b of bladen) {
      expect(Object.keys(b)).toEqual(['nummer', 'inhoud', 'zouten', 'leafHash', 'regels']);
      // The leaf is exactly what its entries and salts make, with a part per partner and the gateway.
      expect(b.inhoud).toBe(bladUitExport(b));
      expect(Object.keys(b.zouten).sort()).toEqual(['ketenpoort', ...partners].sort());
    }
    expect(r.fout).toContain('2 blad(en) geëxporteerd');
    for (const extra of [
      ['--actie', 'registratie'],
      ['--partij', 'vtgv'],
      ['--gateway', 'http://127.0.0.1:9'],
    ]) {
      const geweigerd = ketenpoort([
        'logboek',
        'export',
        '--database',
        pad,
        '--velden',
        'canoniek',
        ...extra,
      ]);
      expect(geweigerd.code, extra.join(' ')).toBe(2);
      expect(geweigerd.fout).toContain(
        'Canonieke bladen komen alleen uit de database, van het hele logboek',
      );
      expect(geweigerd.uit).toBe('');
    }
    const csv = ketenpoort([
      'logboek',
      'export',
      '--database',
      pad,
      '--velden',
      'canoniek',
      '--formaat',
      'csv',
    ]);
    expect(csv.code).toBe(2);
    expect(csv.fout).toContain('Canonieke bladen bestaan alleen als JSON Lines');
    const fout = ketenpoort(['logboek', 'export', '--database', pad, '--actie', 'iets']);
    expect(fout.code).toBe(2);
    expect(fout.fout).toContain(
      '--actie: noemt geen actie van het logboek; kies uit: registratie,',
    );
  });
});

describe('ketenpoort bewaartermijn', () => {
  it('vernietigt verlopen signalen met een logboekregel per signaal en wist het logboek na zijn termijn', async () => {
    const { pad } = await database();
    const voor = ketenpoort(['logboek', 'export', '--database', pad, '--velden', 'canoniek']).uit;
    const r = ketenpoort(['bewaartermijn', '--database', pad]);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toContain('2 verlopen signalen vernietigd');
    expect(r.uit).toMatch(/[1-9]\d* opening\(en\) gewist/);
    // The entries are from 2015: past the logboek's own term, their two leaves are erased.
    expect(r.uit).toContain(
      'Logboek: de inhoud van 2 blad(en) ouder dan de bewaartermijn (84 maanden, vóór ',
    );
    expect(r.uit).toContain('nu tot en met blad 2');
    const export_ = ketenpoort(['logboek', 'export', '--database', pad, '--actie', 'vernietiging']);
    const regels = export_.uit
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(regels.map((x) => x.gegevensbron).sort()).toEqual(['gemeente-hilversum', 'vtgv']);
    // The old leaves keep number and leaf hash and lose their content; the run added one leaf
    // with both vernietigingen and one with the erasure. A second run finds nothing more.
    const oud = canoniekeBladen(voor);
    const na = canoniekeBladen(
      ketenpoort(['logboek', 'export', '--database', pad, '--velden', 'canoniek']).uit,
    );
    expect(na.slice(0, 2).map((b) => [b.nummer, b.inhoud, b.regels, b.leafHash])).toEqual(
      oud.map((b) => [b.nummer, '', [], b.leafHash]),
    );
    expect(oud.every((b) => typeof b.leafHash === 'string')).toBe(true);
    const nieuw = na.slice(2);
    expect(nieuw.map((b) => b.nummer)).toEqual([3, 4]);
    expect(
      nieuw.map((b) => b.regels.map((x) => [x.volgnummer, JSON.parse(x.inhoud).actie])),
    ).toEqual([
      [
        [5, 'vernietiging'],
        [6, 'vernietiging'],
      ],
      [[7, 'logboek-gewist']],
    ]);
    expect(nieuw[0]!.inhoud).toBe(bladUitExport(nieuw[0]!));
    const tweede = ketenpoort(['bewaartermijn', '--database', pad]).uit;
    expect(tweede).not.toContain('Logboek: de inhoud');
    expect(ketenpoort(['bewaartermijn', '--database', pad]).uit).toContain('0 verlopen signalen');
  });
});
