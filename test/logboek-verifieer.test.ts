/**
 * `logboek verifieer` against tampering, with one leaf per request (also a request that logged
 * nothing): any single changed byte of any stored entry, a changed column or `bron_zicht`
 * beside it, a deleted entry or leaf (also the last one), two swapped entries (also when the
 * leaves and the tree are rebuilt to match), a replaced checkpoint signature or cosignature:
 * verification fails and names the place, the entry (`regel N`) and/or its leaf (`blad M`).
 * An untouched log of 10,000 entries verifies, live and offline (export plus checkpoint), and
 * so does an export from before one leaf per request.
 */
import { describe, expect, it } from 'vitest';
import { vanBase64url } from '../src/encoding/base64url.js';
import { maakBlad } from '../src/logboek/blad.js';
import type { GeplandeEntry } from '../src/logboek/geplande-entry.js';
import {
  appendLeaves,
  checkpointBody,
  cosign,
  type Entry,
  type EntryConcept,
  entryTekst,
  exportBron,
  frontierRoot,
  getuigeVerifier,
  logVerifier,
  maakCheckpoint,
  type NoteVerifier,
  nieuweSleutel,
  signNote,
  splitNote,
  type Verificatie,
  verifieerLogboek,
  webHasher,
} from '../src/logboek/index.js';
import { knopenInserts } from '../src/store/logboek-queries.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';
import { verificatieBron } from '../src/store/verificatie-bron.js';
import { alsBlad } from './helpers/signaal.js';

const START = Date.parse('2026-03-02T09:00:00.000Z');
const ACTIES = ['registratie', 'verstrekking', 'weigering', 'intrekking'] as const;
/** The partners with a part in every leaf, beside the gateway. */
const PARTIJEN = ['gemeente-hilversum', 'tmm', 'vtgv'];
const ZICHT = ['volledig', 'afgeschermd', 'geen'] as const;
/**
 * 16 entries in 8 leaves (two of them empty: requests that logged nothing), a checkpoint
 * after every 2 leaves. Leaf 1: entries 1-3, 2: none, 3: 4-7, 4: 8, 5: 9-10, 6: none,
 * 7: 11-13, 8: 14-16.
 */
const KLEIN = [3, 0, 4, 1, 2, 0, 3, 3];

function concept(i: number): EntryConcept {
  return {
    actie: ACTIES[i % ACTIES.length]!,
    partner: i % 3 ? 'vtgv' : 'gemeente-hilversum',
    gebruiker: `medewerker-${i % 7}`,
    bron: i % 2 ? 'vtgv' : null,
    ontvanger: i % 4 === 1 ? 'tmm' : null,
    signaal: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    gegevens: i % 4 === 1 ? ['bestaan', 'partner'] : [],
    doel: i % 5 ? 'zorgcoordinatie' : null,
    grondslagen: i % 4 === 1 ? ['wmo-5.1.6'] : [],
    regels: i % 4 === 1 ? ['vtgv-naar-tmm'] : [],
    beleid: 'a'.repeat(64),
    verzoek: {
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      traceparent: null,
    },
    betrokkene: [`commitment-${i}`],
  };
}

/** Entry `i` (volgnummer i + 1) as planned; a verstrekking says what its bron may see. */
function gepland(i: number): GeplandeEntry {
  const c = concept(i);
  const zicht = c.actie === 'verstrekking' ? { bronZicht: ZICHT[i % ZICHT.length]! } : {};
  return { concept: c, opening: null, openingVervaltOp: 0, ...zicht };
}

/**
 * A log of one leaf per request, request k with `grootten[k]` entries, and a checkpoint after
 * every `perCheckpoint` leaves. `bladVan[v]` is the leaf of entry v, as written.
 */
