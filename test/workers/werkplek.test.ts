/**
 * The werkplek on the Worker, inside workerd: the pages with their headers, a login at a
 * local identity provider (the demo providers vitest.config.ts runs beside workerd) through
 * the Worker's own callback, and the session on D1, with __Host- cookies over HTTPS.
 */
import { env } from 'cloudflare:test';
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

describe('de werkplek op de Worker', () => {
  it('serveert de startpagina met de beveiligingskoppen en HSTS', async () => {
    const r = await gateway.request(`${POORT}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(r.headers.get('strict-transport-security')).toMatch(/^max-age=/);
    expect(await r.text()).toContain('href="/inloggen/vtgv"');
  });

  it('logt in via de callback van de Worker en houdt de sessie in D1', async () => {
    const { poortkoekjes, terug } = await naarProvider(gateway, 'ketenpoort', 'fg', POORT);
    expect(poortkoekjes.get('__Host-ketenpoort-inlog')).toBeDefined();
    const r = await gateway.request(terug.href, { headers: { cookie: poortkoekjes.kop() } });
    expect(r.status).toBe(200);
    const sessie = r.headers.getSetCookie().find((k) => k.startsWith('__Host-ketenpoort-sessie='));
    expect(sessie).toMatch(/Secure/);
    expect(sessie).toMatch(/SameSite=Strict/);
    poortkoekjes.neem(r);
    const fg = await gateway.request(`${POORT}/fg`, { headers: { cookie: poortkoekjes.kop() } });
    expect(fg.status).toBe(200);
    expect(await fg.text()).toContain('alle logboekregels');
    // Every FG page on D1: a leaf with its proof, the control page, both exports.
    for (const pad of ['/fg/blad/1', '/fg/controle', '/fg/export/csv', '/fg/export/jsonl']) {
      const r = await gateway.request(`${POORT}${pad}`, {
        headers: { cookie: poortkoekjes.kop() },
      });
      expect(r.status, pad).toBe(200);
    }
    // The same callback a second time: refused.
    const opnieuw = await gateway.request(terug.href, { headers: { cookie: poortkoekjes.kop() } });
    expect(opnieuw.status).toBe(400);
  });

  it('toont de jurist zijn pagina’s, ook de scenario’s uit de bundel met uitslag, dekking en herkomst', async () => {
    const { poortkoekjes, terug } = await naarProvider(gateway, 'ketenpoort', 'jurist', POORT);
    const r = await gateway.request(terug.href, { headers: { cookie: poortkoekjes.kop() } });
    expect(r.status).toBe(200);
    poortkoekjes.neem(r);
    const kop = { headers: { cookie: poortkoekjes.kop() } };
    const pagina = await gateway.request(`${POORT}/jurist/scenarios`, kop);
    expect(pagina.status).toBe(200);
    expect(pagina.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await pagina.text();
    for (const pad of [
      '/jurist',
      '/jurist/matrix',
      '/jurist/register',
      '/jurist/uitleg?bron=vtgv&ontvanger=tmm&doel=opsporing&sterkte=hard',
    ]) {
      expect((await gateway.request(`${POORT}${pad}`, kop)).status, pad).toBe(200);
    }
    // The bundle carries policies/tests/: every example file, each scenario run.
    expect(html).toContain('<h2 class="utrecht-heading-2">tests/veilig-thuis.yaml</h2>');
    expect(html).toMatch(/\d+ geslaagd, 0 mislukt, 0\s+fout\(en\) in scenario&#39;s\./);
    expect(html).toMatch(/Dekking: \d+ van de \d+ regels beslissen\s+in minstens een scenario\./);
    expect(html).toContain('bij het bouwen van de Worker');
  });

  it('toont een partner zijn cijfers met grafieken, ook op de Worker (issue 19)', async () => {
    const { poortkoekjes, terug } = await naarProvider(gateway, 'vtgv', 'medewerker', POORT);
    poortkoekjes.neem(
      await gateway.request(terug.href, { headers: { cookie: poortkoekjes.kop() } }),
    );
    const kop = () => ({ cookie: poortkoekjes.kop() });
    const formulier = await (await gateway.request(`${POORT}/cijfers`, { headers: kop() })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(formulier)?.[1] ?? '';
    const r = await gateway.request(`${POORT}/cijfers`, {
      method: 'POST',
      headers: { ...kop(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, jaar: '2026', soort: 'pagina' }).toString(),
    });
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html.match(/<svg /g)?.length).toBe(3);
    expect(html).not.toMatch(/<style|style=/);
  });
});

describe('de pagina’s van de medewerker op de Worker', () => {
  it('registreren: de pagina met haar scripts en verbindingen, en een post van pseudoniemen in D1', async () => {
    const { poortkoekjes, terug } = await naarProvider(gateway, 'vtgv', 'medewerker', POORT);
    poortkoekjes.neem(
      await gateway.request(terug.href, { headers: { cookie: poortkoekjes.kop() } }),
    );
    const kop = { headers: { cookie: poortkoekjes.kop() } };
    const pagina = await gateway.request(`${POORT}/partner/registreren`, kop);
    expect(pagina.status).toBe(200);
    const verbinden = (pagina.headers.get('content-security-policy') ?? '')
      .split('; ')
      .find((d) => d.startsWith('connect-src '));
    expect(verbinden).toMatch(
      /^connect-src 'self' http:\/\/localhost:\d+\/vtgv\/token https:\/\/sleutelbewaarder\.test\/v1\/evaluaties$/,
    );
    const html = await pagina.text();
    const script = /src="(\/werkplek\/pagina-[0-9a-f]{16}\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await gateway.request(`${POORT}${script}`)).status).toBe(200);
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const r = await gateway.request(`${POORT}/partner/registreren`, {
      method: 'POST',
      headers: { ...kop.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        csrf,
        pseudoniemen: JSON.stringify([pseudoniemV2('bsn', '111222333')]),
        rol: 'slachtoffer',
        uitbuitingsvormen: 'seksuele_uitbuiting',
        sterkte: 'hard',
        gemeente: 'GM0402',
        doel: 'casusoverleg',
      }),
    });
    expect(r.status).toBe(201);
    expect(await r.text()).toContain('Signaal geregistreerd');
    const lijst = await gateway.request(`${POORT}/partner`, kop);
    expect(await lijst.text()).toMatch(/href="\/partner\/signalen\/[0-9a-f-]{36}"/);
    expect((await gateway.request(`${POORT}/partner/inbox`, kop)).status).toBe(200);
  });
});

describe('overdracht aan een ketenrol en terugkoppeling op de Worker (issue 20)', () => {
  /** A logged-in employee of `partner`: GET a page, or POST a form with the session's CSRF. */
  async function medewerker(partner: string) {
    const { poortkoekjes, terug } = await naarProvider(gateway, partner, 'medewerker', POORT);
    poortkoekjes.neem(
      await gateway.request(terug.href, { headers: { cookie: poortkoekjes.kop() } }),
    );
    const lees = (pad: string) =>
      gateway.request(`${POORT}${pad}`, { headers: { cookie: poortkoekjes.kop() } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await lees('/partner')).text())?.[1];
    const post = (pad: string, velden: Record<string, string>) =>
      gateway.request(`${POORT}${pad}`, {
        method: 'POST',
        headers: {
          cookie: poortkoekjes.kop(),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ csrf: csrf ?? '', ...velden }),
      });
    return { lees, post };
  }

  it('Veilig Thuis draagt over aan de rol zorgcoördinator, die neemt aan; terugkoppeling vragen faalt gesloten', async () => {
    const vt = await medewerker('vtgv');
    const geregistreerd = await vt.post('/partner/registreren', {
      pseudoniemen: JSON.stringify([pseudoniemV2('bsn', '123456782')]),
      rol: 'slachtoffer',
      uitbuitingsvormen: 'seksuele_uitbuiting',
      sterkte: 'zacht',
      gemeente: 'GM0402',
      doel: 'veiligheidsbeoordeling',
    });
    const signaal = /href="(\/partner\/signalen\/[0-9a-f-]{36})"/.exec(
      await geregistreerd.text(),
    )?.[1];
    expect(await (await vt.lees(signaal as string)).text()).toContain(
      '<option value="rol:zorgcoordinator">',
    );
    const over = await vt.post(`${signaal}/overdracht`, {
      naar: 'rol:zorgcoordinator',
      doel: 'zorgcoordinatie',
    });
    expect(over.status).toBe(201);
    const zc = await medewerker('zorgcoordinator-gv');
    const inbox = await (await zc.lees('/partner/inbox')).text();
    const id = /action="\/partner\/overdrachten\/([^/]+)\/antwoord"/.exec(inbox)?.[1];
    const aan = await zc.post(`/partner/overdrachten/${id}/antwoord`, { antwoord: 'aangenomen' });
    expect(aan.status).toBe(200);
    const vtInbox = await (await vt.lees('/partner/inbox')).text();
    expect(vtInbox).toContain(`name="overdracht" value="${id}"`);
    const morgen = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const vraag = await vt.post('/partner/terugkoppeling-vragen', {
      overdracht: id as string,
      gevraagdVoor: morgen,
    });
    // The zorgcoördinator's rules give Veilig Thuis no terugkoppeling: refused, nothing asked.
    expect(vraag.status).toBe(422);
    expect(await vraag.text()).toContain('Het beleid geeft uw organisatie geen terugkoppeling');
    expect(await (await zc.lees('/partner/inbox')).text()).not.toContain(
      'vraagt om terugkoppeling',
    );
    // A page of older signals from D1: none before the oldest.
    expect(await (await vt.lees('/partner?voor=1')).text()).toContain(
      'Op deze bladzijde staan geen signalen meer.',
    );
  });
});
