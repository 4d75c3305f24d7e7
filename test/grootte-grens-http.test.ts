/**
 * The body limit over real HTTP on @hono/node-server, where the gateway reads the body from
 * Node's own request instead of a web Request (src/api/grootte-grens.ts): a body under the
 * limit arrives whole and exact, one above it is refused with a 413 problem that reaches the
 * client (the connection is not torn down), chunked or announced.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { GRENS_STANDAARD, grootteGrens } from '../src/api/grootte-grens.js';
import { maakOmgeving, type Omgeving } from './helpers/omgeving.js';
import { signaal } from './helpers/signalen.js';

const gestart: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of gestart.splice(0)) await stop();
});

async function opHttp(o: Pick<Omgeving, 'app'> | { app: Hono }) {
  const server = serve({ fetch: o.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((klaar) => server.once('listening', () => klaar()));
  gestart.push(() => new Promise((klaar) => server.close(() => klaar())));
  return (server.address() as AddressInfo).port;
}

/** POSTs `delen` one write each (chunked unless `lengte` is given); the status and the body. */
async function post(
  poort: number,
  token: string,
  delen: Array<string | Uint8Array>,
  lengte?: number,
  type: string | null = 'application/json; charset=utf-8',
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((klaar, mislukt) => {
    const r = request(
      {
        host: '127.0.0.1',
        port: poort,
        method: 'POST',
        path: '/v1/signalen',
        headers: {
          authorization: `Bearer ${token}`,
          ...(type === null ? {} : { 'content-type': type }),
          ...(lengte === undefined ? {} : { 'content-length': String(lengte) }),
        },
      },
      (antwoord) => {
        let body = '';
        antwoord.setEncoding('utf8');
        antwoord.on('data', (d: string) => {
          body += d;
        });
        antwoord.on('end', () =>
          klaar({
            status: antwoord.statusCode ?? 0,
            type: String(antwoord.headers['content-type']),
            body,
          }),
        );
      },
    );
    r.on('error', mislukt);
    const schrijf = (i: number) => {
      if (i === delen.length) return void r.end();
      // A refused request may close before every part is written: that is not a failure here.
      if (!r.write(delen[i]!)) r.once('drain', () => schrijf(i + 1));
      else setImmediate(() => schrijf(i + 1));
    };
    schrijf(0);
  });
}

describe('de grootte-grens over HTTP (Node leest de body zelf)', () => {
  it('een signaal in stukken, met en zonder Content-Length, komt heel aan', async () => {
    const o = await maakOmgeving();
    const poort = await opHttp(o);
    // Split inside the reference, so it arrives in two writes.
    const tekst = JSON.stringify(signaal(o, { referentie: 'zaak-2026.0412_b' }));
    const bytes = new TextEncoder().encode(tekst);
    const midden = tekst.indexOf('0412');
    const delen = [bytes.subarray(0, midden), bytes.subarray(midden)];
    for (const lengte of [undefined, bytes.length]) {
      const r = await post(poort, await o.token('gemeente-hilversum'), delen, lengte);
      expect(r.status, r.body).toBe(201);
      const { id } = JSON.parse(r.body) as { id: string };
      const lees = await o.app.request(`/v1/signalen/${id}`, {
        headers: { authorization: `Bearer ${await o.token('gemeente-hilversum')}` },
      });
      expect(await lees.json()).toMatchObject({ referentie: 'zaak-2026.0412_b' });
    }
  });

  it('10 MB in stukken zonder Content-Length: 413 als problem+json, niets vastgelegd', async () => {
    const o = await maakOmgeving();
    const poort = await opHttp(o);
    const stuk = 'x'.repeat(64 * 1024);
    const r = await post(poort, await o.token('gemeente-hilversum'), [
      '{"a":"',
      ...Array.from({ length: 160 }, () => stuk),
    ]);
    expect(r.status).toBe(413);
    expect(r.type).toContain('application/problem+json');
    expect(JSON.parse(r.body)).toMatchObject({ type: 'urn:ketenpoort:probleem:te-groot' });
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });

  it('een Content-Length boven de grens: 413 voordat de body gelezen is', async () => {
    const o = await maakOmgeving();
    const poort = await opHttp(o);
    const r = await post(poort, await o.token('gemeente-hilversum'), ['{}'], GRENS_STANDAARD + 1);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ status: 413 });
  });

  it('een body zonder Content-Type: hetzelfde antwoord als zonder Node (de mediatype-poort)', async () => {
    const o = await maakOmgeving();
    const poort = await opHttp(o);
    const tekst = JSON.stringify(signaal(o));
    const token = await o.token('gemeente-hilversum');
    const overHttp = await post(poort, token, [tekst], undefined, null);
    const inProces = await o.app.request('/v1/signalen', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: tekst,
    });
    expect(overHttp.status).toBeGreaterThanOrEqual(400);
    expect(overHttp.status).toBe(inProces.status);
    expect(overHttp.type).toContain('application/problem+json');
    const { instance: _a, ...http } = JSON.parse(overHttp.body) as Record<string, unknown>;
    const { instance: _b, ...proces } = (await inProces.json()) as Record<string, unknown>;
    expect(http).toEqual(proces);
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });

  it('een body die niet JSON is, komt als precies zijn eigen bytes bij de route', async () => {
    // Node joins chunks that arrived while nobody read into one Buffer from its shared
    // pool: the route must get those bytes, not the pool around them.
    const app = new Hono();
    app.post(
      '/x',
      async (_c, next) => {
        await new Promise((klaar) => setTimeout(klaar, 30));
        await next();
      },
      grootteGrens(1000),
      async (c) => {
        const bytes = await c.req.arrayBuffer();
        return c.json({ lengte: bytes.byteLength, tekst: new TextDecoder().decode(bytes) });
      },
    );
    const poort = await opHttp({ app });
    const antwoord = await new Promise<string>((klaar, mislukt) => {
      const s = connect(poort, '127.0.0.1', () => {
        s.write(
          'POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n' +
            'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
            '3\r\nabc\r\n3\r\ndef\r\n3\r\nghi\r\n0\r\n\r\n',
        );
      });
      let uit = '';
      s.on('data', (d) => {
        uit += d.toString('utf8');
      });
      s.on('end', () => klaar(uit));
      s.on('error', mislukt);
    });
    const json = antwoord.slice(antwoord.indexOf('{'), antwoord.lastIndexOf('}') + 1);
    expect(JSON.parse(json)).toEqual({ lengte: 9, tekst: 'abcdefghi' });
  });
});
