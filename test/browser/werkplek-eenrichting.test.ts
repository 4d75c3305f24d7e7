/**
 * The one-way case of issue 11 through the pages, in Chromium: Veilig Thuis may tell gemeente
 * Hilversum of its signals, the gemeente's rules tell Veilig Thuis nothing back. Veilig Thuis's
 * FG logs in at its own organisation (the demo provider on `localhost`, the gateway on
 * `127.0.0.1`: the login crosses sites) and reads, in two worlds that differ only in whether
 * the gemeente holds the same person, the search results (the first page and a search through
 * the form), every leaf with its proof, the control page with its totals, and the CSV and
 * JSONL downloads. What the browser shows (the document it built, the status of each page)
 * and downloads (file name and bytes) must be identical in both worlds, after replacing only
 * what each test gateway draws at random (see `zonderToeval` in test/helpers/eenrichting.ts).
 * Nothing the browser keeps or asks for carries an identifier or a pseudonym.
 * The set-up is the Node test's (test/werkplek/fg-eenrichting.test.ts), served over HTTP.
 *
 * The same server shows the jurist's scenario page with a failing scenario, for axe-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../../src/node/beleid-lezen.js';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import { scenariobestanden } from '../../src/policy/scenarios.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { wcagSchendingen } from '../helpers/axe.js';
import { startChromium, startWereldServer, type WereldServer } from '../helpers/browser.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import {
  eenrichtingsWereld,
  GEMEENTE,
  VOLGORDES,
  VT,
  zonderToeval,
} from '../helpers/eenrichting.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';

/** The HTTP server of one world at a time: `zet` switches the app it serves. */
let zet: WereldServer['zet'];
let stopServer: WereldServer['stop'];
let url: string;
let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
let browser: Browser;

beforeAll(async () => {
  browser = await startChromium();
  ({ url, zet, stop: stopServer } = await startWereldServer());
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts([VT, GEMEENTE], 'ketenpoort'), url));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await idp?.stop();
  stopServer?.();
});

/** Logs in as `gebruikersnaam` of `organisatie` in a fresh browser context, through the provider's page. */
async function logIn(organisatie: string, gebruikersnaam: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const pagina = await context.newPage();
  const verzoeken: string[] = [];
  pagina.on('request', (v) => verzoeken.push(v.url()));
  await pagina.goto(`${url}/inloggen/${organisatie}`);
  expect(new URL(pagina.url()).hostname).toBe('localhost');
  await pagina.locator('input[name="login"]').fill(gebruikersnaam);
  await pagina.locator('input[name="password"]').fill('demo');
  await pagina.locator('button[type="submit"]').click();
  await pagina.waitForURL((u) => u.origin === url && u.pathname !== '/inloggen/terug');
  return { pagina, verzoeken, context, sluit: () => context.close() };
}

/** A download started by clicking the link named `naam`: its file name and bytes. */
async function download(pagina: Page, naam: string) {
  const [d] = await Promise.all([
    pagina.waitForEvent('download'),
    pagina.getByRole('link', { name: naam }).click(),
  ]);
  const bytes = Buffer.concat((await (await d.createReadStream()).toArray()) as Buffer[]);
  return { naam: d.suggestedFilename(), bytes };
}

/** Everything Veilig Thuis's FG sees and downloads in the browser, in one world. */
async function waarneming(wereld: {
  app: { fetch: (r: Request) => Response | Promise<Response> };
}) {
  zet(wereld.app);
  const { pagina, verzoeken, context, sluit } = await logIn(VT, 'fg');
  const gezien: string[] = [];
  const bekijk = async (pad: string) => {
    const antwoord = await pagina.goto(`${url}${pad}`);
    gezien.push(`${pad} ${antwoord?.status()}\n${zonderToeval(await pagina.content())}`);
  };
  await bekijk('/fg');
  // A search through the form, as the FG makes one.
  await pagina.getByLabel('Actie').selectOption('registratie');
  await pagina.getByRole('button', { name: 'Zoeken' }).click();
  await pagina.waitForURL(/actie=registratie/);
  gezien.push(`${new URL(pagina.url()).search}\n${zonderToeval(await pagina.content())}`);
  // The exports of the first page's search, as the browser saves them.
  await pagina.goto(`${url}/fg`);
  const csv = await download(pagina, 'CSV voor Excel');
  const jsonl = await download(pagina, 'JSON Lines');
  // The BOM and CRLF are part of what Excel gets; only random values are replaced.
  gezien.push(`${csv.naam}\n${zonderToeval(csv.bytes.toString('latin1'))}`);
  gezien.push(`${jsonl.naam}\n${zonderToeval(jsonl.bytes.toString('latin1'))}`);
  await bekijk('/fg/controle');
  for (let blad = 1; blad <= 6; blad++) await bekijk(`/fg/blad/${blad}`);
  const vreemd = verzoeken.filter((u) => {
    const o = new URL(u).origin;
    return o !== url && new URL(u).hostname !== 'localhost';
  });
  // What the browser keeps (cookies, local and session storage) and every address it asked for.
  const bewaard = JSON.stringify(await context.storageState({ indexedDB: true }));
  const opslag = await pagina.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
  );
  await sluit();
  return { gezien, vreemd, csv, sporen: [bewaard, opslag, ...verzoeken].join('\n') };
}

