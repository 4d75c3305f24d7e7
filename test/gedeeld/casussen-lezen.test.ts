/**
 * GET /v1/signalen/{id}/casussen (issue 17) under the quota and without needless leaves, in
 * both runtimes: every try counts against the quota of overlapvragen (shared with the overlap
 * read), a refused try logs nothing, and a repeated read whose answer and disclosures did not
 * change answers with the leaf of the first and does not grow the logboek; once the answer
 * changes (a regie becomes visible), the next read logs it in a new leaf.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving, quotaYaml } from '../helpers/omgeving.js';
import { casussen, GEMEENTE, grootte, meld, stelVoor, ZC } from '../helpers/regie.js';

/** The size of the logboek as the gemeente reads it, and the number of stored entries. */
async function stand(o: Omgeving) {
  const [rij] = await o.store.sql('SELECT count(*) AS n FROM logboek');
  return { bladen: await grootte(o, GEMEENTE), entries: Number(rij?.n) };
}

describe('GET /v1/signalen/{id}/casussen onder het quotum', () => {
  it('telt als overlapvraag; boven het quotum 429 en niets vastgelegd', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ overlapvragen: { uur: 2, dag: 10 } }) });
    const g = await meld(o, GEMEENTE);
    await meld(o, ZC);
    expect((await o.vraag(GEMEENTE, 'GET', `/v1/signalen/${g}/overlap`)).status).toBe(200);
    expect((await o.vraag(GEMEENTE, 'GET', `/v1/signalen/${g}/casussen`)).status).toBe(200);
    const voor = await stand(o);
    const r = await o.vraag(GEMEENTE, 'GET', `/v1/signalen/${g}/casussen`);
    expect(r.status).toBe(429);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.headers.get('retry-after')).toBe('3600');
    const body = await r.json();
    expect(body.detail).toContain('overlapvragen');
    expect(body.casussen).toBeUndefined();
    expect(await stand(o)).toEqual(voor);
    // Another partner's quota is its own.
    const z = (await o.store.sql('SELECT id FROM signalen WHERE partner = ?', ZC))[0]?.id;
    expect((await o.vraag(ZC, 'GET', `/v1/signalen/${z}/casussen`)).status).toBe(200);
  });

  it('ook een vraag naar een onbekend id telt als poging', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ overlapvragen: { uur: 1, dag: 10 } }) });
    const onbekend = '/v1/signalen/00000000-0000-4000-8000-000000000000/casussen';
    expect((await o.vraag(GEMEENTE, 'GET', onbekend)).status).toBe(404);
    expect((await o.vraag(GEMEENTE, 'GET', onbekend)).status).toBe(429);
  });
});

describe('een herhaalde vraag met hetzelfde antwoord', () => {
  it('laat het logboek niet groeien; een nieuw antwoord wel, één keer', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const eerste = await casussen(o, GEMEENTE, g);
    const na = await stand(o);
    const tweede = await casussen(o, GEMEENTE, g);
    expect(tweede).toEqual(eerste);
    expect(await stand(o)).toEqual(na);
    // ZC takes regie: the gemeente hears of it in its inbox; its next read shows it again, a
    // new disclosure in a new leaf; the read after that is unchanged and logs nothing.
    const casus = eerste.casussen[0]?.id as string;
    expect((await stelVoor(o, ZC, z, casus, { naar: ZC, doel: 'zorgcoordinatie' })).status).toBe(
      201,
    );
    const voorRegie = await stand(o);
    const derde = await casussen(o, GEMEENTE, g);
    expect(derde.casussen[0]?.regie).toMatchObject({ belegd: true, regisseur: { id: ZC } });
    const metRegie = await stand(o);
    expect(metRegie.bladen).toBe(voorRegie.bladen + 1);
    expect(derde.logboekId).toBe(metRegie.bladen);
    expect(metRegie.entries).toBe(voorRegie.entries + 1);
    const [laatste] = (await o.store.logboek(metRegie.entries, 1)).slice(-1);
    expect([laatste?.actie, laatste?.bron, laatste?.ontvanger]).toEqual(['regie', ZC, GEMEENTE]);
    const vierde = await casussen(o, GEMEENTE, g);
    expect(vierde).toEqual(derde);
    expect(await stand(o)).toEqual(metRegie);
  });
});
