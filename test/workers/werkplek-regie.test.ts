/**
 * The regie page of the werkplek (issues 17 and 20) on the Worker, inside workerd: a form post
 * with the session's CSRF token from the signal page, logged on D1 like
 * `GET /v1/signalen/{id}/casussen`; without the token nothing is shown or logged.
 * The casus with regie itself is in test/gedeeld/regie-overzicht.test.ts (both runtimes).
 */

import { env } from 'cloudflare:test';
import type { D1Database } from '@cloudflare/workers-types/index';
import { describe, expect, it } from 'vitest';
import worker from '../../src/worker.js';
import { naarProvider } from '../helpers/idp-stappen.js';
import { pseudoniemV2 } from '../helpers/pseudoniem-v2.js';

const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as never;
const POORT = 'https://ketenpoort.test';
const gateway = {
  request: (url: string, init?: RequestInit) =>
    worker.fetch(new Request(url, init), env as never, ctx),
};

describe('casussen en regie op de Worker', () => {
  it('toont de regiepagina van een eigen signaal na een post met het CSRF-token, en legt die vast', async () => {
    const { poortkoekjes, terug } = await naarProvider(gateway, 'vtgv', 'medewerker', POORT);
    poortkoekjes.neem(
      await gateway.request(terug.href, { headers: { cookie: poortkoekjes.kop() } }),
    );
    const kop = { cookie: poortkoekjes.kop() };
    const formulier = (pad: string, velden: Record<string, string>) =>
      gateway.request(`${POORT}${pad}`, {
        method: 'POST',
        headers: { ...kop, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(velden).toString(),
      });
    const registreren = await (
      await gateway.request(`${POORT}/partner/registreren`, { headers: kop })
    ).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(registreren)?.[1] ?? '';
    const r = await formulier('/partner/registreren', {
      csrf,
      pseudoniemen: JSON.stringify([pseudoniemV2('bsn', '123456782')]),
      rol: 'slachtoffer',
      uitbuitingsvormen: 'seksuele_uitbuiting',
      sterkte: 'zacht',
      gemeente: 'GM0402',
      doel: 'signalering',
    });
    expect(r.status).toBe(201);
    const id = /href="\/partner\/signalen\/([0-9a-f-]{36})"/.exec(await r.text())?.[1] as string;
    const signaal = await (
      await gateway.request(`${POORT}/partner/signalen/${id}`, { headers: kop })
    ).text();
    expect(signaal).toContain(`action="/partner/signalen/${id}/regie"`);

    const db = (env as unknown as { DB: D1Database }).DB;
    const bladen = async () =>
      (await db.prepare('SELECT count(*) AS n FROM bladen').first<{ n: number }>())?.n ?? 0;
    const voor = await bladen();
    const zonder = await formulier(`/partner/signalen/${id}/regie`, { csrf: 'fout' });
    expect(zonder.status).toBe(403);
    expect(await zonder.text()).not.toContain('Casussen en regie');
    expect(await bladen()).toBe(voor);
    const pagina = await formulier(`/partner/signalen/${id}/regie`, { csrf });
    expect(pagina.status).toBe(200);
    const html = await pagina.text();
    expect(html).toContain('Casussen en regie</h1>');
    expect(html).toContain(
      'Uw signaal hoort bij geen casus die uw organisatie volgens het beleid mag zien.',
    );
    // One leaf for the request, as GET /v1/signalen/{id}/casussen writes.
    expect(await bladen()).toBe(voor + 1);
  });
});
