/**
 * A signal for more than one doel (issue 16 item 5): a gemeente that wants both
 * zorgcoördinatie and casusoverleg registers once with `doelen`. Every match is decided per
 * doel and logged per doel with its rules and grondslagen, all in the one leaf of the request;
 * the single `doel` form answers exactly as before. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/logboek/entry.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const GEMEENTE = 'gemeente-hilversum';
/** Its rule toward the gemeente covers zorgcoördinatie only (zc-gemeenten). */
const ZC = 'zorgcoordinator-gv';
/** Its rule toward the gemeente covers casusoverleg only (riec-casusoverleg). */
const RIEC = 'riec-mn';
const DOELEN = ['zorgcoordinatie', 'casusoverleg'];

/** X and Y hold a signal on the test person, each for a doel of its own. */
async function xEnY(o: Omgeving) {
  const doelVan = (p: string) =>
    [...o.beleid.doelen.keys()].find((d) => o.beleid.magOntvangen(p, d));
  await registreer(o, ZC, signaal(o, { doel: doelVan(ZC) }));
  await registreer(o, RIEC, signaal(o, { doel: doelVan(RIEC) }));
}

const tussen = (log: Entry[], bron: string, doel: string) =>
  log.filter((e) => e.bron === bron && e.ontvanger === GEMEENTE && e.doel === doel);

describe('registratie voor meer doelen', () => {
  it('beslist elke overlap per doel en legt elk besluit vast met zijn grondslag', async () => {
    const o = await maakOmgeving();
    await xEnY(o);
    const reg = await registreer(o, GEMEENTE, signaal(o, { doel: undefined, doelen: DOELEN }));
    const items = reg.overlap.map((i) => ({
      partner: (i.partner as { id: string }).id,
      doel: i.doel,
    }));
    expect(items).toEqual(
      expect.arrayContaining([
        { partner: ZC, doel: 'zorgcoordinatie' },
        { partner: RIEC, doel: 'casusoverleg' },
      ]),
    );
    expect(items).toHaveLength(2);
    const log = await o.store.logboek(1, 1000);
    const eigen = log.find((e) => e.actie === 'registratie' && e.signaal === reg.id);
    const blad = log.filter((e) => e.blad === eigen?.blad);
    // Per doel, per other signal: one decision, all in the one leaf of this request.
    expect(tussen(blad, ZC, 'zorgcoordinatie')).toMatchObject([
      { actie: 'verstrekking', regels: ['zc-gemeenten'] },
    ]);
    expect(tussen(blad, ZC, 'casusoverleg')).toMatchObject([{ actie: 'weigering' }]);
    expect(tussen(blad, RIEC, 'casusoverleg')).toMatchObject([
      { actie: 'verstrekking', regels: ['riec-casusoverleg'] },
    ]);
    expect(tussen(blad, RIEC, 'zorgcoordinatie')).toMatchObject([{ actie: 'weigering' }]);
    for (const e of blad.filter((x) => x.actie === 'verstrekking')) {
      expect(e.grondslagen.length, e.regels.join()).toBeGreaterThan(0);
    }
    // The same answer when the gemeente asks again, and its signal names both doelen.
    const opnieuw = await o.vraag(GEMEENTE, 'GET', `/v1/signalen/${reg.id}/overlap`);
    const body = await opnieuw.json();
    expect(body.overlap.map((i: { doel: string }) => i.doel).sort()).toEqual([
      'casusoverleg',
      'zorgcoordinatie',
    ]);
    const gelezen = await (await o.vraag(GEMEENTE, 'GET', `/v1/signalen/${reg.id}`)).json();
    expect(gelezen).toMatchObject({ doel: 'zorgcoordinatie', doelen: DOELEN });
  });

  it('met één doel is het antwoord zoals altijd: geen doel in de items', async () => {
    const o = await maakOmgeving();
    await xEnY(o);
    const reg = await registreer(o, GEMEENTE, signaal(o, { doel: 'zorgcoordinatie' }));
    expect(reg.overlap).toHaveLength(1);
    expect(reg.overlap[0]).not.toHaveProperty('doel');
    const gelezen = await (await o.vraag(GEMEENTE, 'GET', `/v1/signalen/${reg.id}`)).json();
    expect(gelezen).not.toHaveProperty('doelen');
  });

  it.each([
    ['doel en doelen samen', { doel: 'zorgcoordinatie', doelen: DOELEN }, 400],
    ['geen doel', { doel: undefined }, 400],
    ['een doel twee keer', { doel: undefined, doelen: ['casusoverleg', 'casusoverleg'] }, 400],
    [
      'een doel dat de partner niet mag ontvangen',
      { doel: undefined, doelen: ['zorgcoordinatie', 'opsporing'] },
      422,
    ],
  ])('weigert %s zonder iets vast te leggen', async (_n, extra, status) => {
    const o = await maakOmgeving();
    const voor = (await o.store.logboek(1, 1000)).length;
    const r = await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o, extra));
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect((await o.store.logboek(1, 1000)).length).toBe(voor);
  });
});
