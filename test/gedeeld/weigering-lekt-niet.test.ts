/**
 * A weigering names a partner that holds a signal on the same person. No partner may learn
 * it: not the refused ontvanger (that is what the forbid protects), not the bron (that the
 * ontvanger holds a signal is the ontvanger's to disclose). Only the gateway's FG sees it.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/logboek/entry.js';
import { eigenDeel } from '../helpers/eigen-deel.js';
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
  // Every entry with the leaf its row says it is in, as the gateway's FG reads it.
  const alle = (await o.store.boom.rijen(1, 1000)).map(
    (r): Entry => ({ ...(JSON.parse(r.inhoud) as Entry), blad: r.blad }),
  );
  const weigeringen = alle.filter(
    (e) => e.actie === 'weigering' && e.bron === 'tmm' && e.ontvanger === 'gemeente-hilversum',
  );
  return { o, tmm, gemeente, alle, weigering: weigeringen[0]!, aantal: weigeringen.length };
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

  it('het inclusiebewijs geeft de gemeente en TMM hun eigen deel van het blad, zonder de weigering', async () => {
    const { o, gemeente, alle, weigering } = await opzet();
    // The weigering is in the leaf of the gemeente's registration.
    expect(weigering.blad).toBe(2);
    const eigen = await eigenDeel(o, 'gemeente-hilversum', weigering.blad!);
    expect(eigen.partij).toBe('gemeente-hilversum');
    expect(eigen.lijst.map((e) => [e.actie, e.signaal])).toEqual([['registratie', gemeente.id]]);
    expect(noemtTmm(eigen.tekst)).toBe(false);
    const tmm = await eigenDeel(o, 'tmm', weigering.blad!);
    expect(tmm.partij).toBe('tmm');
    expect(tmm.tekst).toBe('[]');
    // The gateway's part holds every entry of the leaf as it is, the weigering among them.
    const poort = await eigenDeel(o, 'ketenpoort-fg', weigering.blad!);
    expect(poort.partij).toBe('ketenpoort');
    const { blad: _, ...tekst } = weigering;
    expect(poort.lijst).toContainEqual(tekst);
    expect(poort.lijst).toEqual(
      alle.filter((e) => e.blad === weigering.blad).map(({ blad: __, ...e }) => e),
    );
    expect(noemtTmm(poort.tekst)).toBe(true);
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
