/**
 * Overdracht and its answers (issue 16), through the API in both runtimes: the two keys,
 * the weigering in the logboek, the inbox items, aangenomen as an own signal of the
 * recipient, and doorgezet under both keys with the next partner named only where allowed.
 */

import { describe, expect, it } from 'vitest';
import { runtime } from '#runtime';
import type { Entry } from '../../src/logboek/entry.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

type Bericht = Record<string, Record<string, unknown> | string | number | undefined>;

async function inbox(o: Omgeving, partner: string): Promise<Bericht[]> {
  const r = await o.vraag(partner, 'GET', '/v1/meldingen');
  expect(r.status).toBe(200);
  return (await r.json()).meldingen as Bericht[];
}

async function logboek(o: Omgeving): Promise<Entry[]> {
  return o.store.logboek(1, 1000);
}

async function draagOver(o: Omgeving, partner: string, id: string, body: unknown) {
  return o.vraag(partner, 'POST', `/v1/signalen/${id}/overdrachten`, body);
}

/** A signal of gemeente-hilversum handed to the zorgcoördinator; returns both ids. */
async function overgedragen(o: Omgeving, gemeente = 'gemeente-hilversum') {
  const { id } = await registreer(o, gemeente, signaal(o));
  const r = await draagOver(o, gemeente, id, {
    naar: 'zorgcoordinator-gv',
    doel: 'zorgcoordinatie',
    referentie: 'HV-2026-0042',
  });
  const body = await r.json();
  expect(r.status, JSON.stringify(body)).toBe(201);
  return { signaal: id, overdracht: body.id as string };
}

describe('POST /v1/signalen/{id}/overdrachten', () => {
  it('geeft de ontvanger een bericht met contact, toegestane gegevens en referentie', async () => {
    const o = await maakOmgeving();
    const { signaal: id, overdracht } = await overgedragen(o);
    const [bericht, ...rest] = await inbox(o, 'zorgcoordinator-gv');
    expect(rest).toEqual([]);
    expect(bericht?.signaal).toBeUndefined();
    expect(bericht?.overdracht).toMatchObject({
      overdracht,
      van: { id: 'gemeente-hilversum' },
      contact: o.beleid.partners.get('gemeente-hilversum')?.contact,
      doel: 'zorgcoordinatie',
      uitbuitingsvormen: ['seksuele_uitbuiting'],
      sterkte: 'zacht',
      rol: 'slachtoffer',
      referentie: 'HV-2026-0042',
    });
    expect(JSON.stringify(bericht)).not.toContain(id);
    const entry = (await logboek(o)).find((e) => e.actie === 'overdracht');
    expect(entry).toMatchObject({
      partner: 'gemeente-hilversum',
      bron: 'gemeente-hilversum',
      ontvanger: 'zorgcoordinator-gv',
      signaal: id,
      doel: 'zorgcoordinatie',
      regels: ['gemeente-overdracht-zorgcoordinator'],
      gegevens: ['partner', 'contact', 'uitbuitingsvorm', 'sterkte', 'rol', 'referentie'],
    });
    expect(entry?.grondslagen).toContain('college-opdracht');
    expect(entry?.betrokkene).toHaveLength(2);
  });

  it('weigert een overdracht die het beleid niet toestaat en legt de weigering vast', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const voor = await inbox(o, 'tmm');
    const r = await draagOver(o, 'gemeente-hilversum', id, { naar: 'tmm', doel: 'opsporing' });
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const weigering = (await logboek(o)).find((e) => e.actie === 'weigering');
    expect(weigering).toMatchObject({
      partner: 'gemeente-hilversum',
      bron: 'gemeente-hilversum',
      ontvanger: 'tmm',
      signaal: id,
      doel: 'opsporing',
      gegevens: [],
      regels: ['standaard-weigering'],
    });
    expect(await inbox(o, 'tmm')).toEqual(voor);
    expect((await logboek(o)).some((e) => e.actie === 'overdracht')).toBe(false);
  });

  it('weigert zonder tweede sleutel: de ontvanger mag niet ontvangen voor het doel', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await draagOver(o, 'gemeente-hilversum', id, {
      naar: 'zorgcoordinator-gv',
      doel: 'signalering',
    });
    expect(r.status).toBe(422);
    expect(await inbox(o, 'zorgcoordinator-gv')).toEqual([]);
  });

  it.each([
    ['een geldig BSN', '111222333'],
    ['een telefoonnummer', '06-55509876'],
    ['een IBAN', 'NL91ABNA0417164300'],
    ['een kenteken', 'AB-12-34'],
    ['een naam met spatie', 'Jan Jansen'],
  ])('weigert %s als referentie zonder het te herhalen of iets vast te leggen', async (_n, ref) => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const voor = (await logboek(o)).length;
    const r = await draagOver(o, 'gemeente-hilversum', id, {
      naar: 'zorgcoordinator-gv',
      doel: 'zorgcoordinatie',
      referentie: ref,
    });
    expect(r.status).toBe(400);
    expect(await r.text()).not.toContain(ref);
    expect((await logboek(o)).length).toBe(voor);
    expect(await inbox(o, 'zorgcoordinator-gv')).toEqual([]);
  });

  it('laat een partner alleen eigen signalen overdragen', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await draagOver(o, 'gemeente-huizen', id, {
      naar: 'zorgcoordinator-gv',
      doel: 'zorgcoordinatie',
    });
    expect(r.status).toBe(404);
  });
});

