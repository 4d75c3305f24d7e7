/**
 * Migration 0009 adds the inzage's index (the stored pseudonyms beside each opening) and fills
 * it for the openings already there, from the pseudonyms of the signal each entry is about: an
 * inzage after the upgrade finds the same entries as one on a log written with the index (but
 * earlier inzages, whose pseudonyms were never stored).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from './helpers/omgeving.js';
import { registreer, signaal } from './helpers/signalen.js';

const persoon = (o: Omgeving) => [
  o.pseudoniem('persoon', 'Bakker-Test|1991-07-15'),
  o.pseudoniem('telefoon', '06-55509876'),
];

/** The volgnummers of what the gateway's FG gets back for the test person, but earlier inzages. */
async function gevonden(o: Omgeving) {
  const r = await o.vraag('ketenpoort-fg', 'POST', '/v1/inzage', { pseudoniemen: persoon(o) });
  expect(r.status).toBe(200);
  type Regel = { volgnummer: number; actie: string };
  const b = (await r.json()) as Record<'rapport' | 'overig', Regel[]>;
  return [...b.rapport, ...b.overig]
    .filter((e) => e.actie !== 'inzage')
    .map((e) => e.volgnummer)
    .sort((x, y) => x - y);
}

describe('migratie 0009: de index van de inzage', () => {
  it('vult de index voor bestaande openingen, zodat een inzage na de upgrade dezelfde regels vindt', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', signaal(o));
    await registreer(o, 'vtgv', signaal(o, { doel: 'veiligheidsbeoordeling' }));
    const met = await gevonden(o);
    const registraties = (await o.store.logboek(1, 1000))
      .filter((e) => e.actie !== 'inzage' && e.actie !== 'beleid-geladen')
      .map((e) => e.volgnummer);
    expect(met).toEqual(registraties);
    // As a log from before the index: no index rows; then nothing is found.
    await o.store.exec('DELETE FROM opening_pseudoniemen');
    expect(await gevonden(o)).toEqual([]);
    // The migration's data statement restores what the index finds.
    const sql = readFileSync('src/store/migrations/0009_opening_pseudoniemen.sql', 'utf8');
    const vullen = sql.split('--> statement-breakpoint').at(-1)!;
    expect(vullen).toContain('INSERT OR IGNORE INTO `opening_pseudoniemen`');
    // Since migration 0020 the pseudonyms are keyed by their signal's volgorde: the statement
    // runs with only its join on the signal translated to that key.
    const oudeJoin = 'JOIN `pseudoniemen` p ON p.`signaal_id` = l.`signaal`';
    expect(vullen).toContain(oudeJoin);
    await o.store.exec(
      vullen.replace(
        oudeJoin,
        'JOIN `signalen` s ON s.`id` = l.`signaal` JOIN `pseudoniemen` p ON p.`signaal` = s.`volgorde`',
      ),
    );
    expect(await gevonden(o)).toEqual(met);
  });
});