async function bouwLogboek(grootten: readonly number[], perCheckpoint: number) {
  const store = openSqliteStore(':memory:');
  const sleutel = await nieuweSleutel('test.ketenpoort.example/logboek');
  const bladVan = [0];
  let i = 0;
  for (const [k, n] of grootten.entries()) {
    const entries = Array.from({ length: n }, (_, j) => gepland(i + j));
    const { blad } = await store.legVast(START + k * 1000, alsBlad(entries, PARTIJEN));
    expect(blad).toBe(k + 1);
    bladVan.push(...entries.map(() => blad));
    i += n;
    if ((k + 1) % perCheckpoint === 0) {
      await maakCheckpoint(store.boom, sleutel.ondertekenaar, START + k * 1000);
    }
  }
  const log = logVerifier(sleutel.ondertekenaar);
  const verifieer = (getuigen: NoteVerifier[] = []) =>
    verifieerLogboek(verificatieBron(store.boom), { log, getuigen });
  return { store, sleutel, log, verifieer, bladVan };
}

/** The export as `ketenpoort logboek export --velden canoniek` writes it: one leaf per line. */
async function exporteer(store: SqliteStore): Promise<string[]> {
  return (await store.boom.bladen(1, 100_000)).map((b) =>
    JSON.stringify({
      nummer: b.nummer,
      inhoud: b.inhoud,
      zouten: b.zouten,
      regels: b.regels.map((r) => ({
        volgnummer: r.volgnummer,
        inhoud: r.inhoud,
        bronZicht: r.bronZicht ?? null,
      })),
    }),
  );
}

/** A leaf's text made anew from its entries (as they are now) and its stored salts. */
function nieuwBladTekst(
  nummer: number,
  inhoud: string,
  zouten: Record<string, string>,
  regels: ReadonlyArray<{ inhoud: string; bronZicht?: unknown }>,
) {
  const entries = regels.map((r) => {
    const e = JSON.parse(r.inhoud) as Entry;
    if (r.bronZicht) e.bronZicht = r.bronZicht as Entry['bronZicht'];
    return e;
  });
  const zout = Object.fromEntries(Object.entries(zouten).map(([p, z]) => [p, vanBase64url(z)]));
  return maakBlad(nummer, JSON.parse(inhoud).tijdstip, entries, zout).inhoud;
}

function rij(store: SqliteStore, volgnummer: number) {
  return store.sqlite
    .prepare('SELECT * FROM logboek WHERE volgnummer = ?')
    .get(volgnummer) as Record<string, unknown> & { inhoud: string };
}

function zetInhoud(store: SqliteStore, volgnummer: number, inhoud: string) {
  store.sqlite
    .prepare('UPDATE logboek SET inhoud = ? WHERE volgnummer = ?')
    .run(inhoud, volgnummer);
}

function eerste(u: Verificatie) {
  expect(u.geldig).toBe(false);
  return u.fouten[0]!;
}

/** The places of all findings, without repeats, in order. */
function plaatsen(u: Verificatie) {
  return [...new Set(u.fouten.map((f) => f.plaats))];
}

/** A finding at `plaats` whose text contains `wat`. */
const bevinding = (plaats: string, wat: string) =>
  expect.objectContaining({ plaats, wat: expect.stringContaining(wat) });

/** A deterministic choice of byte positions, so a failure can be reproduced. */
function* posities(lengte: number, aantal: number, zaad: number) {
  let x = zaad;
  for (let i = 0; i < aantal; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x % lengte;
  }
}