describe('overdracht aan een ketenrol', () => {
  it('bereikt de partner die het beleid voor de rol noemt, onder dezelfde twee sleutels', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await draagOver(o, 'gemeente-hilversum', id, {
      ketenrol: 'zorgcoordinator',
      doel: 'zorgcoordinatie',
    });
    const body = await r.json();
    expect(r.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ naar: 'zorgcoordinator-gv', ketenrol: 'zorgcoordinator' });
    const [bericht] = await inbox(o, 'zorgcoordinator-gv');
    expect(bericht?.overdracht).toMatchObject({
      overdracht: body.id,
      van: { id: 'gemeente-hilversum' },
      ketenrol: 'zorgcoordinator',
    });
    const entry = (await logboek(o)).find((e) => e.actie === 'overdracht');
    expect(entry).toMatchObject({
      ontvanger: 'zorgcoordinator-gv',
      regels: ['gemeente-overdracht-zorgcoordinator'],
    });
    expect(entry?.grondslagen.length).toBeGreaterThan(0);
  });

  it('weigert en legt vast wat de rol niet mag ontvangen: de rol opent geen sleutel', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await draagOver(o, 'gemeente-hilversum', id, {
      ketenrol: 'zorgcoordinator',
      doel: 'signalering',
    });
    expect(r.status).toBe(422);
    expect((await logboek(o)).find((e) => e.actie === 'weigering')).toMatchObject({
      ontvanger: 'zorgcoordinator-gv',
      doel: 'signalering',
    });
    expect(await inbox(o, 'zorgcoordinator-gv')).toEqual([]);
  });

  it('weigert een onbekende ketenrol met wat er te doen is, zonder iets vast te leggen', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const voor = (await logboek(o)).length;
    const r = await draagOver(o, 'gemeente-hilversum', id, {
      ketenrol: 'opvang',
      doel: 'zorgcoordinatie',
    });
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const { detail } = await r.json();
    expect(detail).toContain("geen ketenrol 'opvang'");
    expect(detail).toContain('meldpunt, zorgcoordinator');
    expect((await logboek(o)).length).toBe(voor);
  });

  it('weigert een ketenrol die niemand vervult en zegt wat de jurist moet invullen', async () => {
    const partners = runtime.beleidBestanden().find((b) => b.pad === 'partners.yaml');
    expect(partners?.tekst).toContain('meldpunt: vtgv');
    const o = await maakOmgeving({
      bestanden: [
        {
          pad: 'partners.yaml',
          tekst: (partners?.tekst ?? '').replace('meldpunt: vtgv', 'meldpunt:'),
        },
      ],
    });
    expect(o.beleid.ketenrollen?.get('meldpunt')).toBeNull();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await draagOver(o, 'gemeente-hilversum', id, {
      ketenrol: 'meldpunt',
      doel: 'signalering',
    });
    expect(r.status).toBe(422);
    const { detail } = await r.json();
    expect(detail).toContain("Niemand vervult de ketenrol 'meldpunt'");
    expect(detail).toContain('partners.yaml');
    expect(await inbox(o, 'vtgv')).toEqual([]);
  });

  it('weigert een verzoek met naar en ketenrol samen', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await draagOver(o, 'gemeente-hilversum', id, {
      naar: 'vtgv',
      ketenrol: 'zorgcoordinator',
      doel: 'zorgcoordinatie',
    });
    expect(r.status).toBe(400);
    expect(await inbox(o, 'vtgv')).toEqual([]);
    expect(await inbox(o, 'zorgcoordinator-gv')).toEqual([]);
  });
});

