/**
 * Terugkoppeling (issue 16) through the API in both runtimes: a status reaches a linked
 * partner only where the owner's rule grants `terugkoppeling` for that status, and a status
 * a partner may not see, or whose view does not change, leaves its inbox untouched.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

type Bericht = Record<string, Record<string, unknown> | string | number | undefined>;

async function inbox(o: Omgeving, partner: string): Promise<Bericht[]> {
  const r = await o.vraag(partner, 'GET', '/v1/meldingen');
  expect(r.status).toBe(200);
  return (await r.json()).meldingen as Bericht[];
}

async function zet(o: Omgeving, partner: string, id: string, body: unknown) {
  const r = await o.vraag(partner, 'PUT', `/v1/signalen/${id}/status`, body);
  const inhoud = await r.json();
  expect(r.status, JSON.stringify(inhoud)).toBe(200);
  return inhoud as { logboekId: number };
}

/** The gemeente and then the zorgcoördinator register the same person: a match both ways. */
async function gematcht(o: Omgeving) {
  await registreer(o, 'gemeente-hilversum', signaal(o));
  return registreer(o, 'zorgcoordinator-gv', signaal(o));
}

describe('PUT /v1/signalen/{id}/status', () => {
  it('bereikt een gekoppelde partner alleen met een status die de regel toestaat', async () => {
    const o = await maakOmgeving();
    const zc = await gematcht(o);
    const voor = await inbox(o, 'gemeente-hilversum');
    // zc-gemeenten lists no 'ontvangen': the gemeente sees nothing, not even a count.
    await zet(o, 'zorgcoordinator-gv', zc.id, { status: 'ontvangen' });
    expect(await inbox(o, 'gemeente-hilversum')).toEqual(voor);
    const { logboekId } = await zet(o, 'zorgcoordinator-gv', zc.id, { status: 'hulp_gestart' });
    const na = await inbox(o, 'gemeente-hilversum');
    expect(na.length).toBe(voor.length + 1);
    expect(na.at(-1)?.terugkoppeling).toMatchObject({
      partner: { id: 'zorgcoordinator-gv' },
      status: 'hulp_gestart',
      logboekId,
    });
    expect(JSON.stringify(na.at(-1))).not.toContain(zc.id);
    const log = await o.store.logboek(1, 1000);
    const entry = log.find((e) => e.actie === 'terugkoppeling');
    expect(entry).toMatchObject({
      partner: 'zorgcoordinator-gv',
      bron: 'zorgcoordinator-gv',
      ontvanger: 'gemeente-hilversum',
      regels: ['zc-gemeenten'],
      doel: 'zorgcoordinatie',
    });
    expect(entry?.grondslagen).toContain('college-opdracht');
    expect(log.filter((e) => e.actie === 'status')).toHaveLength(2);
  });

  it('een gelijke status opnieuw geeft geen bericht', async () => {
    const o = await maakOmgeving();
    const zc = await gematcht(o);
    await zet(o, 'zorgcoordinator-gv', zc.id, { status: 'in_behandeling' });
    const voor = await inbox(o, 'gemeente-hilversum');
    await zet(o, 'zorgcoordinator-gv', zc.id, { status: 'in_behandeling' });
    expect(await inbox(o, 'gemeente-hilversum')).toEqual(voor);
    await zet(o, 'zorgcoordinator-gv', zc.id, { status: 'afgesloten', uitkomst: 'hulp_geboden' });
    expect((await inbox(o, 'gemeente-hilversum')).at(-1)?.terugkoppeling).toMatchObject({
      status: 'afgesloten',
      uitkomst: 'hulp_geboden',
    });
  });

  it('zonder terugkoppeling in de regel hoort de gekoppelde partner niets', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', signaal(o));
    // vtgv-gemeenten-zorg gives the gemeente bestaan, partner and contact, no terugkoppeling.
    const vt = await registreer(o, 'vtgv', signaal(o, { doel: 'signalering' }));
    const voor = await inbox(o, 'gemeente-hilversum');
    expect(voor.length).toBeGreaterThan(0);
    await zet(o, 'vtgv', vt.id, { status: 'veiligheidsbeoordeling_afgerond' });
    expect(await inbox(o, 'gemeente-hilversum')).toEqual(voor);
    const log = await o.store.logboek(1, 1000);
    expect(log.some((e) => e.actie === 'terugkoppeling')).toBe(false);
  });

  it('bereikt de overdrager van een aangenomen overdracht', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await o.vraag('gemeente-hilversum', 'POST', `/v1/signalen/${id}/overdrachten`, {
      naar: 'zorgcoordinator-gv',
      doel: 'zorgcoordinatie',
    });
    const { id: overdracht } = await r.json();
    const a = await o.vraag(
      'zorgcoordinator-gv',
      'POST',
      `/v1/overdrachten/${overdracht}/antwoord`,
      {
        antwoord: 'aangenomen',
      },
    );
    const { signaal: eigen } = await a.json();
    await zet(o, 'zorgcoordinator-gv', eigen.id, {
      status: 'geen_handelingsperspectief',
      reden: 'betrokkene_niet_bereikbaar',
    });
    expect((await inbox(o, 'gemeente-hilversum')).at(-1)?.terugkoppeling).toMatchObject({
      overdracht,
      status: 'geen_handelingsperspectief',
      reden: 'betrokkene_niet_bereikbaar',
    });
  });

  it.each([
    ['een status buiten de lijst', { status: 'onderzoek_loopt' }],
    ['afgesloten zonder uitkomst', { status: 'afgesloten' }],
    ['een reden bij een gewone status', { status: 'ontvangen', reden: 'buiten_taak' }],
  ])('weigert %s met 400', async (_n, body) => {
    const o = await maakOmgeving();
    const zc = await gematcht(o);
    const r = await o.vraag('zorgcoordinator-gv', 'PUT', `/v1/signalen/${zc.id}/status`, body);
    expect(r.status).toBe(400);
  });

  it('alleen de eigenaar zet de status', async () => {
    const o = await maakOmgeving();
    const zc = await gematcht(o);
    const r = await o.vraag('gemeente-hilversum', 'PUT', `/v1/signalen/${zc.id}/status`, {
      status: 'ontvangen',
    });
    expect(r.status).toBe(404);
  });
});
