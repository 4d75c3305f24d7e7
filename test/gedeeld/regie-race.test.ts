/**
 * Two partners claiming regie of one casus at the same moment (issue 17): exactly one wins,
 * with one regie row and one claim in the logboek; the loser gets a Dutch 409 that names no
 * partner. Also through the store directly, with two claims planned on the same stale read:
 * the database refuses one whole. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { casussen as casussenVan } from '../../src/matching/casus.js';
import { RegieAlBeslist } from '../../src/matching/regie.js';
import { planVoorstel } from '../../src/matching/regie-plan.js';
import { maakOmgeving } from '../helpers/omgeving.js';
import { casussen, GEMEENTE, meld, stelVoor, ZC } from '../helpers/regie.js';

describe('gelijktijdige claims op de regie van één casus', () => {
  it('precies één wint; de ander krijgt 409 zonder naam en er verandert niets', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
    const voor = (await o.store.logboek(1, 1000)).length;
    const uit = await Promise.all([
      stelVoor(o, GEMEENTE, g, casus, { naar: GEMEENTE, doel: 'zorgcoordinatie' }),
      stelVoor(o, ZC, z, casus, { naar: ZC, doel: 'zorgcoordinatie' }),
    ]);
    expect(uit.map((r) => r.status).sort()).toEqual([201, 409]);
    const winnaar = uit[0]?.status === 201 ? GEMEENTE : ZC;
    const verliezer = uit.find((r) => r.status === 409);
    expect(verliezer?.headers.get('content-type')).toContain('application/problem+json');
    const probleem = await verliezer?.text();
    expect(probleem).toContain('Regie is al beslist');
    for (const naam of [GEMEENTE, ZC, 'Gemeente Hilversum', 'Zorgcoördinatie']) {
      expect(probleem).not.toContain(naam);
    }
    expect((await o.store.regie(casus))?.regisseur).toBe(winnaar);
    const nieuw = (await o.store.logboek(1, 1000)).slice(voor);
    const claims = nieuw.filter((e) => e.actie === 'regie' && e.ontvanger === null);
    expect(claims.map((e) => e.bron)).toEqual([winnaar]);
  });

  it('de opslag weigert een claim die op een verouderde lezing is gepland', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    await meld(o, ZC);
    // Both claims read the casus while nobody leads it.
    const leden = await o.store.casusLeden(g, Date.now());
    const [casus] = casussenVan(leden, o.diensten.uitgesloten);
    if (!casus) throw new Error('geen casus');
    expect(await o.store.regie(casus.id)).toBeUndefined();
    const plannen = [GEMEENTE, ZC].map((partner) => {
      const van = casus.leden.find((s) => s.partner === partner);
      if (!van) throw new Error('geen lid');
      const entry = { partner, gebruiker: 'medewerker-1', beleid: o.beleid.hash, verzoek: null };
      const ctx = { beleid: o.beleid, entry, willekeurig: o.diensten.willekeurig };
      return planVoorstel(ctx, {
        id: crypto.randomUUID(),
        casus,
        van,
        naar: partner,
        doel: 'zorgcoordinatie',
        regie: undefined,
        nu: Date.now(),
      });
    });
    const uitkomsten = await Promise.allSettled(plannen.map((p) => o.store.legVast(Date.now(), p)));
    const mislukt = uitkomsten.filter((u) => u.status === 'rejected');
    expect(uitkomsten.filter((u) => u.status === 'fulfilled')).toHaveLength(1);
    expect(mislukt).toHaveLength(1);
    expect((mislukt[0] as PromiseRejectedResult).reason).toBeInstanceOf(RegieAlBeslist);
    const log = await o.store.logboek(1, 1000);
    expect(log.filter((e) => e.actie === 'regie' && e.ontvanger === null)).toHaveLength(1);
    expect(log.map((e) => e.volgnummer)).toEqual(log.map((_, i) => i + 1));
    const winnaar = uitkomsten[0]?.status === 'fulfilled' ? GEMEENTE : ZC;
    expect((await o.store.regie(casus.id))?.regisseur).toBe(winnaar);
  });
});
