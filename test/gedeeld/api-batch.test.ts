/**
 * POST /v1/signalen/batch: every item is registered exactly as by POST /v1/signalen
 * (same overlap, same logboek entries, same notices), validated on its own, and answered
 * with its own status; the request as a whole is authenticated like every other change.
 */
import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { base64url } from '../../src/encoding/base64url.js';
import type { Entry } from '../../src/logboek/entry.js';
import { maakOmgeving, type Omgeving, quotaYaml, START } from '../helpers/omgeving.js';

const PAD = '/v1/signalen/batch';

interface Resultaat {
  index: number;
  status: number;
  signaal?: { id: string; overlap: Array<Record<string, unknown>> };
  probleem?: Record<string, unknown>;
}

function signaal(o: Omgeving, telefoon: string, extra: Record<string, unknown> = {}) {
  return {
    pseudoniemen: [
      o.pseudoniem('persoon', 'Bakker-Test|1991-07-15'),
      o.pseudoniem('telefoon', telefoon),
    ],
    rol: 'slachtoffer',
    uitbuitingsvormen: ['seksuele_uitbuiting'],
    sterkte: 'zacht',
    gemeente: 'GM0402',
    doel: 'veiligheidsbeoordeling',
    ...extra,
  };
}

/** A signal of a gemeente that Veilig Thuis's signals will overlap with. */
async function gemeenteSignaal(o: Omgeving) {
  const r = await o.vraag(
    'gemeente-hilversum',
    'POST',
    '/v1/signalen',
    signaal(o, '06-55509876', { doel: 'zorgcoordinatie' }),
  );
  expect(r.status).toBe(201);
}

async function batch(o: Omgeving, partner: string, signalen: unknown[]) {
  const r = await o.vraag(partner, 'POST', PAD, { signalen });
  return { r, body: (await r.json()) as { resultaten: Resultaat[] } & Record<string, unknown> };
}

/** Every stored entry in volgnummer order, with the leaf (request) its row says it is in. */
async function logboek(o: Omgeving): Promise<Entry[]> {
  return (await o.store.boom.rijen(1, 1000)).map((r) => ({
    ...(JSON.parse(r.inhoud) as Entry),
    blad: r.blad,
  }));
}

/** The fields of an entry that do not depend on random ids or openings. */
function vorm(e: Entry) {
  const { volgnummer, blad, actie, partner, gebruiker, bron, ontvanger, gegevens, doel } = e;
  return {
    volgnummer,
    blad,
    actie,
    partner,
    gebruiker,
    bron,
    ontvanger,
    gegevens,
    doel,
    grondslagen: e.grondslagen,
    regels: e.regels,
    beleid: e.beleid,
    betrokkene: e.betrokkene.length,
    tijdstip: e.tijdstip,
  };
}