describe('logboek verifieer', () => {
  it('een onaangetast logboek van 10.000 regels in 2.400 bladen klopt, live en offline', async () => {
    // Leaves of 0 to 12 entries, 25 entries per 6 leaves.
    const grootten = Array.from({ length: 400 }, () => [0, 1, 7, 3, 12, 2]).flat();
    const { store, verifieer, log } = await bouwLogboek(grootten, 60);
    const u = await verifieer();
    expect(u.fouten).toEqual([]);
    expect(u).toMatchObject({ geldig: true, bladen: 2400, regels: 10_000 });
    expect(u.checkpoints.map((c) => [c.grootte, c.geldig])).toEqual(
      Array.from({ length: 40 }, (_, k) => [(k + 1) * 60, true]),
    );
    // Pages that end in the middle of the leaves change nothing.
    const klein = await verifieerLogboek(verificatieBron(store.boom), { log, pagina: 7 });
    expect(klein).toMatchObject({ geldig: true, bladen: 2400, regels: 10_000, fouten: [] });
    const jsonl = (await exporteer(store)).join('\n');
    const laatste = await store.boom.laatsteCheckpoint();
    const offline = await verifieerLogboek(exportBron(jsonl, [laatste!.note]), { log });
    expect(offline).toMatchObject({ geldig: true, bladen: 2400, regels: 10_000, fouten: [] });
  });

  it('elke veranderde byte van een opgeslagen regel wordt gevonden, bij die regel of haar blad', async () => {
    const { store, verifieer, bladVan } = await bouwLogboek(KLEIN, 2);
    expect((await verifieer()).geldig).toBe(true);
    for (let v = 1; v <= 16; v++) {
      const origineel = rij(store, v).inhoud;
      expect(/^[\x20-\x7e]+$/.test(origineel)).toBe(true);
      const blad = `blad ${bladVan[v]}`;
      // Every byte of one entry; a sample of bytes of every other one.
      const lijst =
        v === 7 ? origineel.split('').map((_, i) => i) : [...posities(origineel.length, 12, v)];
      for (const p of lijst) {
        const b = origineel.charCodeAt(p) ^ 0x01;
        const gewijzigd = origineel.slice(0, p) + String.fromCharCode(b) + origineel.slice(p + 1);
        zetInhoud(store, v, gewijzigd);
        const u = await verifieer();
        const waar = `regel ${v}, byte ${p}`;
        expect(u.geldig, waar).toBe(false);
        // Found only at the entry and at its leaf: the tree and the checkpoints are untouched.
        expect([`regel ${v}`, blad], waar).toEqual(expect.arrayContaining(plaatsen(u)));
        let leesbaar = true;
        try {
          JSON.parse(gewijzigd);
        } catch {
          leesbaar = false;
        }
        if (leesbaar) {
          // Still an entry, maybe even canonical: the gateway's part of its leaf no longer fits.
          expect(u.fouten, waar).toContainEqual(
            bevinding(blad, 'het deel van ketenpoort past niet bij de logboekregels'),
          );
        } else {
          expect(u.fouten, waar).toEqual([bevinding(`regel ${v}`, 'geen geldige JSON')]);
        }
      }
      zetInhoud(store, v, origineel);
    }
    expect((await verifieer()).geldig).toBe(true);
  });

  it('een veranderde kolom naast de inhoud wordt gevonden, bij die regel of haar blad', async () => {
    const { store, verifieer } = await bouwLogboek(KLEIN, 2);
    const wijzigingen: Array<[string, string]> = [
      ['tijdstip', 'tijdstip + 1'],
      ['actie', "'verstrekkinG'"],
      ['partner', "'vtgw'"],
      ['bron', "coalesce(bron, '') || 'x'"],
      ['ontvanger', "'tmn'"],
      ['signaal', 'substr(signaal, 2)'],
      ['doel', "'opsporing'"],
    ];
    for (const [kolom, waarde] of wijzigingen) {
      const oud = rij(store, 5)[kolom];
      store.sqlite.exec(`UPDATE logboek SET ${kolom} = ${waarde} WHERE volgnummer = 5`);
      const f = eerste(await verifieer());
      expect(f.plaats).toBe('regel 5');
      expect(f.wat).toContain(`kolom ${kolom}`);
      store.sqlite.prepare(`UPDATE logboek SET ${kolom} = ? WHERE volgnummer = 5`).run(oud);
    }
    expect((await verifieer()).geldig).toBe(true);
    // What the bron may see of verstrekking 6 (in leaf 3) is not in the entry, but in vtgv's part.
    expect(rij(store, 6)).toMatchObject({
      actie: 'verstrekking',
      bron: 'vtgv',
      bron_zicht: 'geen',
    });
    for (const zicht of ['volledig', 'afgeschermd']) {
      store.sqlite.prepare('UPDATE logboek SET bron_zicht = ? WHERE volgnummer = 6').run(zicht);
      expect((await verifieer()).fouten).toEqual([
        bevinding('blad 3', 'het deel van vtgv past niet bij de logboekregels'),
      ]);
    }
    store.sqlite.exec("UPDATE logboek SET bron_zicht = 'geen' WHERE volgnummer = 6");
    expect((await verifieer()).geldig).toBe(true);
    // The row moved to another leaf.
    store.sqlite.exec('UPDATE logboek SET blad = 4 WHERE volgnummer = 5');
    expect(plaatsen(await verifieer())).toEqual(expect.arrayContaining(['blad 3', 'blad 4']));
    store.sqlite.exec('UPDATE logboek SET blad = 3 WHERE volgnummer = 5');
    store.sqlite.exec('UPDATE logboek SET volgnummer = 100 WHERE volgnummer = 5');
    expect(eerste(await verifieer()).plaats).toBe('regel 5');
  });

  it('een verwijderde regel wordt gevonden: vooraan, middenin en de laatste, ook bij haar blad', async () => {
    for (const weg of [1, 9, 16]) {
      const { store, verifieer, bladVan } = await bouwLogboek(KLEIN, 2);
      store.sqlite.prepare('DELETE FROM logboek WHERE volgnummer = ?').run(weg);
      const u = await verifieer();
      const blad = `blad ${bladVan[weg]}`;
      expect(u.fouten, `regel ${weg}`).toContainEqual(
        bevinding(blad, 'het deel van ketenpoort past niet bij de logboekregels'),
      );
      if (weg < 16) {
        // A gap before the next entry: found there first.
        expect(eerste(u)).toEqual(bevinding(`regel ${weg}`, 'ontbreekt'));
        expect(plaatsen(u)).toEqual([`regel ${weg}`, blad]);
      } else {
        // The last entry leaves no gap: its leaf finds it.
        expect(plaatsen(u)).toEqual([blad]);
      }
    }
  });

  it('een verwijderd blad wordt gevonden: het eerste, een leeg, en het laatste, ook met zijn regels', async () => {
    for (const weg of [1, 2, 6, 8]) {
      for (const metRegels of [false, true]) {
        const { store, verifieer } = await bouwLogboek(KLEIN, 2);
        store.sqlite.prepare('DELETE FROM bladen WHERE nummer = ?').run(weg);
        if (metRegels) store.sqlite.prepare('DELETE FROM logboek WHERE blad = ?').run(weg);
        const u = await verifieer();
        const f = eerste(u);
        expect(f, `blad ${weg}, met regels: ${metRegels}`).toEqual(
          bevinding(`blad ${weg}`, 'ontbreekt'),
        );
        if (weg === 8) expect(f.wat).toContain('de boom heeft 8 bladen');
        else expect(f.wat).toContain(`na blad ${weg - 1} volgt blad ${weg + 1}`);
        // No checkpoint over the missing leaf holds any more.
        const vanaf = Math.ceil(weg / 2) * 2;
        expect(u.checkpoints.map((c) => [c.grootte, c.geldig])).toEqual(
          [2, 4, 6, 8].map((g) => [g, g < vanaf]),
        );
      }
    }
  });

  it('een afgekapte staart wordt gevonden, ook als de boom erbij is ingekort', async () => {
    const { store, verifieer } = await bouwLogboek(KLEIN, 2);
    store.sqlite.exec('DELETE FROM logboek WHERE blad = 8');
    store.sqlite.exec('DELETE FROM bladen WHERE nummer = 8');
    // The leaf and every node above it, so the stored tree has 7 leaves.
    store.sqlite.exec(
      'DELETE FROM merkle_knopen WHERE (niveau, positie) IN (VALUES (0, 7), (1, 3), (2, 1), (3, 0))',
    );
    expect(await store.boom.grootte()).toBe(7);
    const u = await verifieer();
    expect(u).toMatchObject({ geldig: false, bladen: 7, regels: 13 });
    expect(eerste(u)).toEqual(
      bevinding('checkpoint 8', 'het logboek heeft maar 7 bladen: blad 8 tot en met 8 ontbreken'),
    );
    expect(plaatsen(u)).toEqual(['checkpoint 8']);
  });

  it('twee verwisselde regels worden gevonden, ook als de bladen en de boom erbij zijn herbouwd', async () => {
    const { store, verifieer } = await bouwLogboek(KLEIN, 2);
    // Entry 6 is in leaf 3, entry 11 in leaf 7.
    const [a, b] = [rij(store, 6), rij(store, 11)];
    zetInhoud(store, 6, b.inhoud);
    zetInhoud(store, 11, a.inhoud);
    let u = await verifieer();
    expect(eerste(u).plaats).toBe('regel 6');
    expect(plaatsen(u)).toEqual(['regel 6', 'blad 3', 'regel 11', 'blad 7']);
    // A careful operator renumbers the swapped entries, gives them the time of their new leaf,
    // moves what the bron may see along and fixes the columns.
    const tijdVan = (blad: number) => {
      const { inhoud } = store.sqlite
        .prepare('SELECT inhoud FROM bladen WHERE nummer = ?')
        .get(blad) as { inhoud: string };
      return JSON.parse(inhoud).tijdstip as string;
    };
    const herschreven = (tekst: string, volgnummer: number, blad: number) =>
      entryTekst({ ...JSON.parse(tekst), volgnummer, tijdstip: tijdVan(blad) });
    zetInhoud(store, 6, herschreven(b.inhoud, 6, 3));
    zetInhoud(store, 11, herschreven(a.inhoud, 11, 7));
    for (const [v, zicht] of [
      [6, b.bron_zicht],
      [11, a.bron_zicht],
    ] as const) {
      const e = JSON.parse(rij(store, v).inhoud);
      store.sqlite
        .prepare(
          'UPDATE logboek SET tijdstip = ?, actie = ?, partner = ?, bron = ?, ontvanger = ?, signaal = ?, doel = ?, bron_zicht = ? WHERE volgnummer = ?',
        )
        .run(
          Date.parse(e.tijdstip),
          e.actie,
          e.partner,
          e.bron,
          e.ontvanger,
          e.signaal,
          e.doel,
          zicht,
          v,
        );
    }
    u = await verifieer();
    // Every entry is sound on its own now; their leaves are not.
    expect(plaatsen(u)).toEqual(['blad 3', 'blad 7']);
    expect(eerste(u).wat).toContain('het deel van ketenpoort past niet bij de logboekregels');
    // Then makes the two leaves anew from the entries and the stored salts.
    for (const nummer of [3, 7]) {
      const blad = (await store.boom.blad(nummer))!;
      const tekst = nieuwBladTekst(nummer, blad.inhoud, blad.zouten!, blad.regels);
      store.sqlite.prepare('UPDATE bladen SET inhoud = ? WHERE nummer = ?').run(tekst, nummer);
    }
    u = await verifieer();
    expect(plaatsen(u)).toEqual([
      'blad 3',
      'blad 7',
      'checkpoint 4',
      'checkpoint 6',
      'checkpoint 8',
    ]);
    expect(u.fouten.slice(0, 2)).toEqual([
      bevinding('blad 3', 'past niet bij de opgeslagen boom'),
      bevinding('blad 7', 'past niet bij de opgeslagen boom'),
    ]);
    // And rebuilds the tree over the (tampered) leaves.
    store.sqlite.exec('DELETE FROM merkle_knopen');
    const teksten = (await store.boom.bladen(1, 100)).map((r) => r.inhoud);
    const bladeren = teksten.map((t) => webHasher.leaf(new TextEncoder().encode(t)));
    const { drizzle } = await import('drizzle-orm/better-sqlite3');
    const db = drizzle(store.sqlite);
    for (const insert of knopenInserts(db as never, appendLeaves([], bladeren).nodes))
      (insert as { run(): void }).run();
    u = await verifieer();
    const f = eerste(u);
    expect(f.plaats).toBe('checkpoint 4');
    expect(f.wat).toContain('ergens in blad 3 tot en met 4');
    expect(u.checkpoints.map((c) => c.geldig)).toEqual([true, false, false, false]);
  });

  it('een vervangen checkpointhandtekening wordt gevonden, bij dat checkpoint', async () => {
    const { store, verifieer, sleutel } = await bouwLogboek([2, 0, 3, 1, 1, 2], 2);
    const [, tweede] = await store.boom.checkpoints(0, 10);
    expect(tweede!.grootte).toBe(4);
    const { body } = splitNote(tweede!.note);
    const zet = (note: string) =>
      store.sqlite
        .prepare('UPDATE checkpoints SET note = ? WHERE grootte = ?')
        .run(note, tweede!.grootte);
    // The same key name with another key: a forged signature.
    const vervalser = await nieuweSleutel(sleutel.ondertekenaar.name);
    zet(await signNote(body, [vervalser.ondertekenaar]));
    let f = eerste(await verifieer());
    expect(f.plaats).toBe('checkpoint 4');
    expect(f.wat).toContain('handtekening');
    // The right key id with other signature bytes.
    const regel = tweede!.note.slice(body.length + 1);
    const bytes = Buffer.from(regel.split(' ')[2]!.trim(), 'base64');
    bytes[10] = bytes[10]! ^ 0xff;
    zet(`${body}\n${regel.split(' ').slice(0, 2).join(' ')} ${bytes.toString('base64')}\n`);
    f = eerste(await verifieer());
    expect(f.plaats).toBe('checkpoint 4');
    // Another root under the original signature.
    zet(
      tweede!.note.replace(/\n[A-Za-z0-9+/=]{44}\n/, `\n${Buffer.alloc(32).toString('base64')}\n`),
    );
    expect(eerste(await verifieer()).plaats).toBe('checkpoint 4');
  });

  it('telt de cosignaturen per checkpoint en vindt een vervalste', async () => {
    const { store, verifieer } = await bouwLogboek([2, 0, 3, 1, 1, 2], 2);
    const getuigen = await Promise.all(['getuige-a', 'getuige-b'].map((n) => nieuweSleutel(n)));
    const cps = await store.boom.checkpoints(0, 10);
    for (const [i, cp] of cps.entries()) {
      for (const g of getuigen.slice(0, i)) {
        await store.boom.bewaarCosignatuur({
          grootte: cp.grootte,
          getuige: g.ondertekenaar.name,
          vkey: g.getuigeVkey,
          partner: 'vtgv',
          tijd: 1_772_442_000,
          regel: await cosign(splitNote(cp.note).body, g.ondertekenaar, 1_772_442_000),
          ontvangenOp: START,
        });
      }
    }
    const vertrouwd = getuigen.map((g) => getuigeVerifier(g.getuigeVkey));
    const u = await verifieer(vertrouwd);
    expect(u.geldig).toBe(true);
    expect(u.checkpoints.map((c) => [c.grootte, c.cosignaturen])).toEqual([
      [2, 0],
      [4, 1],
      [6, 2],
    ]);
    // Without trusting them, stored cosignatures count for nothing.
    expect((await verifieer()).checkpoints.map((c) => c.cosignaturen)).toEqual([0, 0, 0]);
    store.sqlite.exec(
      "UPDATE cosignaturen SET regel = (SELECT regel FROM cosignaturen WHERE grootte = 4) WHERE grootte = 6 AND getuige = 'getuige-a'",
    );
    const f = eerste(await verifieer(vertrouwd));
    expect(f.plaats).toBe('checkpoint 6');
    expect(f.wat).toContain('cosignatuur van getuige getuige-a');
  });

  it('telt geen getuige die iemand met toegang tot de database zelf heeft toegevoegd', async () => {
    const { store, verifieer } = await bouwLogboek(KLEIN, 2);
    const echt = await nieuweSleutel('getuige-tmm');
    const nep = await nieuweSleutel('getuige-tmm');
    const cp = (await store.boom.laatsteCheckpoint())!;
    await store.boom.bewaarCosignatuur({
      grootte: cp.grootte,
      getuige: nep.ondertekenaar.name,
      vkey: nep.getuigeVkey,
      partner: 'vtgv',
      tijd: 1_772_442_000,
      regel: await cosign(splitNote(cp.note).body, nep.ondertekenaar, 1_772_442_000),
      ontvangenOp: START,
    });
    const u = await verifieer([getuigeVerifier(echt.getuigeVkey)]);
    expect(u.checkpoints.at(-1)).toMatchObject({ grootte: 8, cosignaturen: 0, getuigen: [] });
  });

  it('offline: een gewijzigde regel of een gewijzigd blad in de export, of een checkpoint van een andere sleutel, faalt', async () => {
    // 20 leaves, 27 entries; leaf 14 holds entries 18 and 19.
    const grootten = [2, 0, 3, 1, 1, 2, 0, 1, 3, 1, 2, 0, 1, 2, 1, 0, 3, 1, 2, 1];
    const { store, log } = await bouwLogboek(grootten, 5);
    const lijnen = await exporteer(store);
    expect(lijnen).toHaveLength(20);
    const note = (await store.boom.laatsteCheckpoint())!.note;
    const offline = (tekst: string[], notes = [note]) =>
      verifieerLogboek(exportBron(tekst.join('\n'), notes), { log });
    expect(await offline(lijnen)).toMatchObject({ geldig: true, bladen: 20, regels: 27 });
    // An entry changed in the export, still canonical: its leaf no longer fits its entries.
    const gewijzigd = [...lijnen];
    const blad14 = JSON.parse(gewijzigd[13]!);
    expect(blad14.regels.map((r: { volgnummer: number }) => r.volgnummer)).toEqual([18, 19]);
    blad14.regels[1].inhoud = blad14.regels[1].inhoud.replace('medewerker', 'medewerkeR');
    gewijzigd[13] = JSON.stringify(blad14);
    const u = await offline(gewijzigd);
    expect(u.fouten).toEqual([
      bevinding('blad 14', 'het deel van ketenpoort past niet bij de logboekregels'),
    ]);
    // The leaf made anew from the changed entries and the salts in the export: only the
    // signed root finds it.
    blad14.inhoud = nieuwBladTekst(14, blad14.inhoud, blad14.zouten, blad14.regels);
    gewijzigd[13] = JSON.stringify(blad14);
    const f = eerste(await offline(gewijzigd));
    expect(f.plaats).toBe('checkpoint 20');
    expect(f.wat).toContain('ergens in blad 1 tot en met 20');
    // With every checkpoint the FG kept, the place narrows to one stretch of leaves.
    const alle = (await store.boom.checkpoints(0, 10)).map((c) => c.note);
    const g = eerste(await offline(gewijzigd, alle));
    expect(g.plaats).toBe('checkpoint 15');
    expect(g.wat).toContain('ergens in blad 11 tot en met 15');
    const ander = await nieuweSleutel(log.name);
    const vals = await signNote(splitNote(note).body, [ander.ondertekenaar]);
    expect(eerste(await offline(lijnen, [vals])).plaats).toBe('checkpoint 20');
    // The last leaf left out of the export; or only its entries.
    const k = eerste(await offline(lijnen.slice(0, 19)));
    expect(k.plaats).toBe('checkpoint 20');
    expect(k.wat).toContain('blad 20 tot en met 20 ontbreken');
    const zonderRegels = [...lijnen];
    zonderRegels[19] = JSON.stringify({ ...JSON.parse(lijnen[19]!), regels: [] });
    expect((await offline(zonderRegels)).fouten).toEqual([
      bevinding('blad 20', 'het deel van ketenpoort past niet bij de logboekregels'),
    ]);
  });

  it('offline: een export van voor één blad per verzoek (één regel per lijn) klopt nog', async () => {
    // Such a log had one leaf per entry: the entry's canonical text.
    const { store, log, sleutel } = await bouwLogboek([2, 1, 3, 1, 1, 2], 6);
    const teksten = (await store.boom.rijen(1, 100)).map((r) => r.inhoud);
    expect(teksten).toHaveLength(10);
    const { frontier } = appendLeaves(
      [],
      teksten.map((t) => webHasher.leaf(new TextEncoder().encode(t))),
    );
    const body = checkpointBody({ origin: log.name, size: 10, root: frontierRoot(frontier) });
    const note = await signNote(body, [sleutel.ondertekenaar]);
    // Lines of the bare text, and lines of an object around it.
    const lijnen = teksten.map((t, i) => (i % 2 ? t : JSON.stringify({ inhoud: t })));
    const offline = (tekst: string[]) =>
      verifieerLogboek(exportBron(tekst.join('\n'), [note]), { log });
    expect(await offline(lijnen)).toMatchObject({ geldig: true, bladen: 10, regels: 10 });
    const gewijzigd = [...lijnen];
    gewijzigd[6] = gewijzigd[6]!.replace('medewerker', 'medewerkeR');
    const f = eerste(await offline(gewijzigd));
    expect(f.plaats).toBe('checkpoint 10');
    expect(f.wat).toContain('ergens in blad 1 tot en met 10');
    const k = eerste(await offline(lijnen.slice(0, 9)));
    expect(k.wat).toContain('blad 10 tot en met 10 ontbreken');
  });
});
