/**
 * A weigering names a partner that holds a signal on the same person. No partner may learn
 * it: not the refused ontvanger (that is what the forbid protects), not the bron (that the
 * ontvanger holds a signal is the ontvanger's to disclose). Only the gateway's FG sees it.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/logboek/entry.js';
import { maakOmgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

/** TMM has a hard signal (an investigation); then the gemeente registers the same person. */
async function opzet() {
  const o = await maakOmgeving();
  const tmm = await registreer(
    o,
    'tmm',
    signaal(o, {
      sterkte: 'hard',
      doel: 'opsporing',
      pseudoniemen: [o.pseudoniem('bsn', '111222333')],
    }),
  );
  const gemeente = await registreer(
    o,
    'gemeente-hilversum',
    signaal(o, { pseudoniemen: [o.pseudoniem('bsn', '111222333')] }),
  );
  const weigeringen = (await o.store.logboek(1, 1000)).filter(
    (e) => e.actie === 'weigering' && e.bron === 'tmm' && e.ontvanger === 'gemeente-hilversum',
  );
  return { o, tmm, gemeente, weigering: weigeringen[0]!, aantal: weigeringen.length };
}

const noemtTmm = (tekst: string) => tekst.includes('"tmm"') || tekst.includes('tmm-');

describe('een weigering blijft bij de FG van de poort', () => {
  it('de gemeente krijgt geen overlap, en de weigering staat wel in het logboek', async () => {
    const { gemeente, aantal } = await opzet();
    expect(gemeente.overlap).toEqual([]);
    expect(aantal).toBe(1);
  });

  it.each(['gemeente-hilversum-fg', 'tmm-fg'])(
    '%s vindt de weigering niet via GET /v1/logboek',
    async (fg) => {
      const { o } = await opzet();
      const r = await o.vraag(fg, 'GET', '/v1/logboek?actie=weigering');
      expect(r.status).toBe(200);
      expect((await r.json()).regels).toEqual([]);
      const alles = await (await o.vraag(fg, 'GET', '/v1/logboek')).json();
      expect((alles.regels as Entry[]).some((e) => e.actie === 'weigering')).toBe(false);
    },
  );

  it('de FG van de poort vindt hem wel', async () => {
    const { o, weigering } = await opzet();
    const r = await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek?actie=weigering');
    expect((await r.json()).regels).toContainEqual(weigering);
  });

  it('het inclusiebewijs geeft de gemeente het bewijs, maar niet de regel zelf', async () => {
    const { o, weigering } = await opzet();
    const r = await o.vraag(
      'gemeente-hilversum',
      'GET',
      `/v1/logboek/inclusiebewijs/${weigering.volgnummer}`,
    );
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.leafHash).toEqual(expect.any(String));
    expect(body.regel).toBeUndefined();
    expect(noemtTmm(JSON.stringify(body))).toBe(false);
  });

  it('een inzage door de FG van de gemeente noemt TMM niet', async () => {
    const { o } = await opzet();
    const r = await o.vraag('gemeente-hilversum-fg', 'POST', '/v1/inzage', {
      pseudoniemen: [o.pseudoniem('bsn', '111222333')],
    });
    expect(r.status).toBe(200);
    expect(noemtTmm(JSON.stringify(await r.json()))).toBe(false);
  });
});
