/**
 * Termijnen (issue 17) in both runtimes, with a faked clock: an overdracht not answered within
 * its werkdagen is reported exactly once, on the right working day, over Koningsdag and over
 * Easter; the escalation partner hears of it only under two keys (the owner's rule and the late
 * recipient's rule), and not at all where it may not receive for the doel. The watch is
 * `bewaakTermijnen`, which the hourly job (Node timer, Worker cron) runs.
 */
import { describe, expect, it } from 'vitest';
import { bewaakTermijnen } from '../../src/use-cases/termijnen-bewaken.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { GEMEENTE, inbox, meld, ZC } from '../helpers/regie.js';

const termijnen = (escalatie: string, overdracht: number) => ({
  pad: 'termijnen.yaml',
  tekst: `termijnen:\n  overdracht: ${overdracht}\nescalatie: ${escalatie}\ngelijkgesteld: []\n`,
});

/** A gemeente signal handed to the zorgcoördinator at `op` (ms); nobody answers. */
async function overdrachtOp(o: Omgeving, op: number): Promise<string> {
  o.zetKlok(op);
  const g = await meld(o, GEMEENTE);
  const r = await o.vraag(GEMEENTE, 'POST', `/v1/signalen/${g}/overdrachten`, {
    naar: ZC,
    doel: 'zorgcoordinatie',
  });
  expect(r.status).toBe(201);
  return (await r.json()).id;
}

const bewaak = (o: Omgeving, iso: string) =>
  bewaakTermijnen(o.store, o.beleid, Date.parse(iso), o.diensten.willekeurig);

describe('termijn van een overdracht', () => {
  it('over Koningsdag: precies één melding, bij het begin van de juiste werkdag', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('meldpunt', 2)] });
    const id = await overdrachtOp(o, Date.parse('2026-04-24T10:00:00Z'));
    // Werkdagen: Tuesday 28 and Wednesday 29 April (Monday 27 is Koningsdag).
    expect(await bewaak(o, '2026-04-27T12:00:00Z')).toBe(0);
    expect(await bewaak(o, '2026-04-29T21:59:59Z')).toBe(0);
    expect(await bewaak(o, '2026-04-29T22:00:00Z')).toBe(1);
    expect(await bewaak(o, '2026-04-30T09:00:00Z')).toBe(0);
    expect(await bewaak(o, '2026-05-06T09:00:00Z')).toBe(0);
    const termijn = (await inbox(o, GEMEENTE)).filter((m) => m.termijn);
    expect(termijn).toHaveLength(1);
    expect(termijn[0]?.termijn).toMatchObject({
      soort: 'overdracht',
      overdracht: id,
      verstrekenOp: '2026-04-29T22:00:00.000Z',
    });
    // Veilig Thuis, the meldpunt, may not receive for zorgcoördinatie: no escalation.
    expect((await inbox(o, 'vtgv')).filter((m) => m.escalatie)).toEqual([]);
    const entries = (await o.store.logboek(1, 1000)).filter((e) => e.actie === 'termijn');
    expect(entries.map((e) => e.ontvanger)).toEqual([GEMEENTE]);
  });

  it('over Pasen: één werkdag vanaf Witte Donderdag verstrijkt pas woensdag', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('meldpunt', 1)] });
    await overdrachtOp(o, Date.parse('2026-04-02T12:00:00Z'));
    expect(await bewaak(o, '2026-04-06T12:00:00Z')).toBe(0);
    expect(await bewaak(o, '2026-04-07T21:59:59Z')).toBe(0);
    expect(await bewaak(o, '2026-04-07T22:00:00Z')).toBe(1);
    expect(await bewaak(o, '2026-04-08T22:00:00Z')).toBe(0);
    expect((await inbox(o, GEMEENTE)).filter((m) => m.termijn)).toHaveLength(1);
  });

  it('een beantwoorde overdracht verstrijkt niet', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('meldpunt', 1)] });
    const id = await overdrachtOp(o, Date.parse('2026-04-02T12:00:00Z'));
    const a = await o.vraag(ZC, 'POST', `/v1/overdrachten/${id}/antwoord`, {
      antwoord: 'aangenomen',
    });
    expect(a.status).toBe(200);
    expect(await bewaak(o, '2026-05-01T12:00:00Z')).toBe(0);
  });

  it('de escalatiepartner hoort het onder beide sleutels, met wie de regels noemen', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen', 1)] });
    await overdrachtOp(o, Date.parse('2026-04-02T12:00:00Z'));
    expect(await bewaak(o, '2026-04-07T22:00:00Z')).toBe(1);
    const escalaties = (await inbox(o, 'gemeente-huizen')).filter((m) => m.escalatie);
    expect(escalaties).toHaveLength(1);
    expect(escalaties[0]?.signaal).toBeUndefined();
    expect(escalaties[0]?.escalatie).toMatchObject({
      soort: 'overdracht',
      doel: 'zorgcoordinatie',
      van: { id: GEMEENTE },
      naar: { id: ZC },
    });
    const entry = (await o.store.logboek(1, 1000)).find(
      (e) => e.actie === 'termijn' && e.ontvanger === 'gemeente-huizen',
    );
    expect(entry?.regels).toEqual(['gemeente-onderling', 'zc-gemeenten']);
  });
});