describe('POST /v1/overdrachten/{id}/antwoord', () => {
  it('niet_voor_ons met reden bereikt de overdrager, met grondslag in het logboek', async () => {
    const o = await maakOmgeving();
    const { signaal: id, overdracht } = await overgedragen(o);
    const r = await o.vraag(
      'zorgcoordinator-gv',
      'POST',
      `/v1/overdrachten/${overdracht}/antwoord`,
      {
        antwoord: 'niet_voor_ons',
        reden: 'buiten_werkgebied',
      },
    );
    expect(r.status).toBe(200);
    const berichten = await inbox(o, 'gemeente-hilversum');
    expect(berichten.at(-1)).toMatchObject({
      signaal: id,
      antwoord: { overdracht, antwoord: 'niet_voor_ons', reden: 'buiten_werkgebied' },
    });
    const entry = (await logboek(o)).find((e) => e.actie === 'overdracht-antwoord');
    expect(entry).toMatchObject({ partner: 'zorgcoordinator-gv', ontvanger: 'gemeente-hilversum' });
    expect(entry?.grondslagen.length).toBeGreaterThan(0);
    const nogmaals = await o.vraag(
      'zorgcoordinator-gv',
      'POST',
      `/v1/overdrachten/${overdracht}/antwoord`,
      { antwoord: 'aangenomen' },
    );
    expect(nogmaals.status).toBe(409);
  });

  it('weigert een reden buiten de gesloten lijst', async () => {
    const o = await maakOmgeving();
    const { overdracht } = await overgedragen(o);
    const r = await o.vraag(
      'zorgcoordinator-gv',
      'POST',
      `/v1/overdrachten/${overdracht}/antwoord`,
      {
        antwoord: 'niet_voor_ons',
        reden: 'loopt al een onderzoek',
      },
    );
    expect(r.status).toBe(400);
  });

  it('alleen de ontvanger beantwoordt', async () => {
    const o = await maakOmgeving();
    const { overdracht } = await overgedragen(o);
    const r = await o.vraag('vtgv', 'POST', `/v1/overdrachten/${overdracht}/antwoord`, {
      antwoord: 'aangenomen',
    });
    expect(r.status).toBe(404);
  });

  it('na aangenomen bereikt een latere registratie van een derde de ontvanger als overlap', async () => {
    const o = await maakOmgeving();
    const { signaal: origineel, overdracht } = await overgedragen(o);
    const r = await o.vraag(
      'zorgcoordinator-gv',
      'POST',
      `/v1/overdrachten/${overdracht}/antwoord`,
      {
        antwoord: 'aangenomen',
      },
    );
    const body = await r.json();
    expect(r.status, JSON.stringify(body)).toBe(200);
    // Never matched against the signal it was handed as.
    expect(body.signaal.overlap).toEqual([]);
    const log = await logboek(o);
    const eigen = log.find((e) => e.actie === 'registratie' && e.signaal === body.signaal.id);
    expect(eigen).toMatchObject({ partner: 'zorgcoordinator-gv', doel: 'zorgcoordinatie' });
    expect(eigen?.betrokkene).toHaveLength(2);
    expect(
      log.some(
        (e) => e.actie === 'verstrekking' && e.signaal === origineel && e.blad === eigen?.blad,
      ),
    ).toBe(false);
    expect((await inbox(o, 'gemeente-hilversum')).at(-1)).toMatchObject({
      antwoord: { overdracht, antwoord: 'aangenomen' },
    });
    const voor = (await inbox(o, 'zorgcoordinator-gv')).length;
    await registreer(o, 'vtgv', signaal(o, { doel: 'signalering' }));
    const na = await inbox(o, 'zorgcoordinator-gv');
    expect(na.length).toBe(voor + 1);
    expect(na.at(-1)).toMatchObject({ signaal: body.signaal.id, overlap: { bestaan: true } });
  });

  it('doorgezet bereikt de volgende partner alleen onder beide sleutels', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await draagOver(o, 'gemeente-hilversum', id, { naar: 'vtgv', doel: 'signalering' });
    const { id: overdracht } = await r.json();
    // The zorgcoördinator may not receive for signalering: the second key is missing.
    const zonder = await o.vraag('vtgv', 'POST', `/v1/overdrachten/${overdracht}/antwoord`, {
      antwoord: 'doorgezet',
      naar: 'zorgcoordinator-gv',
    });
    expect(zonder.status).toBe(422);
    expect(await inbox(o, 'zorgcoordinator-gv')).toEqual([]);
    const met = await o.vraag('vtgv', 'POST', `/v1/overdrachten/${overdracht}/antwoord`, {
      antwoord: 'doorgezet',
      naar: 'vtu',
    });
    expect(met.status).toBe(200);
    const [naarVtu] = await inbox(o, 'vtu');
    expect(naarVtu?.overdracht).toMatchObject({ van: { id: 'gemeente-hilversum' } });
    // vtu has no rule toward gemeente-hilversum: the gemeente hears doorgezet, not to whom.
    const antwoord = (await inbox(o, 'gemeente-hilversum')).at(-1)?.antwoord as Bericht;
    expect(antwoord).toMatchObject({ overdracht, antwoord: 'doorgezet' });
    expect(antwoord.naar).toBeUndefined();
    expect(JSON.stringify(antwoord)).not.toContain('vtu');
  });

  it('doorgezet noemt de volgende partner waar diens regel de overdrager partner laat weten', async () => {
    const o = await maakOmgeving();
    const { id } = await registreer(o, 'gemeente-eemnes', signaal(o, { gemeente: 'GM0317' }));
    const r = await draagOver(o, 'gemeente-eemnes', id, { naar: 'vtgv', doel: 'signalering' });
    const { id: overdracht } = await r.json();
    const met = await o.vraag('vtgv', 'POST', `/v1/overdrachten/${overdracht}/antwoord`, {
      antwoord: 'doorgezet',
      naar: 'vtu',
    });
    expect(met.status).toBe(200);
    const antwoord = (await inbox(o, 'gemeente-eemnes')).at(-1)?.antwoord as Bericht;
    expect(antwoord).toMatchObject({ antwoord: 'doorgezet', naar: { id: 'vtu' } });
  });
});
