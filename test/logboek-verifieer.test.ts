/**
 * `logboek verifieer` against tampering: any single changed byte of any stored entry, a
 * deleted entry, two swapped entries (also when the tree is rebuilt to match), a replaced
 * checkpoint signature or cosignature: verification fails and names the place. An untouched
 * log of 10,000 entries verifies, live and offline (export plus checkpoint).
 */
import { describe, expect, it } from 'vitest';
import {
  appendLeaves,
  cosign,
  type EntryConcept,
  entryTekst,
  exportBron,
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

/** A log of `n` entries written in batches of `batch`, with a checkpoint after each batch. */
async function bouwLogboek(n: number, batch: number) {
  const store = openSqliteStore(':memory:');
  const sleutel = await nieuweSleutel('test.ketenpoort.example/logboek');
  for (let i = 0; i < n; i += batch) {
    const concepten = Array.from({ length: Math.min(batch, n - i) }, (_, j) => concept(i + j));
    await store.legVast(
      START + i,
      alsBlad(concepten.map((c) => ({ concept: c, opening: null, openingVervaltOp: 0 }))),
    );
    await maakCheckpoint(store.boom, sleutel.ondertekenaar, START + i);
  }
  const log = logVerifier(sleutel.ondertekenaar);
  const verifieer = (getuigen: NoteVerifier[] = []) =>
    verifieerLogboek(verificatieBron(store.boom), { log, getuigen });
  return { store, sleutel, log, verifieer };
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

/** A deterministic choice of byte positions, so a failure can be reproduced. */
function* posities(lengte: number, aantal: number, zaad: number) {
  let x = zaad;
  for (let i = 0; i < aantal; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x % lengte;
  }
}

describe('logboek verifieer', () => {
  it('een onaangetast logboek van 10.000 regels klopt, live en offline', async () => {
    const { store, verifieer, log } = await bouwLogboek(10_000, 250);
    const u = await verifieer();
    expect(u.fouten).toEqual([]);
    expect(u).toMatchObject({ geldig: true, regels: 10_000 });
    expect(u.checkpoints).toHaveLength(40);
    const rijen = await store.boom.rijen(1, 20_000);
    const jsonl = rijen.map((r) => r.inhoud).join('\n');
    const laatste = await store.boom.laatsteCheckpoint();
    const offline = await verifieerLogboek(exportBron(jsonl, [laatste!.note]), { log });
    expect(offline).toMatchObject({ geldig: true, regels: 10_000, fouten: [] });
  });

  it('elke veranderde byte van een opgeslagen regel wordt gevonden, bij die regel', async () => {
    const { store, verifieer } = await bouwLogboek(16, 4);
    expect((await verifieer()).geldig).toBe(true);
    for (let v = 1; v <= 16; v++) {
      const origineel = rij(store, v).inhoud;
      expect(/^[\x20-\x7e]+$/.test(origineel)).toBe(true);
      // Every byte of one entry; a sample of bytes of every other one.
      const lijst =
        v === 7 ? origineel.split('').map((_, i) => i) : [...posities(origineel.length, 12, v)];
      for (const p of lijst) {
        const b = origineel.charCodeAt(p) ^ 0x01;
        zetInhoud(
          store,
          v,
          origineel.slice(0, p) + String.fromCharCode(b) + origineel.slice(p + 1),
        );
        expect(eerste(await verifieer()).plaats, `regel ${v}, byte ${p}`).toBe(`regel ${v}`);
      }
      zetInhoud(store, v, origineel);
    }
    expect((await verifieer()).geldig).toBe(true);
  });

  it('een veranderde kolom naast de inhoud wordt gevonden, bij die regel', async () => {
    const { store, verifieer } = await bouwLogboek(8, 4);
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
    store.sqlite.exec('UPDATE logboek SET volgnummer = 100 WHERE volgnummer = 5');
    expect(eerste(await verifieer()).plaats).toBe('regel 5');
  });

  it('een verwijderde regel wordt gevonden: vooraan, middenin en de laatste', async () => {
    for (const weg of [1, 9, 16]) {
      const { store, verifieer } = await bouwLogboek(16, 4);
      store.sqlite.prepare('DELETE FROM logboek WHERE volgnummer = ?').run(weg);
      const f = eerste(await verifieer());
      expect(f.plaats).toBe(`regel ${weg}`);
      expect(f.wat).toContain('ontbreekt');
    }
  });

  it('twee verwisselde regels worden gevonden, ook als de boom erbij is herbouwd', async () => {
    const { store, verifieer } = await bouwLogboek(16, 4);
    const [a, b] = [rij(store, 6).inhoud, rij(store, 11).inhoud];
    zetInhoud(store, 6, b);
    zetInhoud(store, 11, a);
    expect(eerste(await verifieer()).plaats).toBe('regel 6');
    // A careful operator renumbers the swapped entries, fixes the columns and rebuilds the tree.
    const herschreven = (tekst: string, volgnummer: number) =>
      entryTekst({ ...JSON.parse(tekst), volgnummer });
    zetInhoud(store, 6, herschreven(b, 6));
    zetInhoud(store, 11, herschreven(a, 11));
    for (const v of [6, 11]) {
      const e = JSON.parse(rij(store, v).inhoud);
      store.sqlite
        .prepare(
          'UPDATE logboek SET tijdstip = ?, actie = ?, partner = ?, bron = ?, ontvanger = ?, signaal = ?, doel = ? WHERE volgnummer = ?',
        )
        .run(Date.parse(e.tijdstip), e.actie, e.partner, e.bron, e.ontvanger, e.signaal, e.doel, v);
    }
    expect(eerste(await verifieer()).plaats).toBe('regel 6');
    store.sqlite.exec('DELETE FROM merkle_knopen');
    const teksten = (await store.boom.rijen(1, 100)).map((r) => r.inhoud);
    // The nodes of a tree grown from nothing over the (tampered) entries.
    const bladeren = teksten.map((t) => webHasher.leaf(new TextEncoder().encode(t)));
    const { drizzle } = await import('drizzle-orm/better-sqlite3');
    const db = drizzle(store.sqlite);
    for (const insert of knopenInserts(db as never, appendLeaves([], bladeren).nodes))
      (insert as { run(): void }).run();
    const u = await verifieer();
    const f = eerste(u);
    expect(f.plaats).toBe('checkpoint 8');
    expect(f.wat).toContain('ergens in regel 5 tot en met 8');
    expect(u.checkpoints.map((c) => c.geldig)).toEqual([true, false, false, false]);
  });

  it('een vervangen checkpointhandtekening wordt gevonden, bij dat checkpoint', async () => {
    const { store, verifieer, sleutel } = await bouwLogboek(12, 4);
    const [, tweede] = await store.boom.checkpoints(0, 10);
    const { body } = splitNote(tweede!.note);
    const zet = (note: string) =>
      store.sqlite
        .prepare('UPDATE checkpoints SET note = ? WHERE grootte = ?')
        .run(note, tweede!.grootte);
    // The same key name with another key: a forged signature.
    const vervalser = await nieuweSleutel(sleutel.ondertekenaar.name);
    zet(await signNote(body, [vervalser.ondertekenaar]));
    let f = eerste(await verifieer());
    expect(f.plaats).toBe(`checkpoint ${tweede!.grootte}`);
    expect(f.wat).toContain('handtekening');
    // The right key id with other signature bytes.
    const regel = tweede!.note.slice(body.length + 1);
    const bytes = Buffer.from(regel.split(' ')[2]!.trim(), 'base64');
    bytes[10] = bytes[10]! ^ 0xff;
    zet(`${body}\n${regel.split(' ').slice(0, 2).join(' ')} ${bytes.toString('base64')}\n`);
    f = eerste(await verifieer());
    expect(f.plaats).toBe(`checkpoint ${tweede!.grootte}`);
    // Another root under the original signature.
    zet(
      tweede!.note.replace(/\n[A-Za-z0-9+/=]{44}\n/, `\n${Buffer.alloc(32).toString('base64')}\n`),
    );
    expect(eerste(await verifieer()).plaats).toBe(`checkpoint ${tweede!.grootte}`);
  });

  it('telt de cosignaturen per checkpoint en vindt een vervalste', async () => {
    const { store, verifieer } = await bouwLogboek(12, 4);
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
      [4, 0],
      [8, 1],
      [12, 2],
    ]);
    // Without trusting them, stored cosignatures count for nothing.
    expect((await verifieer()).checkpoints.map((c) => c.cosignaturen)).toEqual([0, 0, 0]);
    store.sqlite.exec(
      "UPDATE cosignaturen SET regel = (SELECT regel FROM cosignaturen WHERE grootte = 8) WHERE grootte = 12 AND getuige = 'getuige-a'",
    );
    const f = eerste(await verifieer(vertrouwd));
    expect(f.plaats).toBe('checkpoint 12');
    expect(f.wat).toContain('cosignatuur van getuige getuige-a');
  });

  it('telt geen getuige die iemand met toegang tot de database zelf heeft toegevoegd', async () => {
    const { store, verifieer } = await bouwLogboek(8, 4);
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

  it('offline: een gewijzigde regel in de export of een checkpoint van een andere sleutel faalt', async () => {
    const { store, log } = await bouwLogboek(20, 5);
    const rijen = (await store.boom.rijen(1, 100)).map((r) => JSON.stringify({ inhoud: r.inhoud }));
    const note = (await store.boom.laatsteCheckpoint())!.note;
    expect((await verifieerLogboek(exportBron(rijen.join('\n'), [note]), { log })).geldig).toBe(
      true,
    );
    const gewijzigd = [...rijen];
    gewijzigd[13] = gewijzigd[13]!.replace('medewerker', 'medewerkeR');
    const f = eerste(await verifieerLogboek(exportBron(gewijzigd.join('\n'), [note]), { log }));
    expect(f.plaats).toBe('checkpoint 20');
    expect(f.wat).toContain('ergens in regel 1 tot en met 20');
    // With every checkpoint the FG kept, the place narrows to one batch.
    const alle = (await store.boom.checkpoints(0, 10)).map((c) => c.note);
    const g = eerste(await verifieerLogboek(exportBron(gewijzigd.join('\n'), alle), { log }));
    expect(g.plaats).toBe('checkpoint 15');
    expect(g.wat).toContain('ergens in regel 11 tot en met 15');
    const ander = await nieuweSleutel(log.name);
    const vals = await signNote(splitNote(note).body, [ander.ondertekenaar]);
    expect(
      eerste(await verifieerLogboek(exportBron(rijen.join('\n'), [vals]), { log })).plaats,
    ).toBe('checkpoint 20');
    const kort = rijen.slice(0, 19).join('\n');
    const k = eerste(await verifieerLogboek(exportBron(kort, [note]), { log }));
    expect(k.wat).toContain('regel 20 tot en met 20 ontbreken');
  });
});