describe.each(VOLGORDES)('eenrichtingsregel in Chromium: %s', (_, volgorde) => {
  it('de FG van VT ziet en downloadt hetzelfde als bij een onbekende persoon', async () => {
    const gematchteWereld = await eenrichtingsWereld(inloggen, volgorde, true);
    const gematcht = await waarneming(gematchteWereld);
    const los = await waarneming(await eenrichtingsWereld(inloggen, volgorde, false));
    expect(gematcht.gezien).toEqual(los.gezien);
    // Not vacuous: there is a match (the gateway's FG sees the verstrekking VT -> gemeente),
    // VT's FG sees its own registration in the browser, and the CSV is Excel's.
    const r = await gematchteWereld.vraag('ketenpoort-fg', 'GET', '/v1/logboek?actie=verstrekking');
    const { regels } = (await r.json()) as { regels: Array<{ bron: string; ontvanger: string }> };
    expect(regels).toContainEqual(expect.objectContaining({ bron: VT, ontvanger: GEMEENTE }));
    expect(gematcht.gezien[0]).toContain('<td class="utrecht-table__cell">Registratie</td>');
    expect(gematcht.gezien[0]).not.toContain('Gemeente Hilversum</td>');
    expect([...gematcht.csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      gematcht.gezien.filter((g) => g.startsWith('/fg/blad/') && / 200\n/.test(g)).length,
    ).toBeGreaterThan(0);
    // No identifier or pseudonym in an address, a cookie or the browser's storage.
    for (const bsn of ['111222333', '123456782']) {
      for (const w of [los, gematcht]) {
        expect(w.sporen).not.toContain(bsn);
        expect(w.sporen).not.toContain(gematchteWereld.pseudoniem('bsn', bsn).waarde);
      }
    }
    expect(gematcht.sporen).toContain('ketenpoort-sessie');
    // Nothing left the gateway's origin except to the identity provider.
    expect(gematcht.vreemd).toEqual([]);
    expect(los.vreemd).toEqual([]);
  });
});

describe('de scenario’s van de jurist in Chromium', () => {
  it('een mislukt scenario staat als mislukt op de pagina, zonder schending van WCAG 2.1 AA', async () => {
    const mislukt = `scenarios:
  - naam: bewust verkeerd verwacht
    bron: vtgv
    ontvanger: vtu
    doel: signalering
    signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: zacht, rol: slachtoffer }
    verwacht: { besluit: geweigerd }
`;
    const wereld = await maakWerkplekOmgeving({
      inloggen,
      scenarios: {
        bestanden: [
          ...scenariobestanden(leesBeleidBestanden('policies')),
          { pad: 'tests/mislukt.yaml', tekst: mislukt },
        ],
        herkomst: 'een testmap',
      },
    });
    zet(wereld.app);
    const { pagina, sluit } = await logIn('ketenpoort', 'jurist');
    await pagina.goto(`${url}/jurist/scenarios`);
    expect(await pagina.getByRole('status').textContent()).toMatch(/geslaagd, 1 mislukt/);
    const rij = pagina.locator('tr', { hasText: 'bewust verkeerd verwacht' });
    expect(await rij.locator('td').nth(2).textContent()).toMatch(/^Mislukt/);
    expect(await wcagSchendingen(pagina), 'mislukt scenario').toEqual([]);
    await pagina.emulateMedia({ media: 'print' });
    expect(await wcagSchendingen(pagina), 'afdruk').toEqual([]);
    await sluit();
  });
});
