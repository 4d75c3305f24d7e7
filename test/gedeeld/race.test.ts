/**
 * Racing registrations: N partners register the same pseudonym at the same moment.
 * Every pair must be matched exactly once (never lost, never twice), and the logboek
 * volgnummers stay gap-free. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving } from '../helpers/omgeving.js';

const PARTNERS = ['gemeente-hilversum', 'vtgv', 'zorgcoordinator-gv', 'tmm', 'riec-mn', 'vtu'];

describe('gelijktijdige registraties', () => {
  it('geven precies de paarsgewijze matches', async () => {
    const o = await maakOmgeving();
    const pseudoniem = o.pseudoniem('telefoon', '06-55507777');
    const antwoorden = await Promise.all(
      PARTNERS.map(async (partner) => {
        const doel = [...o.beleid.doelen.keys()].find((d) => o.beleid.magOntvangen(partner, d));
        const r = await o.klant(partner).signalen.$post({
          json: {
            pseudoniemen: [pseudoniem],
            rol: 'slachtoffer',
            uitbuitingsvormen: ['criminele_uitbuiting'],
            sterkte: 'hard',
            gemeente: o.beleid.partners.get(partner)?.gemeenten[0] ?? '',
            doel: doel ?? '',
          },
        });
        if (r.status !== 201) throw new Error(`status ${r.status}`);
        return { partner, id: (await r.json()).id };
      }),
    );
    const log = await o.store.logboek(1, 10_000);
    expect(log.map((e) => e.volgnummer)).toEqual(log.map((_, i) => i + 1));
    // The decision about what the later registrant learns of the earlier signal is logged
    // once per pair (as verstrekking or weigering), by the later registrant itself.
    const antwoordRegels = log.filter(
      (e) => (e.actie === 'verstrekking' || e.actie === 'weigering') && e.partner === e.ontvanger,
    );
    for (const [i, a] of antwoorden.entries()) {
      for (const b of antwoorden.slice(i + 1)) {
        const paar = antwoordRegels.filter(
          (e) =>
            (e.signaal === a.id && e.ontvanger === b.partner) ||
            (e.signaal === b.id && e.ontvanger === a.partner),
        );
        expect(paar, `${a.partner} en ${b.partner}`).toHaveLength(1);
      }
    }
    const n = PARTNERS.length;
    expect(antwoordRegels).toHaveLength((n * (n - 1)) / 2);
  });
});
