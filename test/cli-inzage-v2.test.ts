/**
 * `ketenpoort inzage` under pseudonyms v2, as `npm start` runs the demo with zero
 * configuration: the FG's identifying data are blinded on the FG's side and evaluated by the
 * sleutelbewaarder with the FG's own key there (made by the demo outside data/), then the
 * inzage is asked at the gateway. The FG's evaluations count on its own quota.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonimiseerV2 } from '../src/client/sleutelbewaarder-client.js';
import { maakToken } from '../src/client/token.js';
import { vastgepindeSleutel } from '../src/node/pseudoniem-instelling.js';
import { draaiTsx, type GatewayProces, startGatewayProces } from './helpers/gateway-proces.js';

const BSN = '123456782';
const TELEFOON = '06-55509876';
let gateway: GatewayProces;
let map: string;

const sleutel = (naam: string) => join(gateway.data, 'demo', 'keys', `${naam}.jwk.json`);
const sbUrl = () => readFileSync(`${gateway.data}-sleutelbewaarder/url`, 'utf8').trim();

/** A signal of `partner` on the v2 pseudonym of BSN, pseudonymised as a partner does. */
async function registreer(partner: string, doel: string) {
  const jwk = JSON.parse(readFileSync(sleutel(partner), 'utf8'));
  const pseudoniemen = await pseudonimiseerV2(
    {
      url: sbUrl(),
      partner,
      gebruiker: 'medewerker-1',
      privateJwk: jwk,
      vastgepind: vastgepindeSleutel('policies'),
    },
    [{ soort: 'bsn', waarde: BSN }],
  );
  const token = await maakToken(jwk, { partner, gebruiker: 'medewerker-1' });
  const r = await fetch(`${gateway.url}/v1/signalen`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      pseudoniemen,
      rol: 'slachtoffer',
      uitbuitingsvormen: ['seksuele_uitbuiting'],
      sterkte: 'zacht',
      gemeente: 'GM0402',
      doel,
    }),
  });
  expect(r.status, await r.clone().text()).toBe(201);
}

beforeAll(async () => {
  gateway = await startGatewayProces();
  map = mkdtempSync(join(tmpdir(), 'ketenpoort-inzage-v2-'));
  await registreer('gemeente-hilversum', 'zorgcoordinatie');
}, 120_000);

afterAll(() => {
  gateway?.stop();
  if (map) rmSync(map, { recursive: true, force: true });
});

describe('ketenpoort inzage onder pseudoniemen v2', () => {
  it('vindt het signaal via de sleutelbewaarder, met de eigen sleutel van de FG, zonder instellingen', async () => {
    const csv = join(map, 'identificatie.csv');
    writeFileSync(csv, `soort,waarde\nbsn,${BSN}\ntelefoon,${TELEFOON}\n`);
    const uit = join(map, 'uit');
    const r = await draaiTsx(
      [
        'src/cli/main.ts',
        'inzage',
        csv,
        '--sleutel',
        sleutel('ketenpoort-fg'),
        '--sub',
        'fg-1',
        '--gateway',
        gateway.url,
        '--uit',
        uit,
        '--geen-pdf',
      ],
      gateway.env,
    );
    const tekst = r.uit + r.fout;
    expect(r.code, tekst).toBe(0);
    expect(tekst).toMatch(/In de brief: [1-9]\d*;/);
    for (const geheim of [BSN, TELEFOON, '55509876']) expect(tekst).not.toContain(geheim);
    const brief = readFileSync(join(uit, 'brief-betrokkene.html'), 'utf8');
    expect(brief).toContain('Gemeente Hilversum');
  }, 120_000);

  it('zegt wat te doen als de FG geen sleutel bij de sleutelbewaarder heeft, en vraagt niets op', async () => {
    const csv = join(map, 'een.csv');
    writeFileSync(csv, `soort,waarde\nbsn,${BSN}\n`);
    const r = await draaiTsx(
      [
        'src/cli/main.ts',
        'inzage',
        csv,
        '--sleutel',
        sleutel('ketenpoort-fg'),
        '--sub',
        'fg-1',
        '--gateway',
        gateway.url,
        '--fg-sleutel',
        join(map, 'bestaat-niet.jwk.json'),
        '--geen-pdf',
      ],
      gateway.env,
    );
    expect(r.code).toBe(1);
    expect(r.fout).toContain('ketenpoort inzage sleutel --nieuw --uit <bestand>');
    expect(r.uit + r.fout).not.toContain(BSN);
  }, 60_000);

  it('de FG maakt de sleutel met de opdracht, nooit in de datamap van de poort', async () => {
    const buiten = join(map, 'apparaat', 'fg.jwk.json');
    const r = await draaiTsx(
      ['src/cli/main.ts', 'inzage', 'sleutel', '--nieuw', '--uit', buiten],
      gateway.env,
    );
    expect(r.code, r.fout).toBe(0);
    const regel = JSON.parse(r.uit.trim().split('\n').at(-1) ?? '{}');
    expect(regel).toMatchObject({ id: 'ketenpoort-fg', quotum: { perVerzoek: 50, perDag: 500 } });
    expect(JSON.parse(readFileSync(buiten, 'utf8')).soort).toBe(
      'ketenpoort-fg-sleutelbewaarder-sleutel',
    );
    const binnen = await draaiTsx(
      [
        'src/cli/main.ts',
        'inzage',
        'sleutel',
        '--nieuw',
        '--uit',
        join(gateway.data, 'fg.jwk.json'),
      ],
      gateway.env,
    );
    expect(binnen.code).toBe(1);
    expect(binnen.fout).toContain('ligt in de datamap van de poort');
  }, 60_000);
});
