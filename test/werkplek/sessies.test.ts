/**
 * Server-side sessions of the werkplek on the gateway's injected clock: idle timeout 15
 * minutes, absolute 8 hours; logout ends all of the person's sessions; a form post without
 * the session's CSRF token is refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import {
  type DemoInlogdienst,
  demoInlog,
  type Koekjestrommel,
  naarProvider,
} from '../helpers/demo-inloggen.js';
import { START } from '../helpers/omgeving.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';

const POORT = 'http://127.0.0.1';
const MIN = 60_000;
let idp: DemoInlogdienst;
let inloggen: Inlogdienst;

beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts(['vtgv'], 'ketenpoort'), POORT));
});
afterAll(() => idp?.stop());

type Werkplek = Awaited<ReturnType<typeof maakWerkplekOmgeving>>;

async function ingelogd(o: Werkplek, organisatie = 'ketenpoort'): Promise<Koekjestrommel> {
  const { poortkoekjes, terug } = await naarProvider(o.app, organisatie, 'fg', POORT);
  poortkoekjes.neem(await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } }));
  return poortkoekjes;
}

const fg = (o: Werkplek, k: Koekjestrommel) =>
  o.app.request(`${POORT}/fg`, { headers: { cookie: k.kop() } });

async function csrf(o: Werkplek, k: Koekjestrommel): Promise<string> {
  const html = await (await fg(o, k)).text();
  return /name="csrf" value="([^"]+)"/.exec(html)![1]!;
}

const uitloggen = (o: Werkplek, k: Koekjestrommel, body: Record<string, string>) =>
  o.app.request(`${POORT}/uitloggen`, {
    method: 'POST',
    headers: { cookie: k.kop(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  });

describe('sessies van de werkplek', () => {
  it('eindigt na 15 minuten zonder verzoek, niet eerder', async () => {
    const o = await maakWerkplekOmgeving({ inloggen });
    const k = await ingelogd(o);
    o.zetKlok(START + 15 * MIN - 1);
    expect((await fg(o, k)).status).toBe(200);
    // Active again at 15 min - 1 ms: the idle time counts from there.
    o.zetKlok(START + 30 * MIN - 2);
    expect((await fg(o, k)).status).toBe(200);
    o.zetKlok(START + 45 * MIN - 2);
    const r = await fg(o, k);
    expect(r.status).toBe(401);
    expect(await r.text()).toContain('Log opnieuw in');
    o.zetKlok(START + 45 * MIN);
    expect((await fg(o, k)).status).toBe(401);
  });

  it('eindigt 8 uur na het inloggen, ook bij doorlopend gebruik', async () => {
    const o = await maakWerkplekOmgeving({ inloggen });
    const k = await ingelogd(o);
    let nu = START;
    while (nu + 10 * MIN < START + 8 * 60 * MIN) {
      nu += 10 * MIN;
      o.zetKlok(nu);
      expect((await fg(o, k)).status).toBe(200);
    }
    o.zetKlok(START + 8 * 60 * MIN);
    expect((await fg(o, k)).status).toBe(401);
  });

  it('uitloggen beëindigt alle sessies van de persoon bij de poort', async () => {
    const o = await maakWerkplekOmgeving({ inloggen });
    const eerste = await ingelogd(o);
    const tweede = await ingelogd(o);
    const ander = await ingelogd(o, 'vtgv');
    const r = await uitloggen(o, eerste, { csrf: await csrf(o, eerste) });
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('Al uw sessies bij Ketenpoort zijn beëindigd');
    // The provider supports RP-initiated logout: a link to log out there too.
    expect(html).toMatch(/href="http:\/\/localhost:\d+\/ketenpoort\/session\/end/);
    expect(r.headers.getSetCookie().join()).toMatch(/ketenpoort-sessie=;/);
    expect((await fg(o, eerste)).status).toBe(401);
    expect((await fg(o, tweede)).status).toBe(401);
    // Another person's session stays.
    expect((await fg(o, ander)).status).toBe(200);
  });

  it('een formulier zonder of met verkeerd CSRF-token wordt geweigerd en verandert niets', async () => {
    const o = await maakWerkplekOmgeving({ inloggen });
    const k = await ingelogd(o);
    const fout: Record<string, string>[] = [
      {},
      { csrf: 'verkeerd' },
      { csrf: `${await csrf(o, k)}x` },
    ];
    for (const body of fout) {
      const r = await uitloggen(o, k, body);
      expect(r.status).toBe(403);
      expect(await r.text()).toContain('niet uitgevoerd');
    }
    expect((await fg(o, k)).status).toBe(200);
    // The same post with the session's token is carried out.
    expect((await uitloggen(o, k, { csrf: await csrf(o, k) })).status).toBe(200);
    expect((await fg(o, k)).status).toBe(401);
  });
});
