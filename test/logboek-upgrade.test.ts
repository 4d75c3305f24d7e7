/**
 * A database from before one leaf per request (migrations up to 0004: every entry a leaf of
 * its own) is upgraded in place: migration 0005 keeps each old entry as a leaf whose text is
 * that entry, the tree and a checkpoint signed before the upgrade stay valid, a leaf the tree
 * still lacked is caught up, and new requests append leaves of the new shape behind them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { isOudBlad } from '../src/logboek/blad.js';
import { beleidGeladenEntry } from '../src/logboek/geplande-entry.js';
import {
  appendLeaves,
  type Entry,
  entryTekst,
  logVerifier,
  maakCheckpoint,
  nieuweSleutel,
  type StoredNode,
  verifieerLogboek,
  webHasher,
} from '../src/logboek/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { verificatieBron } from '../src/store/verificatie-bron.js';
import { migreerTot } from './helpers/oud-schema.js';
import { alsBlad } from './helpers/signaal.js';

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-upgrade-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

const TIJD = Date.parse('2026-03-02T09:00:00.000Z');

function oudeEntry(volgnummer: number): Entry {
  return {
    volgnummer,
    tijdstip: new Date(TIJD + volgnummer).toISOString(),
    actie: 'registratie',
    partner: 'vtgv',
    gebruiker: 'medewerker-1',
    bron: 'vtgv',
    ontvanger: null,
    signaal: `00000000-0000-4000-8000-${String(volgnummer).padStart(12, '0')}`,
    gegevens: [],
    doel: 'zorgcoordinatie',
    grondslagen: [],
    regels: [],
    beleid: 'a'.repeat(64),
    verzoek: null,
    betrokkene: [],
  };
}

/** A database as release 0004 left it: three entries, the tree over the first two only. */
function oudeDatabase(pad: string): void {
  const db = new Database(pad);
  migreerTot(db, map, '0004_quota');
  const entries = [1, 2, 3].map(oudeEntry);
  const rij = db.prepare(
    'INSERT INTO logboek (volgnummer, tijdstip, actie, partner, bron, ontvanger, signaal, doel, inhoud) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const e of entries) {
    rij.run(
      e.volgnummer,
      Date.parse(e.tijdstip),
      e.actie,
      e.partner,
      e.bron,
      e.ontvanger,
      e.signaal,
      e.doel,
      entryTekst(e),
    );
  }
  const bladeren = entries
    .slice(0, 2)
    .map((e) => webHasher.leaf(new TextEncoder().encode(entryTekst(e))));
  const { nodes } = appendLeaves([] as StoredNode[], bladeren);
  const knoop = db.prepare('INSERT INTO merkle_knopen (niveau, positie, hash) VALUES (?, ?, ?)');
  for (const n of nodes) knoop.run(n.level, n.index, Buffer.from(n.hash));
  db.close();
}

describe('een logboek van voor één blad per verzoek', () => {
  it('blijft na de upgrade geldig, haalt de boom in en krijgt er nieuwe bladen achter', async () => {
    const pad = join(map, 'oud.sqlite');
    oudeDatabase(pad);
    const store = openSqliteStore(pad);
    const bladen = await store.boom.bladen(1, 100);
    expect(bladen.map((b) => [b.nummer, b.zouten, b.regels.map((r) => r.volgnummer)])).toEqual([
      [1, null, [1]],
      [2, null, [2]],
      [3, null, [3]],
    ]);
    expect(bladen.every((b) => isOudBlad(b.inhoud) && b.inhoud === b.regels[0]?.inhoud)).toBe(true);
    const sleutel = await nieuweSleutel('test.ketenpoort.example/logboek');
    // Signed over the two old leaves the stored tree had before the upgrade.
    await maakCheckpoint(store.boom, sleutel.ondertekenaar, TIJD + 10);
    const { blad } = await store.legVast(
      TIJD + 20,
      alsBlad([beleidGeladenEntry('b'.repeat(64))], ['vtgv']),
    );
    expect(blad).toBe(4);
    await maakCheckpoint(store.boom, sleutel.ondertekenaar, TIJD + 30);
    expect(await store.boom.grootte()).toBe(4);
    const log = logVerifier(sleutel.ondertekenaar);
    const uitslag = await verifieerLogboek(verificatieBron(store.boom), { log });
    expect(uitslag).toMatchObject({ geldig: true, bladen: 4, regels: 4, fouten: [] });
    expect(uitslag.checkpoints.map((c) => c.grootte)).toEqual([2, 4]);

    // An old entry changed after the upgrade is found at its leaf and its row.
    store.sqlite.exec(
      `UPDATE logboek SET inhoud = replace(inhoud, 'zorgcoordinatie', 'opsporing'), doel = 'opsporing' WHERE volgnummer = 2`,
    );
    const fout = await verifieerLogboek(verificatieBron(store.boom), { log });
    expect(fout.geldig).toBe(false);
    expect(fout.fouten[0]).toMatchObject({ plaats: 'blad 2', blad: 2 });
    expect(fout.fouten[0]?.wat).toContain('verschilt van die van regel 2');
    await store.close();
  });
});
