/**
 * The invariant: nothing is disclosed unless its logboek entry is committed first,
 * with a grondslag, a rule id and the policy hash. A storage failure between decision
 * and commit yields an error and no disclosure.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';

const PARTNERS = [
  'gemeente-hilversum',
  'vtgv',
  'zorgcoordinator-gv',
  'nla-toezicht',
  'tmm',
  'riec-mn',
  'vtu',
];
const VORMEN = ['seksuele_uitbuiting', 'arbeidsuitbuiting', 'criminele_uitbuiting'];

function body(o: Omgeving, partner: string, i: number) {
  const doel = [...o.beleid.doelen.keys()].find((d) => o.beleid.magOntvangen(partner, d));
  return {
    pseudoniemen: [o.pseudoniem('telefoon', '06-55500001'), o.pseudoniem('kvk', `1234567${i % 3}`)],
    rol: 'slachtoffer',
    uitbuitingsvormen: [VORMEN[i % VORMEN.length]],
    sterkte: i % 2 ? 'hard' : 'zacht',
    gemeente: o.beleid.partners.get(partner)?.gemeenten[0],
    doel,
  };
}

describe('logboek voor verstrekking', () => {
  it('elk getoond overlap-item en elke melding heeft een vastgelegde logboekregel met grondslag, regel en beleidshash', async () => {
    const o = await maakOmgeving();
    const getoond: Array<{ logboekId: number; ontvanger: string }> = [];
    const gestapeld: Array<{ logboekId: number; ontvanger: string }> = [];
    const voorgesteld: Array<{ logboekId: number; ontvanger: string }> = [];
    const ids: Record<string, string> = {};
    for (const [i, partner] of PARTNERS.entries()) {
      const r = await o.vraag(partner, 'POST', '/v1/signalen', body(o, partner, i));
      expect(r.status).toBe(201);
      const inhoud = await r.json();
      ids[partner] = inhoud.id;
      for (const item of inhoud.overlap)
        getoond.push({ logboekId: item.logboekId, ontvanger: partner });
    }
    for (const partner of PARTNERS) {
      const inbox = await (await o.vraag(partner, 'GET', '/v1/meldingen')).json();
      for (const m of inbox.meldingen) {
        // Issue 17: these registrations also complete a stapel; its notice is a stapel entry.
        if (m.stapel) gestapeld.push({ logboekId: m.stapel.logboekId, ontvanger: partner });
        // ... and propose the default regisseur of a casus they form: a regie entry.
        else if (m.regievoorstel)
          voorgesteld.push({ logboekId: m.regievoorstel.logboekId, ontvanger: partner });
        else getoond.push({ logboekId: m.overlap.logboekId, ontvanger: partner });
      }
      const overlap = await (
        await o.vraag(partner, 'GET', `/v1/signalen/${ids[partner]}/overlap`)
      ).json();
      for (const item of overlap.overlap)
        getoond.push({ logboekId: item.logboekId, ontvanger: partner });
    }
    expect(getoond.length).toBeGreaterThan(3);
    // `logboekId` is the leaf of the request; every item shown to a partner is one
    // verstrekking to that partner in that leaf, committed before it was shown.
    const alle = await o.store.logboek(1, 10_000);
    const log = new Map(alle.map((e) => [e.volgnummer, e]));
    const perBlad = new Map<number, typeof alle>();
    for (const b of await o.store.boom.bladen(1, 10_000)) {
      perBlad.set(
        b.nummer,
        b.regels.map((r) => log.get(r.volgnummer)!),
      );
    }
    const geteld = new Map<string, number>();
    for (const { logboekId, ontvanger } of getoond) {
      const sleutel = `${logboekId}:${ontvanger}`;
      geteld.set(sleutel, (geteld.get(sleutel) ?? 0) + 1);
    }
    for (const [sleutel, aantal] of geteld) {
      const [blad, ontvanger] = sleutel.split(':') as [string, string];
      const verstrekkingen = (perBlad.get(Number(blad)) ?? []).filter(
        (e) => e.actie === 'verstrekking' && e.ontvanger === ontvanger,
      );
      expect(verstrekkingen.length, `blad ${blad} aan ${ontvanger}`).toBeGreaterThanOrEqual(aantal);
      for (const e of verstrekkingen) {
        expect(e).toMatchObject({ beleid: o.beleid.hash });
        expect(e.grondslagen.length).toBeGreaterThan(0);
        expect(e.regels.length).toBeGreaterThan(0);
        expect(e.gegevens).toContain('bestaan');
      }
    }
    for (const { logboekId, ontvanger } of gestapeld) {
      const stapel = (perBlad.get(logboekId) ?? []).filter(
        (e) => e.actie === 'stapel' && e.ontvanger === ontvanger,
      );
      expect(stapel, `stapel in blad ${logboekId}`).toHaveLength(1);
      expect(stapel[0]?.regels.length).toBeGreaterThan(1);
      expect(stapel[0]?.grondslagen.length).toBeGreaterThan(0);
    }
    expect(voorgesteld.length).toBeGreaterThan(0);
    for (const { logboekId, ontvanger } of voorgesteld) {
      const regie = (perBlad.get(logboekId) ?? []).filter(
        (e) => e.actie === 'regie' && e.ontvanger === ontvanger,
      );
      expect(regie, `regievoorstel in blad ${logboekId}`).toHaveLength(1);
      expect(regie[0]).toMatchObject({ gegevens: ['regievoorstel'], partner: 'ketenpoort' });
      expect(regie[0]?.regels.length).toBeGreaterThan(0);
      expect(regie[0]?.grondslagen.length).toBeGreaterThan(0);
    }
    const volgnummers = [...log.keys()];
    expect(volgnummers).toEqual(volgnummers.map((_, i) => i + 1));
  });

  it('een opslagfout tussen besluit en vastleggen geeft een fout en geen verstrekking', async () => {
    const o = await maakOmgeving();
    const gemeente = await o.vraag(
      'gemeente-hilversum',
      'POST',
      '/v1/signalen',
      body(o, 'gemeente-hilversum', 0),
    );
    expect(gemeente.status).toBe(201);
    const voor = await o.store.logboek(1, 100);
    // Fail the writes that follow the decision: the verstrekking entries and the inbox insert.
    await o.store.exec(
      "CREATE TRIGGER storing BEFORE INSERT ON meldingen BEGIN SELECT RAISE(ABORT, 'schijf vol'); END",
    );
    await o.store.exec(
      "CREATE TRIGGER storing2 BEFORE INSERT ON logboek WHEN NEW.actie = 'verstrekking' BEGIN SELECT RAISE(ABORT, 'schijf vol'); END",
    );
    const r = await o.vraag('vtgv', 'POST', '/v1/signalen', body(o, 'vtgv', 1));
    expect(r.status).toBe(500);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const tekst = await r.text();
    expect(tekst).not.toContain('schijf vol');
    expect(tekst).not.toContain('overlap');
    expect(JSON.parse(tekst).detail).toContain('niets verstrekt');
    expect(o.fouten).toHaveLength(1);
    expect(await o.store.logboek(1, 100)).toEqual(voor);
    expect(await o.store.sql('SELECT count(*) AS n FROM signalen')).toEqual([{ n: 1 }]);
    await o.store.exec('DROP TRIGGER storing');
    await o.store.exec('DROP TRIGGER storing2');
    const inbox = await (await o.vraag('gemeente-hilversum', 'GET', '/v1/meldingen')).json();
    expect(inbox.meldingen).toEqual([]);
  });
});
