/**
 * The main path through the API: register, overlap both ways, inbox, withdraw, expiry,
 * isolation between partners, and "no registration, no information".
 */

import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/logboek/entry.js';
import { beslis } from '../../src/policy/index.js';
import { opslagVan } from '../../src/pseudonym/opslag.js';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, type Omgeving, START } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const DAG = 24 * 3600 * 1000;

/** The verstrekkingen the gateway's FG finds in leaf `blad` (a `logboekId`). */
async function verstrekkingenIn(o: Omgeving, blad: number): Promise<Entry[]> {
  const r = await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek?actie=verstrekking');
  expect(r.status).toBe(200);
  return ((await r.json()).regels as Entry[]).filter((e) => e.blad === blad);
}

describe('POST /v1/signalen', () => {
  it('registreert een signaal zonder overlap en logt de registratie', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('gemeente-hilversum', 'POST', '/v1/signalen', signaal(o));
    expect(r.status).toBe(201);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    const body = await r.json();
    expect(body.overlap).toEqual([]);
    expect(r.headers.get('location')).toBe(`/v1/signalen/${body.id}`);
    const log = await o.store.logboek(1, 100);
    expect(log.map((e) => e.actie)).toEqual(['registratie']);
    expect(log[0]).toMatchObject({
      partner: 'gemeente-hilversum',
      signaal: body.id,
      beleid: o.beleid.hash,
    });
    expect(log[0]!.betrokkene).toHaveLength(2);
  });

  it('vervaltOp volgt de bewaartermijn van de bron voor die sterkte', async () => {
    const o = await maakOmgeving();
    const maanden = o.beleid.bewaartermijnMaanden('gemeente-hilversum', 'zacht')!;
    const { vervaltOp } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const verwacht = new Date(START);
    verwacht.setUTCMonth(verwacht.getUTCMonth() + maanden);
    expect(vervaltOp).toBe(verwacht.toISOString());
  });

  it.each([
    ['vrije tekst in een extra veld', { toelichting: 'Jan woont op de Dorpsstraat' }],
    ['referentie met spatie (een naam past er niet in)', { referentie: 'Jan Jansen' }],
    ['onbekende soort', { pseudoniemen: [{ soort: 'naam', waarde: 'x'.repeat(43) }] }],
    ['pseudoniem in de verkeerde vorm', { pseudoniemen: [{ soort: 'bsn', waarde: '111222333' }] }],
    ['gemeentecode zonder GM', { gemeente: '0402' }],
    ['onbekende uitbuitingsvorm', { uitbuitingsvormen: ['iets'] }],
    ['geen pseudoniemen', { pseudoniemen: [] }],
  ])('weigert %s met 400 zonder de invoer te herhalen', async (_naam, extra) => {
    const o = await maakOmgeving();
    const r = await o.vraag('vtgv', 'POST', '/v1/signalen', signaal(o, extra));
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const tekst = await r.text();
    expect(tekst).not.toContain('Jan');
    expect(tekst).not.toContain('111222333');
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });

  it('weigert onleesbare JSON met 400', async () => {
    const o = await maakOmgeving();
    const r = await o.app.request('/v1/signalen', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await o.token('vtgv')}`,
        'content-type': 'application/json',
      },
      body: '{"pseudoniemen": [',
    });
    expect(r.status).toBe(400);
  });

  it('weigert een doel waarvoor de partner niet mag ontvangen (422)', async () => {
    const o = await maakOmgeving();
    const doel = [...o.beleid.doelen.keys()].find(
      (d) => !o.beleid.magOntvangen('gemeente-hilversum', d),
    );
    expect(doel).toBeDefined();
    const r = await o.vraag('gemeente-hilversum', 'POST', '/v1/signalen', signaal(o, { doel }));
    expect(r.status).toBe(422);
    expect((await r.json()).detail).toContain(doel);
  });
});

describe('overlap in beide richtingen', () => {
  it('de tweede registratie ziet de eerste, zoals het beleid beslist, en elke verstrekking is gelogd', async () => {
    const o = await maakOmgeving();
    const gemeente = await registreer(o, 'gemeente-hilversum', signaal(o));
    const vt = await registreer(
      o,
      'vtgv',
      signaal(o, {
        sterkte: 'hard',
        doel: 'veiligheidsbeoordeling',
        uitbuitingsvormen: ['seksuele_uitbuiting'],
      }),
    );
    const besluit = beslis(o.beleid, {
      bron: 'gemeente-hilversum',
      ontvanger: 'vtgv',
      doel: 'veiligheidsbeoordeling',
      signaal: { uitbuitingsvormen: ['seksuele_uitbuiting'], sterkte: 'zacht', rol: 'slachtoffer' },
    });
    expect(besluit.toegestaan).toBe(true);
    expect(vt.overlap).toHaveLength(1);
    const item = vt.overlap[0]!;
    expect(item.bestaan).toBe(true);
    if (besluit.gegevens.includes('partner'))
      expect(item.partner).toMatchObject({ id: 'gemeente-hilversum' });
    else expect(item.partner).toBeUndefined();
    if (besluit.gegevens.includes('soorten')) expect(item.soorten).toEqual(['persoon', 'telefoon']);
    // The logboekId is the leaf of VT's registration, which holds the verstrekking to VT.
    expect(item.logboekId).toBe(2);
    const aanVt = (await verstrekkingenIn(o, 2)).filter((e) => e.ontvanger === 'vtgv');
    expect(aanVt).toHaveLength(1);
    expect(aanVt[0]).toMatchObject({
      actie: 'verstrekking',
      bron: 'gemeente-hilversum',
      ontvanger: 'vtgv',
      signaal: gemeente.id,
      doel: 'veiligheidsbeoordeling',
      regels: besluit.regels,
      grondslagen: besluit.grondslagen,
    });
  });

  it('de eerste partner krijgt een melding in zijn inbox als de regel van de bron dat zegt', async () => {
    const o = await maakOmgeving();
    const gemeente = await registreer(o, 'gemeente-hilversum', signaal(o));
    const vt = await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    const besluit = beslis(o.beleid, {
      bron: 'vtgv',
      ontvanger: 'gemeente-hilversum',
      doel: 'zorgcoordinatie',
      signaal: { uitbuitingsvormen: ['seksuele_uitbuiting'], sterkte: 'hard', rol: 'slachtoffer' },
    });
    const inbox = await (await o.vraag('gemeente-hilversum', 'GET', '/v1/meldingen')).json();
    // The example policy lets Veilig Thuis notify the gemeente of later matches.
    expect(besluit).toMatchObject({ toegestaan: true, melden: true });
    {
      expect(inbox.meldingen).toHaveLength(1);
      expect(inbox.meldingen[0]).toMatchObject({ signaal: gemeente.id });
      // The notice describes Veilig Thuis's signal, never the recipient's own.
      const item = inbox.meldingen[0].overlap;
      expect(besluit.gegevens).toContain('contact');
      expect(item.contact).toEqual(o.beleid.partners.get('vtgv')!.contact);
      expect(item.sterkte ?? 'hard').toBe('hard');
      // The notice's logboekId is the leaf of VT's registration, with the verstrekking in it.
      expect(item.logboekId).toBe(2);
      const aanGemeente = (await verstrekkingenIn(o, item.logboekId)).filter(
        (e) => e.ontvanger === 'gemeente-hilversum',
      );
      expect(aanGemeente).toHaveLength(1);
      expect(aanGemeente[0]).toMatchObject({
        actie: 'verstrekking',
        bron: 'vtgv',
        ontvanger: 'gemeente-hilversum',
        signaal: vt.id,
      });
      const volgende = await (
        await o.vraag('gemeente-hilversum', 'GET', `/v1/meldingen?na=${inbox.volgende}`)
      ).json();
      expect(volgende.meldingen).toEqual([]);
    }
    // The other partner's inbox never holds notices about its own registrations.
    const eigen = await (await o.vraag('vtgv', 'GET', '/v1/meldingen')).json();
    expect(eigen.meldingen).toEqual([]);
  });

  it('GET overlap rekent opnieuw en logt wat het toont', async () => {
    const o = await maakOmgeving();
    const gemeente = await registreer(o, 'gemeente-hilversum', signaal(o));
    await registreer(o, 'vtgv', signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }));
    const voor = (await o.store.logboek(1, 1000)).length;
    const r = await o.vraag('gemeente-hilversum', 'GET', `/v1/signalen/${gemeente.id}/overlap`);
    expect(r.status).toBe(200);
    const { overlap } = await r.json();
    const na = await o.store.logboek(1, 1000);
    expect(na.length).toBe(voor + 1);
    expect(overlap).toHaveLength(1);
    expect(overlap[0].contact).toEqual(o.beleid.partners.get('vtgv')!.contact);
    expect(na.at(-1)).toMatchObject({
      actie: 'verstrekking',
      bron: 'vtgv',
      ontvanger: 'gemeente-hilversum',
    });
    // The read is a leaf of its own, the newest, holding just that verstrekking.
    expect(overlap[0].logboekId).toBe(3);
    expect(await o.store.boom.grootte()).toBe(3);
    expect(await verstrekkingenIn(o, overlap[0].logboekId)).toEqual([
      { ...na.at(-1), blad: overlap[0].logboekId },
    ]);
  });

  it('een signaal van dezelfde partner geeft geen overlap met zichzelf', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'vtgv', signaal(o, { doel: 'veiligheidsbeoordeling' }));
    const tweede = await registreer(o, 'vtgv', signaal(o, { doel: 'veiligheidsbeoordeling' }));
    expect(tweede.overlap).toEqual([]);
  });

  it('een uitgesloten entiteit (bijv. een opvangadres) levert nooit een match op', async () => {
    const o = await maakOmgeving();
    const u = o.beleid.uitgesloten[0];
    expect(u).toBeDefined();
    const body = (extra: Record<string, unknown>) =>
      signaal(o, {
        pseudoniemen: [
          { soort: u!.soort, versie: u!.versie, sleutel: u!.sleutel, waarde: u!.pseudoniem },
        ],
        ...extra,
      });
    await registreer(o, 'gemeente-hilversum', body({}));
    const vt = await registreer(
      o,
      'vtgv',
      body({ sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    expect(vt.overlap).toEqual([]);
    const acties = (await o.store.logboek(1, 100)).map((e) => e.actie);
    expect(acties).toEqual(['registratie', 'registratie']);
  });
});

describe('uitgesloten onder pseudoniemen v2 (issue 12)', () => {
  it('het demo-opvangadres, zoals een partner het via de sleutelbewaarder berekent, blijft uitgesloten', async () => {
    const o = await maakOmgeving();
    expect(o.beleid.pseudoniemen.versie).toBe('v2');
    // What a partner's client computes for the shelter address of policies/uitgesloten.yaml.
    const opvang = o.pseudoniem('adres', '1200 aa | 1');
    expect(o.beleid.uitgesloten).toContainEqual(
      expect.objectContaining({ versie: 'v2', sleutel: opvang.sleutel, pseudoniem: opvang.waarde }),
    );
    const body = (extra: Record<string, unknown>) =>
      signaal(o, { pseudoniemen: [opvang], ...extra });
    await registreer(o, 'gemeente-hilversum', body({}));
    const vt = await registreer(
      o,
      'vtgv',
      body({ sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    expect(vt.overlap).toEqual([]);
    // The same two registrations on an address that is not excluded do match.
    const ander = o.pseudoniem('adres', '1200 AA|2');
    await registreer(o, 'gemeente-hilversum', signaal(o, { pseudoniemen: [ander] }));
    const wel = await registreer(
      o,
      'vtgv',
      signaal(o, { pseudoniemen: [ander], sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    expect(wel.overlap).toHaveLength(1);
  });

  it('weigert een pseudoniem v1, een onbekende sleutel-id en een lengte die niet bij de versie past', async () => {
    const o = await maakOmgeving();
    const v2 = o.pseudoniem('bsn', '111222333');
    const gevallen: Array<[Record<string, unknown>, number, RegExp]> = [
      [{ ...v2, versie: 'v1', waarde: 'A'.repeat(43) }, 422, /alleen pseudoniemen v2/],
      [{ ...v2, sleutel: 'demo-v3' }, 422, /demo-v3 staat niet in het beleid/],
      [{ ...v2, versie: 'v1' }, 400, /.+/],
      [{ soort: 'bsn', waarde: v2.waarde }, 400, /.+/],
    ];
    for (const [p, status, detail] of gevallen) {
      const r = await o.vraag('vtgv', 'POST', '/v1/signalen', signaal(o, { pseudoniemen: [p] }));
      const inhoud = (await r.json()) as { detail: string };
      expect(r.status).toBe(status);
      expect(inhoud.detail).toMatch(detail);
    }
    expect((await o.store.logboek(1, 100)).length).toBe(0);
  });

  it('pseudoniemen van verschillende sleutel-ids matchen nooit, ook niet met dezelfde waarde', async () => {
    const o = await maakOmgeving();
    const p = o.pseudoniem('bsn', '111222333');
    const d = o.diensten;
    expect(opslagVan(d.opslagsleutels[0]!, p)).not.toBe(
      opslagVan(d.opslagsleutels[0]!, { ...p, sleutel: 'demo-v3' }),
    );
  });
});

describe('intrekken en verlopen', () => {
  it('na intrekken matcht het signaal niet meer, en een tweede intrekking geeft 409', async () => {
    const o = await maakOmgeving();
    const gemeente = await registreer(o, 'gemeente-hilversum', signaal(o));
    const vt = await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    const weg = await o.vraag('vtgv', 'DELETE', `/v1/signalen/${vt.id}`);
    expect(weg.status).toBe(204);
    expect(weg.headers.get('api-version')).toBe('1.0.0');
    const opnieuw = await o.vraag('vtgv', 'DELETE', `/v1/signalen/${vt.id}`);
    expect(opnieuw.status).toBe(409);
    const { overlap } = await (
      await o.vraag('gemeente-hilversum', 'GET', `/v1/signalen/${gemeente.id}/overlap`)
    ).json();
    expect(overlap).toEqual([]);
    const lees = await (await o.vraag('vtgv', 'GET', `/v1/signalen/${vt.id}`)).json();
    expect(lees.ingetrokkenOp).not.toBeNull();
    const log = await o.store.logboek(1, 100);
    expect(log.filter((e) => e.actie === 'intrekking')).toMatchObject([
      { signaal: vt.id, partner: 'vtgv' },
    ]);
  });

  it('na de bewaartermijn is een signaal weg en matcht het niet meer', async () => {
    const o = await maakOmgeving();
    const gemeente = await registreer(o, 'gemeente-hilversum', signaal(o));
    const verval = Date.parse(gemeente.vervaltOp);
    o.zetKlok(verval + DAG);
    expect((await o.vraag('gemeente-hilversum', 'GET', `/v1/signalen/${gemeente.id}`)).status).toBe(
      404,
    );
    const vt = await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    expect(vt.overlap).toEqual([]);
    const weg = await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect(weg.signalen).toEqual([gemeente.id]);
    expect(weg.openingen).toBeGreaterThan(0);
    expect(await o.store.signaal(gemeente.id)).toBeUndefined();
    const log = await o.store.logboek(1, 100);
    expect(log.at(-1)).toMatchObject({
      actie: 'vernietiging',
      signaal: gemeente.id,
      bron: 'gemeente-hilversum',
    });
    const openingen = await o.store.sql(
      'SELECT count(*) AS n FROM openingen WHERE vervalt_op <= ?',
      o.diensten.klok(),
    );
    expect(openingen).toEqual([{ n: 0 }]);
  });
});

describe('meldingen over een signaal dat er niet meer is', () => {
  /** The gemeente registers first; Veilig Thuis's later hard signal lands in its inbox. */
  async function metMelding() {
    const o = await maakOmgeving();
    const gemeente = await registreer(o, 'gemeente-hilversum', signaal(o));
    const vt = await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    const inbox = async () =>
      (await (await o.vraag('gemeente-hilversum', 'GET', '/v1/meldingen')).json()).meldingen;
    expect(await inbox()).toHaveLength(1);
    return { o, gemeente, vt, inbox };
  }

  it('verdwijnen uit de inbox van de ander als de bron intrekt', async () => {
    const { o, vt, inbox } = await metMelding();
    expect((await o.vraag('vtgv', 'DELETE', `/v1/signalen/${vt.id}`)).status).toBe(204);
    expect(await inbox()).toEqual([]);
  });

  it('verdwijnen uit de inbox van de ander als het signaal van de bron wordt vernietigd', async () => {
    const { o, gemeente, vt, inbox } = await metMelding();
    await o.store.exec(
      `UPDATE signalen SET vervalt_op = ${o.diensten.klok()} WHERE id = '${vt.id}'`,
    );
    const weg = await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect(weg.signalen).toEqual([vt.id]);
    expect(await inbox()).toEqual([]);
    expect(await o.store.signaal(gemeente.id)).toBeDefined();
  });
});

describe('scheiding tussen partners', () => {
  it('een partner kan andermans signaal niet lezen, opvragen of intrekken', async () => {
    const o = await maakOmgeving();
    const vt = await registreer(o, 'vtgv', signaal(o, { doel: 'veiligheidsbeoordeling' }));
    for (const [methode, pad] of [
      ['GET', `/v1/signalen/${vt.id}`],
      ['GET', `/v1/signalen/${vt.id}/overlap`],
      ['DELETE', `/v1/signalen/${vt.id}`],
    ] as const) {
      const r = await o.vraag('tmm', methode, pad);
      expect(r.status, `${methode} ${pad}`).toBe(404);
      const bestaatNiet = await o.vraag('tmm', methode, pad.replace(vt.id, crypto.randomUUID()));
      expect(await r.json()).toMatchObject({ detail: (await bestaatNiet.json()).detail });
    }
    expect((await o.vraag('vtgv', 'GET', `/v1/signalen/${vt.id}`)).status).toBe(200);
  });

  it('zonder eigen registratie leert een partner niets, ook niet uit zijn inbox', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', signaal(o));
    await registreer(o, 'vtgv', signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }));
    for (const partner of o.beleid.partners.keys()) {
      if (partner === 'gemeente-hilversum' || partner === 'vtgv') continue;
      const inbox = await (await o.vraag(partner, 'GET', '/v1/meldingen')).json();
      expect(inbox.meldingen, partner).toEqual([]);
    }
    const log = await o.store.logboek(1, 100);
    const anderen = log.filter(
      (e) => e.ontvanger && !['gemeente-hilversum', 'vtgv'].includes(e.ontvanger),
    );
    expect(anderen).toEqual([]);
  });
});
