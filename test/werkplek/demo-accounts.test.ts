/**
 * The start page lists the demo accounts in demo mode and hides them with KETENPOORT_DEMO=uit;
 * the login configuration refuses client secrets under the policy folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../../src/config/env.js';
import {
  type DemoInlogdienst,
  demoAccounts,
  startDemoInlogdienst,
} from '../../src/node/demo-inlogdienst.js';
import { werkplekOpties } from '../../src/node/werkplek-opzet.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';

describe('demoaccounts op de startpagina', () => {
  it('staan er in demomodus, met per partner een medewerker en een FG', async () => {
    const basis = await maakWerkplekOmgeving();
    const accounts = demoAccounts([...basis.beleid.partners.keys()], 'ketenpoort');
    const dienst: DemoInlogdienst = await startDemoInlogdienst(accounts, {
      host: 'localhost',
      poort: 0,
    });
    try {
      const cfg = leesConfiguratie({ KETENPOORT_DEMO: 'aan' });
      const opties = werkplekOpties(cfg, basis.beleid, { dienst, accounts });
      const o = await maakWerkplekOmgeving(opties);
      const html = await (await o.app.request('http://127.0.0.1/')).text();
      expect(html).toContain('Demoaccounts');
      expect(html).toContain('Veilig Thuis Gooi en Vechtstreek');
      expect(html).toContain('functionaris gegevensbescherming');
      expect(html).toContain('href="/inloggen/ketenpoort"');
      expect(html).toContain('href="/inloggen/vtgv"');
    } finally {
      await dienst.stop();
    }
  });

  it('ontbreken met KETENPOORT_DEMO=uit', async () => {
    const basis = await maakWerkplekOmgeving();
    const cfg = leesConfiguratie({ KETENPOORT_DEMO: 'uit' });
    const o = await maakWerkplekOmgeving(werkplekOpties(cfg, basis.beleid));
    const html = await (await o.app.request('http://127.0.0.1/')).text();
    expect(html).not.toContain('Demoaccounts');
    expect(html).not.toContain('/inloggen/');
    expect(html).toContain('Er is nog geen inlogdienst ingesteld');
  });

  it('weigert clientgeheimen in de beleidsmap', async () => {
    const basis = await maakWerkplekOmgeving();
    const map = mkdtempSync(join(tmpdir(), 'kp-inloggen-'));
    mkdirSync(join(map, 'policies'));
    writeFileSync(
      join(map, 'inloggen.yaml'),
      'vtgv: { issuer: "https://login.vtgv.example", client: kp, rollen: [partner] }\n',
    );
    writeFileSync(join(map, 'policies', 'geheimen.json'), '{"vtgv":"geheim"}');
    const cfg = leesConfiguratie({
      KETENPOORT_DEMO: 'uit',
      KETENPOORT_BELEID: join(map, 'policies'),
      KETENPOORT_INLOGGEN: join(map, 'inloggen.yaml'),
      KETENPOORT_INLOGGEHEIMEN: join(map, 'policies', 'geheimen.json'),
    });
    expect(() => werkplekOpties(cfg, basis.beleid)).toThrow(/staat in de beleidsmap/);
    writeFileSync(join(map, 'geheimen.json'), '{"vtgv":"geheim"}');
    const goed = { ...cfg, inloggeheimen: join(map, 'geheimen.json') };
    expect(werkplekOpties(goed, basis.beleid).inloggen?.uitgever('vtgv')?.client).toBe('kp');
  });
});
