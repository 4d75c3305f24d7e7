/**
 * The jurist's scenario results on the werkplek: the scenarios of the policy folder's tests/
 * (read by the Node gateway at start), run by the code of `ketenpoort beleid test`, per file
 * and scenario passed or failed, with what was expected, what the policy decided and the rule
 * that decided it, and the coverage line exactly as the command prints it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapportTekst } from '../../src/cli/beleid-test.js';
import { leesConfiguratie } from '../../src/config/env.js';
import { leesBeleidBestanden } from '../../src/node/beleid-lezen.js';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import { werkplekOpties } from '../../src/node/werkplek-opzet.js';
import { laadBeleid } from '../../src/policy/index.js';
import { voerScenariosUit } from '../../src/policy/scenarios.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';
import { alsIngelogd, POORT, werkplekMet } from '../helpers/werkplek-sessie.js';

/** A scenario that expects a denial where the example policy allows (rule vtgv-veilig-thuis-utrecht). */
const MISLUKT_SCENARIO = `scenarios:
  - naam: bewust verkeerd verwacht
    bron: vtgv
    ontvanger: vtu
    doel: signalering
    signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: zacht, rol: slachtoffer }
    verwacht:
      besluit: geweigerd
`;

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
let map: string;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts(['vtgv'], 'ketenpoort'), POORT));
  // A policy folder of this test: the example policy plus one failing scenario file.
  map = mkdtempSync(join(tmpdir(), 'ketenpoort-scenarios-'));
  cpSync('policies', map, { recursive: true });
  writeFileSync(join(map, 'tests', 'mislukt.yaml'), MISLUKT_SCENARIO);
});
afterAll(() => {
  idp?.stop();
  rmSync(map, { recursive: true, force: true });
});

/** The scenarios as the Node gateway reads them for the werkplek from `beleidMap`. */
function scenariosUit(beleidMap: string) {
  const cfg = leesConfiguratie({ KETENPOORT_BELEID: beleidMap, KETENPOORT_DATA: join(map, 'x') });
  return werkplekOpties(cfg, laadBeleid(leesBeleidBestanden(beleidMap))).scenarios;
}

const tekst = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replace(/\s+/g, ' ');

describe('de scenario’s op de pagina’s van de jurist', () => {
  it('toont een mislukt scenario als mislukt, met verwachting, besluit en beslissende regel', async () => {
    const o = await maakWerkplekOmgeving({ inloggen, scenarios: scenariosUit(map) });
    const pagina = await alsIngelogd(o, 'ketenpoort', 'jurist');
    const r = await pagina('/jurist/scenarios');
    expect(r.status).toBe(200);
    const html = await r.text();
    const zin = tekst(html);
    expect(html).toContain('<h2 class="utrecht-heading-2">tests/mislukt.yaml</h2>');
    expect(zin).toContain(
      "2 bewust verkeerd verwacht Mislukt verwacht 'geweigerd', maar het besluit is 'toegestaan'",
    );
    expect(zin).toMatch(
      /bewust verkeerd verwacht Mislukt .* geweigerd toegestaan; gegevens: bestaan, partner, contact, uitbuitingsvorm, sterkte, sinds, soorten; .* Beslist door: vtgv-veilig-thuis-utrecht \(/,
    );
    // The same counts and coverage line as `ketenpoort beleid test` prints for this folder.
    const beleid = laadBeleid(leesBeleidBestanden(map));
    const cli = rapportTekst(voerScenariosUit(beleid, leesBeleidBestanden(map)), map).split('\n');
    const dekking = cli.find((l) => l.startsWith('Dekking: '));
    const telling = cli.find((l) => / geslaagd, 1 mislukt, 0 fout/.test(l));
    expect(dekking).toMatch(
      /^Dekking: \d+ van de \d+ regels beslissen in minstens een scenario\.$/,
    );
    expect(zin).toContain(dekking);
    expect(zin).toContain(telling);
    // Passing scenarios of the example files stand beside it, with their own files.
    expect(html).toContain('<h2 class="utrecht-heading-2">tests/veilig-thuis.yaml</h2>');
    expect(zin).toMatch(/Veilig Thuis-regio's zien elkaars zachte signalen volledig Geslaagd/);
    expect(zin).toContain(`de map ${map}/tests/ op de server`);
  });

  it('staat op de startpagina van de jurist, alleen voor de jurist, en zegt het als er geen zijn', async () => {
    const o = await werkplekMet(inloggen);
    const jurist = await alsIngelogd(o, 'ketenpoort', 'jurist');
    expect(await (await jurist('/jurist')).text()).toContain('href="/jurist/scenarios"');
    const alle = tekst(await (await jurist('/jurist/scenarios')).text());
    expect(alle).toMatch(/\d+ geslaagd, 0 mislukt, 0 fout\(en\) in scenario's\./);
    const fg = await alsIngelogd(o, 'ketenpoort', 'fg');
    expect((await fg('/jurist/scenarios')).status).toBe(403);
    const zonder = await maakWerkplekOmgeving({
      inloggen,
      scenarios: { bestanden: [], herkomst: 'nergens' },
    });
    const leeg = await alsIngelogd(zonder, 'ketenpoort', 'jurist');
    expect(tekst(await (await leeg('/jurist/scenarios')).text())).toContain(
      "Geen scenario's gevonden in tests/.",
    );
  });

  it('noemt een fout in een scenariobestand met bestand en regelnummer, en voert de rest uit', async () => {
    const o = await maakWerkplekOmgeving({
      inloggen,
      scenarios: {
        bestanden: [
          {
            pad: 'tests/tikfout.yaml',
            tekst: MISLUKT_SCENARIO.replace('ontvanger: vtu', 'ontvanger: vtuu'),
          },
          {
            pad: 'tests/goed.yaml',
            tekst: MISLUKT_SCENARIO.replace(
              'besluit: geweigerd',
              `besluit: toegestaan
      gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte, sinds, soorten]
      regels: [vtgv-veilig-thuis-utrecht]
      grondslagen: [avg-6-1-e, wmo-4.1.1, wmo-5.1.6]`,
            ),
          },
        ],
        herkomst: 'een testmap',
      },
    });
    const jurist = await alsIngelogd(o, 'ketenpoort', 'jurist');
    const html = await (await jurist('/jurist/scenarios')).text();
    const zin = tekst(html);
    expect(html).toContain('role="alert"');
    expect(zin).toContain("tests/tikfout.yaml:4:16 Onbekende partner 'vtuu'. Bedoelt u 'vtu'?");
    expect(zin).toContain("1 geslaagd, 0 mislukt, 1 fout(en) in scenario's.");
    expect(zin).toMatch(/bewust verkeerd verwacht Geslaagd/);
  });
});