describe('POST /v1/signalen/batch', () => {
  it('registreert elk item zoals een los POST /v1/signalen: dezelfde overlap, logboekregels en meldingen', async () => {
    const los = await maakOmgeving();
    const reeks = await maakOmgeving();
    await gemeenteSignaal(los);
    await gemeenteSignaal(reeks);
    const items = (o: Omgeving) => [
      signaal(o, '06-55509876'),
      signaal(o, '06-55500000', {
        sterkte: 'hard',
        pseudoniemen: [o.pseudoniem('bsn', '111222333')],
      }),
      signaal(o, '06-55509876', { doel: 'signalering', uitbuitingsvormen: ['arbeidsuitbuiting'] }),
    ];

    const losseAntwoorden: Array<{ overlap: unknown[] }> = [];
    for (const item of items(los)) {
      const r = await los.vraag('vtgv', 'POST', '/v1/signalen', item);
      expect(r.status).toBe(201);
      losseAntwoorden.push(await r.json());
    }
    const { r, body } = await batch(reeks, 'vtgv', items(reeks));

    expect(r.status).toBe(200);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(body).toMatchObject({ geregistreerd: 3, geweigerd: 0 });
    expect(body.resultaten.map((x) => [x.index, x.status])).toEqual([
      [0, 201],
      [1, 201],
      [2, 201],
    ]);
    expect(body.resultaten.map((x) => x.signaal?.overlap)).toEqual(
      losseAntwoorden.map((a) => a.overlap),
    );
    expect(body.resultaten[0]!.signaal!.overlap.length).toBeGreaterThan(0);

    const logLos = (await logboek(los)).map(vorm);
    const logReeks = (await logboek(reeks)).map(vorm);
    expect(logReeks).toEqual(logLos);
    expect(logReeks.filter((e) => e.actie === 'registratie')).toHaveLength(4);
    // Each item is a request of its own: one leaf each, as with separate POSTs.
    expect(logReeks.filter((e) => e.actie === 'registratie').map((e) => e.blad)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(await reeks.store.boom.grootte()).toBe(4);

    const inbox = async (o: Omgeving) =>
      (await (await o.vraag('gemeente-hilversum', 'GET', '/v1/meldingen')).json()).meldingen.map(
        (m: { overlap: unknown }) => m.overlap,
      );
    expect(await inbox(reeks)).toEqual(await inbox(los));
  });

  it('elk getoond overlap-item heeft een vastgelegde verstrekking aan de vrager (eerst loggen)', async () => {
    const o = await maakOmgeving();
    await gemeenteSignaal(o);
    const { body } = await batch(o, 'vtgv', [signaal(o, '06-55509876')]);
    const log = await logboek(o);
    const items = body.resultaten.flatMap((x) => x.signaal?.overlap ?? []);
    expect(items.length).toBeGreaterThan(0);
    // The logboekId is the item's leaf: the one of its registration, holding one committed
    // verstrekking to the requester for every item it was shown.
    const registratie = log.find(
      (e) => e.actie === 'registratie' && e.signaal === body.resultaten[0]!.signaal!.id,
    );
    const aanVrager = log.filter(
      (e) => e.blad === registratie!.blad && e.actie === 'verstrekking' && e.ontvanger === 'vtgv',
    );
    expect(aanVrager).toHaveLength(items.length);
    for (const item of items) expect(item.logboekId).toBe(registratie!.blad);
    for (const e of aanVrager) {
      expect(e).toMatchObject({ beleid: o.beleid.hash });
      expect(e.grondslagen.length).toBeGreaterThan(0);
    }
  });

  it('een mengsel van geldige en ongeldige items: elk item krijgt zijn eigen status', async () => {
    const o = await maakOmgeving();
    const { r, body } = await batch(o, 'vtgv', [
      signaal(o, '06-55500001'),
      signaal(o, '06-55500002', { gemeente: '0402', toelichting: 'Jan woont op de Dorpsstraat' }),
      signaal(o, '06-55500003', { doel: 'opsporing' }),
      'geen object',
      signaal(o, '06-55500004', { pseudoniemen: [{ soort: 'bsn', waarde: '111222333' }] }),
      signaal(o, '06-55500005'),
    ]);
    expect(r.status).toBe(200);
    expect(body.resultaten.map((x) => x.status)).toEqual([201, 400, 422, 400, 400, 201]);
    expect(body).toMatchObject({ geregistreerd: 2, geweigerd: 4 });
    for (const x of body.resultaten.filter((x) => x.status !== 201)) {
      expect(x.signaal).toBeUndefined();
      expect(Object.keys(x.probleem!).sort()).toEqual([
        'detail',
        'instance',
        'status',
        'title',
        'type',
      ]);
      expect(x.probleem!.status).toBe(x.status);
      expect(x.probleem!.instance).toBe(r.headers.get('request-id'));
    }
    const ongeldig = body.resultaten[1]!.probleem!;
    expect(ongeldig.detail).toContain('signalen.1.gemeente');
    const tekst = JSON.stringify(body);
    expect(tekst).not.toContain('Jan');
    expect(tekst).not.toContain('Dorpsstraat');
    expect(tekst).not.toContain('111222333');
    expect(body.resultaten[2]!.probleem!.type).toBe(
      'urn:ketenpoort:probleem:niet-toegestaan-door-beleid',
    );
    const log = await o.store.logboek(1, 100);
    expect(log.map((e) => e.actie)).toEqual(['registratie', 'registratie']);
    expect(log.map((e) => e.signaal)).toEqual([
      body.resultaten[0]!.signaal!.id,
      body.resultaten[5]!.signaal!.id,
    ]);
  });

  it(`weigert meer dan 1000 items in één verzoek met 400 en registreert niets`, async () => {
    const o = await maakOmgeving();
    const item = signaal(o, '06-55500001');
    const { r, body } = await batch(
      o,
      'vtgv',
      Array.from({ length: 1001 }, () => item),
    );
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(body.detail).toContain('signalen');
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });

  it('accepteert precies 1000 items (met quota die dat toestaan)', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ batch: 1000 }) });
    const items = Array.from({ length: 1000 }, (_, i) =>
      signaal(o, '06-55500000', {
        pseudoniemen: [o.pseudoniem('telefoon', `06-5${String(i).padStart(7, '0')}`)],
        referentie: `VT-${i}`,
      }),
    );
    const { r, body } = await batch(o, 'vtgv', items);
    expect(r.status).toBe(200);
    expect(body).toMatchObject({ geregistreerd: 1000, geweigerd: 0 });
  }, 120_000); // 1,000 registrations: several D1 round trips each inside workerd

  it.each([
    ['een lege lijst', { signalen: [] }],
    ['geen lijst', { signalen: signaal }],
    ['een extra veld naast signalen', { signalen: [], extra: 1 }],
    ['geen object', [1, 2, 3]],
  ])('weigert %s met 400', async (_naam, body) => {
    const o = await maakOmgeving();
    const r = await o.vraag('vtgv', 'POST', PAD, body);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('een opslagfout bij één item: dat item krijgt een algemene 500 zonder overlap, de rest gaat door', async () => {
    const o = await maakOmgeving();
    await gemeenteSignaal(o);
    await o.store.exec(
      "CREATE TRIGGER storing BEFORE INSERT ON logboek WHEN NEW.actie = 'verstrekking' BEGIN SELECT RAISE(ABORT, 'schijf vol'); END",
    );
    const { r, body } = await batch(o, 'vtgv', [
      signaal(o, '06-55509876'),
      signaal(o, '06-55500001', { pseudoniemen: [o.pseudoniem('kvk', '12345678')] }),
    ]);
    expect(r.status).toBe(200);
    expect(body.resultaten.map((x) => x.status)).toEqual([500, 201]);
    const mislukt = body.resultaten[0]!;
    expect(mislukt.signaal).toBeUndefined();
    expect(JSON.stringify(mislukt)).not.toContain('schijf vol');
    expect(mislukt.probleem!.detail).toContain('niets verstrekt');
    expect(o.fouten).toHaveLength(1);
    const log = await o.store.logboek(1, 100);
    expect(log.map((e) => e.actie)).toEqual(['registratie', 'registratie']);
    expect(
      log.every(
        (e) => e.partner === 'gemeente-hilversum' || e.signaal === body.resultaten[1]!.signaal!.id,
      ),
    ).toBe(true);
  });
});

