/**
 * Bounded input: every route with a body refuses one above its limit with a 413 problem,
 * before a byte of it is parsed, whether it announces its length or not. Both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { GRENS_STANDAARD } from '../../src/api/grootte-grens.js';
import { GRENS_BATCH, MAX_BATCH } from '../../src/api/routes/signalen-batch.js';
import { UITBUITINGSVORMEN } from '../../src/policy/categorieen.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { signaal } from '../helpers/signalen.js';

const MB = 1_000_000;

/** `totaal` bytes of `{"a":"xxx...` (never valid JSON), made only when read, 64 KiB at a time. */
function stroom(totaal: number) {
  const stuk = new TextEncoder().encode('x'.repeat(64 * 1024));
  let gelezen = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(c) {
        if (gelezen === 0) c.enqueue(new TextEncoder().encode('{"a":"'));
        if (gelezen >= totaal) return c.close();
        gelezen += stuk.length;
        c.enqueue(stuk);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, gelezen: () => gelezen };
}

async function post(
  o: Omgeving,
  pad: string,
  body: BodyInit,
  koppen: Record<string, string> = {},
): Promise<Response> {
  return o.app.request(pad, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await o.token('gemeente-hilversum')}`,
      'content-type': 'application/json',
      ...koppen,
    },
    body,
    duplex: 'half',
  } as RequestInit);
}

async function verwachtTeGroot(r: Response) {
  expect(r.status).toBe(413);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  const body = await r.json();
  expect(body).toMatchObject({
    type: 'urn:ketenpoort:probleem:te-groot',
    title: 'Verzoek te groot',
    status: 413,
  });
  return body as { detail: string };
}

describe('POST /v1/signalen boven de grens', () => {
  it('wordt geweigerd met 413 en legt niets vast', async () => {
    const o = await maakOmgeving();
    const groot = JSON.stringify(signaal(o, { referentie: 'x'.repeat(GRENS_STANDAARD) }));
    const { detail } = await verwachtTeGroot(await post(o, '/v1/signalen', groot));
    expect(detail).toContain('64 KiB');
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });

  it('met een Content-Length erboven: 10 MB, geen byte gelezen', async () => {
    const o = await maakOmgeving();
    const s = stroom(10 * MB);
    await verwachtTeGroot(
      await post(o, '/v1/signalen', s.body, { 'content-length': String(10 * MB) }),
    );
    expect(s.gelezen()).toBe(0);
  });

  it.each([
    ['zonder Content-Length (chunked)', {}],
    [
      'met Transfer-Encoding chunked en een te kleine Content-Length',
      { 'transfer-encoding': 'chunked', 'content-length': '100' },
    ],
    ['met een te kleine Content-Length', { 'content-length': '100' }],
  ])('%s: 10 MB wordt geweigerd na hoogstens de grens', async (_naam, koppen) => {
    const o = await maakOmgeving();
    const s = stroom(10 * MB);
    await verwachtTeGroot(await post(o, '/v1/signalen', s.body, koppen));
    expect(s.gelezen()).toBeLessThanOrEqual(GRENS_STANDAARD + 128 * 1024);
  });

  it('een verzoek onder de grens zonder Content-Length wordt gewoon gelezen', async () => {
    const o = await maakOmgeving();
    const tekst = new TextEncoder().encode(JSON.stringify(signaal(o)));
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(tekst);
        c.close();
      },
    });
    expect((await post(o, '/v1/signalen', body)).status).toBe(201);
  });
});

describe('POST /v1/signalen/batch', () => {
  it(`past ${MAX_BATCH} items op hun langst, ingesprongen met vier spaties`, async () => {
    const o = await maakOmgeving();
    const item = {
      pseudoniemen: Array.from({ length: 20 }, () => ({
        soort: 'kenteken',
        waarde: 'A'.repeat(43),
      })),
      rol: 'vermoedelijke_dader',
      uitbuitingsvormen: [...UITBUITINGSVORMEN],
      sterkte: 'zacht',
      gemeente: 'GM0402',
      doel: 'd'.repeat(64),
      nietInformeren: false,
      // One letter too many: every item is refused on its own, so nothing is registered.
      referentie: 'R'.repeat(65),
    };
    const body = JSON.stringify(
      { signalen: Array.from({ length: MAX_BATCH }, () => item) },
      null,
      4,
    );
    expect(body.length).toBeLessThan(GRENS_BATCH);
    expect(body.length).toBeGreaterThan(GRENS_BATCH * 0.85);
    const r = await post(o, '/v1/signalen/batch', body);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ geregistreerd: 0, geweigerd: MAX_BATCH });
  });

  it('boven 4 MiB: 413', async () => {
    const o = await maakOmgeving();
    const s = stroom(GRENS_BATCH + 1);
    const { detail } = await verwachtTeGroot(await post(o, '/v1/signalen/batch', s.body));
    expect(detail).toContain('4 MiB');
  });
});

describe('elke route met een body', () => {
  it('documenteert 413 en weigert een body boven zijn grens', async () => {
    const o = await maakOmgeving();
    const document = (await (await o.app.request('/v1/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>
      >;
    };
    const metBody = Object.entries(document.paths).flatMap(([pad, operaties]) =>
      Object.entries(operaties)
        .filter(([, op]) => op.requestBody !== undefined)
        .map(([methode, op]) => ({ pad, methode, op })),
    );
    expect(metBody.map((m) => m.pad).sort()).toContain('/signalen');
    for (const { pad, methode, op } of metBody) {
      expect(op.responses, pad).toHaveProperty('413');
      const grens = pad === '/signalen/batch' ? GRENS_BATCH : GRENS_STANDAARD;
      const r = await o.app.request(`/v1${pad}`, {
        method: methode.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(grens + 1),
      });
      expect(r.status, pad).toBe(413);
    }
  });
});
