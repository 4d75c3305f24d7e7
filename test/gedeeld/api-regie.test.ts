/**
 * Regie of a casus (issue 17) through the API in both runtimes: the casus of two partners that
 * see each other, a claim, a proposal (also of the default regisseur) accepted and declined,
 * a handover, who leads as far as the regisseur's rule allows, and two signals hidden from
 * each other's partners that form no casus for either.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving } from '../helpers/omgeving.js';
import { ANDER, casussen, GEMEENTE, inbox, meld, stelVoor, TMM, VT, ZC } from '../helpers/regie.js';

describe('GET /v1/signalen/{id}/casussen', () => {
  it('twee partners die elkaar zien: één casus, zonder regie', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const vanG = await casussen(o, GEMEENTE, g);
    const vanZ = await casussen(o, ZC, z);
    expect(vanG.casussen).toHaveLength(1);
    expect(vanG.casussen[0]?.regie).toBeUndefined();
    expect(vanZ.casussen.map((c) => c.id)).toEqual(vanG.casussen.map((c) => c.id));
  });

  it('een ander persoon vormt geen casus', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    await meld(o, ZC, ANDER);
    expect((await casussen(o, GEMEENTE, g)).casussen).toEqual([]);
  });

  it('twee signalen die voor elkaars partners verborgen zijn: geen casus, melding of regie', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const t = await meld(o, TMM);
    expect((await casussen(o, GEMEENTE, g)).casussen).toEqual([]);
    expect((await casussen(o, TMM, t)).casussen).toEqual([]);
    // Neither can reach a casus to claim it: no id it may know.
    const voorG = (await inbox(o, GEMEENTE)).length;
    const voorT = (await inbox(o, TMM)).length;
    expect(voorG + voorT).toBe(0);
    expect((await o.store.logboek(1, 1000)).filter((e) => e.actie === 'regie')).toEqual([]);
  });

  it('een signaal van een ander is voor u onvindbaar', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const r = await o.vraag(ZC, 'GET', `/v1/signalen/${g}/casussen`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('regie nemen, voorstellen, aannemen, afwijzen en overdragen', () => {
  it('de zorgcoördinator neemt de regie; de gemeente hoort wie, met contact', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const casus = (await casussen(o, ZC, z)).casussen[0]?.id as string;
    const r = await stelVoor(o, ZC, z, casus, { naar: ZC, doel: 'zorgcoordinatie' });
    const body = await r.json();
    expect(r.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ casus, naar: ZC, status: 'aangenomen' });
    const bericht = (await inbox(o, GEMEENTE)).find((m) => m.regie);
    expect(bericht?.signaal).toBe(g);
    expect(bericht?.regie).toMatchObject({
      casus,
      belegd: true,
      regisseur: { id: ZC },
      contact: o.beleid.partners.get(ZC)?.contact,
    });
    const gezien = (await casussen(o, GEMEENTE, g)).casussen[0];
    expect(gezien?.regie).toMatchObject({ belegd: true, regisseur: { id: ZC } });
    const entries = (await o.store.logboek(1, 1000)).filter((e) => e.actie === 'regie');
    // The gateway's proposal of the default regisseur when the casus formed (under the
    // gemeente's rule), the claim itself, the notice to the gemeente, and the GET that showed
    // it again.
    expect(entries.map((e) => [e.bron, e.ontvanger, e.gegevens[0]])).toEqual([
      [GEMEENTE, ZC, 'regievoorstel'],
      [ZC, null, 'regie'],
      [ZC, GEMEENTE, 'regie'],
      [ZC, GEMEENTE, 'regie'],
    ]);
    expect(entries[2]?.regels).toEqual(['zc-gemeenten']);
    // Issue 19's T5: the first regie, taken the day the casus formed, in the 0-2 bucket.
    const t5 = (await o.store.tellingen(['t5'])).filter((t) => t.a.startsWith('regie-'));
    expect(t5.map(({ partner, a, aantal }) => ({ partner, a, aantal }))).toEqual([
      { partner: ZC, a: 'regie-0-2', aantal: 1 },
    ]);
  });

  it('een tweede claim krijgt 409 zonder de regisseur te noemen', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const casus = (await casussen(o, ZC, z)).casussen[0]?.id as string;
    expect((await stelVoor(o, ZC, z, casus, { naar: ZC, doel: 'zorgcoordinatie' })).status).toBe(
      201,
    );
    const r = await stelVoor(o, GEMEENTE, g, casus, { naar: GEMEENTE, doel: 'zorgcoordinatie' });
    expect(r.status).toBe(409);
    const tekst = await r.text();
    expect(tekst).toContain('Regie is al beslist');
    expect(tekst).not.toContain(ZC);
    expect(tekst).not.toContain('Zorgcoördinatie');
  });

  it('de standaardregisseur wordt voorgesteld, neemt aan, en de gemeente hoort het', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
    // Without naar: the policy's regisseur for zorgcoordinatie (the ketenrol zorgcoordinator).
    const r = await stelVoor(o, GEMEENTE, g, casus, { doel: 'zorgcoordinatie' });
    const voorstel = await r.json();
    expect(r.status, JSON.stringify(voorstel)).toBe(201);
    expect(voorstel).toMatchObject({ naar: ZC, status: 'open' });
    const bericht = (await inbox(o, ZC)).find(
      (m) => (m.regievoorstel as { voorstel?: string } | undefined)?.voorstel === voorstel.voorstel,
    );
    expect(bericht?.signaal).toBe(z);
    expect(bericht?.regievoorstel).toMatchObject({
      voorstel: voorstel.voorstel,
      casus,
      doel: 'zorgcoordinatie',
      partner: { id: GEMEENTE },
    });
    const a = await o.vraag(ZC, 'POST', `/v1/regievoorstellen/${voorstel.voorstel}/antwoord`, {
      antwoord: 'aangenomen',
    });
    expect(a.status).toBe(200);
    const berichten = await inbox(o, GEMEENTE);
    expect(berichten.find((m) => m.regieantwoord)?.regieantwoord).toMatchObject({
      voorstel: voorstel.voorstel,
      antwoord: 'aangenomen',
    });
    expect(berichten.find((m) => m.regie)?.regie).toMatchObject({ regisseur: { id: ZC } });
    expect((await o.store.regie(casus))?.regisseur).toBe(ZC);
    // A second answer is refused whole.
    const nogmaals = await o.vraag(
      ZC,
      'POST',
      `/v1/regievoorstellen/${voorstel.voorstel}/antwoord`,
      { antwoord: 'afgewezen' },
    );
    expect(nogmaals.status).toBe(409);
  });

  it('afwijzen laat de casus zonder regie; alleen de voorgestelde partner kan antwoorden', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    await meld(o, ZC);
    const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
    const { voorstel } = await (
      await stelVoor(o, GEMEENTE, g, casus, { naar: ZC, doel: 'zorgcoordinatie' })
    ).json();
    const pad = `/v1/regievoorstellen/${voorstel}/antwoord`;
    expect((await o.vraag(GEMEENTE, 'POST', pad, { antwoord: 'aangenomen' })).status).toBe(404);
    expect((await o.vraag(ZC, 'POST', pad, { antwoord: 'afgewezen' })).status).toBe(200);
    expect(await o.store.regie(casus)).toBeUndefined();
    expect((await inbox(o, GEMEENTE)).find((m) => m.regieantwoord)?.regieantwoord).toMatchObject({
      antwoord: 'afgewezen',
    });
  });

  it('de regisseur draagt over; een ander dan de regisseur kan dat niet', async () => {
    const o = await maakOmgeving();
    await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const casus = (await casussen(o, ZC, z)).casussen[0]?.id as string;
    await stelVoor(o, ZC, z, casus, { naar: ZC, doel: 'zorgcoordinatie' });
    const r = await stelVoor(o, ZC, z, casus, { naar: GEMEENTE, doel: 'zorgcoordinatie' });
    expect(r.status).toBe(201);
    const { voorstel } = await r.json();
    const a = await o.vraag(GEMEENTE, 'POST', `/v1/regievoorstellen/${voorstel}/antwoord`, {
      antwoord: 'aangenomen',
    });
    expect(a.status).toBe(200);
    expect(await o.store.regie(casus)).toMatchObject({ regisseur: GEMEENTE, vorige: ZC });
    // T5 counts the time to the first regisseur only; the handover is not counted again.
    const t5 = (await o.store.tellingen(['t5'])).filter((t) => t.a.startsWith('regie-'));
    expect(t5.map(({ partner, aantal }) => ({ partner, aantal }))).toEqual([
      { partner: ZC, aantal: 1 },
    ]);
    // The former regisseur is now an ordinary member: it cannot hand over.
    expect((await stelVoor(o, ZC, z, casus, { naar: ZC, doel: 'zorgcoordinatie' })).status).toBe(
      409,
    );
    expect((await inbox(o, ZC)).find((m) => m.regie)?.regie).toMatchObject({
      regisseur: { id: GEMEENTE },
    });
  });

  it('weigert een doel of een standaardregisseur die het beleid niet kent', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    await meld(o, ZC);
    const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
    const onbekend = await stelVoor(o, GEMEENTE, g, casus, { doel: 'onbekend-doel' });
    expect(onbekend.status).toBe(400);
    const geen = await stelVoor(o, GEMEENTE, g, casus, { doel: 'monitoring' });
    expect(geen.status).toBe(422);
    expect((await geen.json()).detail).toMatch(/standaardregisseur/);
    const vt = await stelVoor(o, GEMEENTE, g, 'AAAAAAAAAAAAAAAAAAAAAA', {
      naar: VT,
      doel: 'zorgcoordinatie',
    });
    expect(vt.status).toBe(404);
  });
});