describe('POST /v1/signalen/batch: een fout na geslaagde items', () => {
  it('de items ervoor houden precies hun eigen overlap, met vastgelegde verstrekkingen', async () => {
    const o = await maakOmgeving();
    await gemeenteSignaal(o);
    await o.store.exec(
      "CREATE TRIGGER storing BEFORE INSERT ON signalen WHEN NEW.referentie = 'storing' BEGIN SELECT RAISE(ABORT, 'schijf vol'); END",
    );
    const { r, body } = await batch(o, 'vtgv', [
      signaal(o, '06-55509876'),
      signaal(o, '06-55500002', { referentie: 'storing' }),
      signaal(o, '06-55500003', { pseudoniemen: [o.pseudoniem('kvk', '87654321')] }),
    ]);
    expect(r.status).toBe(200);
    expect(body.resultaten.map((x) => x.status)).toEqual([201, 500, 201]);
    const overlap = body.resultaten[0]!.signaal!.overlap;
    expect(overlap).toHaveLength(1);
    const log = await logboek(o);
    // The leaf of the first item holds its registration and the verstrekking it showed.
    const inBlad = log.filter((e) => e.blad === overlap[0]!.logboekId);
    expect(inBlad).toContainEqual(
      expect.objectContaining({
        actie: 'registratie',
        signaal: body.resultaten[0]!.signaal!.id,
      }),
    );
    const verstrekking = inBlad.filter((e) => e.actie === 'verstrekking' && e.ontvanger === 'vtgv');
    expect(verstrekking).toHaveLength(1);
    expect(log.filter((e) => e.actie === 'verstrekking' && e.ontvanger === 'vtgv')).toHaveLength(1);
    expect(log.filter((e) => e.actie === 'registratie')).toHaveLength(3);
    // The failed item left no leaf: the gemeente's and the two that succeeded, one each.
    expect(log.filter((e) => e.actie === 'registratie').map((e) => e.blad)).toEqual([1, 2, 3]);
    expect(await o.store.boom.grootte()).toBe(3);
  });
});

describe('POST /v1/signalen/batch: authenticatie', () => {
  const nuS = Math.floor(START / 1000);
  const claims = {
    iss: 'vtgv',
    sub: 'medewerker-1',
    aud: 'ketenpoort',
    iat: nuS,
    exp: nuS + 120,
    jti: 'jti-batch-0001',
  };
  const enc = (v: unknown) => base64url(new TextEncoder().encode(JSON.stringify(v)));
  async function teken(
    o: Omgeving,
    kop: Record<string, unknown>,
    payload: Record<string, unknown>,
  ) {
    const jwk = o.prive.get('vtgv')!;
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid, ...kop })
      .sign(await importJWK(jwk, 'EdDSA'));
  }

  // The attacks of test/gedeeld/auth-aanvallen.test.ts, against this route.
  type Aanval = [naam: string, maak: (o: Omgeving) => Promise<string | null>, status?: number];
  const aanvallen: Aanval[] = [
    ['geen token', async () => null],
    ['geen JWT', async () => 'dit-is-geen-token'],
    ['alg none', async () => `${enc({ alg: 'none', kid: 'vtgv-1' })}.${enc(claims)}.`],
    [
      'HMAC (HS256) met de publieke sleutel als geheim',
      async (o) =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256', kid: 'vtgv-1' })
          .sign(new TextEncoder().encode(JSON.stringify(o.bron.get('vtgv')![0]!))),
    ],
    ['onbekende kid', (o) => teken(o, { kid: 'vtgv-99' }, claims)],
    ['verkeerde aud', (o) => teken(o, {}, { ...claims, aud: 'iemand-anders' })],
    ['iss van een andere partner', (o) => teken(o, {}, { ...claims, iss: 'tmm' })],
    ['verlopen', (o) => teken(o, {}, { ...claims, iat: nuS - 600, exp: nuS - 300 })],
    ['langer dan 5 minuten geldig', (o) => teken(o, {}, { ...claims, exp: nuS + 3600 })],
    ['zonder jti', (o) => teken(o, {}, { ...claims, jti: undefined })],
    [
      'ondertekend met een vreemde sleutel onder een bekende kid',
      async () => {
        const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
        return new SignJWT(claims)
          .setProtectedHeader({ alg: 'EdDSA', kid: 'vtgv-1' })
          .sign(await importJWK(await exportJWK(privateKey), 'EdDSA'));
      },
    ],
  ];

  it.each(aanvallen)('%s: geweigerd, niets geregistreerd', async (_naam, maak, status = 401) => {
    const o = await maakOmgeving();
    const token = await maak(o);
    const r = await o.app.request(PAD, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ signalen: [signaal(o, '06-55500001')] }),
    });
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const body = await r.json();
    expect(Object.keys(body).sort()).toEqual(['detail', 'instance', 'status', 'title', 'type']);
    expect(JSON.stringify(body)).not.toMatch(/kid|alg|aud|exp|iss|signature|JWS|JWT[A-Z]/);
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });

  it('een token kan maar één keer worden gebruikt, ook voor een batch', async () => {
    const o = await maakOmgeving();
    const token = await o.token('vtgv');
    const verzoek = () =>
      o.app.request(PAD, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ signalen: [signaal(o, '06-55500001')] }),
      });
    expect((await verzoek()).status).toBe(200);
    const tweede = await verzoek();
    expect(tweede.status).toBe(401);
    expect(await o.store.logboek(1, 10)).toHaveLength(1);
  });

  it('een sleutel zonder de rol partner (de FG van vtgv) krijgt 403', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('vtgv-fg', 'POST', PAD, { signalen: [signaal(o, '06-55500001')] });
    expect(r.status).toBe(403);
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });
});
