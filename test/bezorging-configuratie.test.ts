/**
 * Issue 18's configuration in Node: addresses from KETENPOORT_BEZORGING, secrets from their own
 * file outside policies/, mail only with SMTP, sender and the werkplek's address. A setting
 * that is half there refuses the start and names what to add.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../src/config/env.js';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { bezorgerUitConfiguratie } from '../src/node/bezorging-opzet.js';
import { laadBeleid } from '../src/policy/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { nieuwGeheim } from './helpers/ontvanger.js';

const mappen: string[] = [];
afterEach(() => {
  for (const m of mappen.splice(0)) rmSync(m, { recursive: true, force: true });
});

const beleid = laadBeleid(leesBeleidBestanden('policies'));

function opzet(yaml: string, extra: Record<string, string> = {}, geheimenIn?: 'beleid') {
  const map = mkdtempSync(join(tmpdir(), 'ketenpoort-bezorging-'));
  mappen.push(map);
  mkdirSync(join(map, 'policies'));
  writeFileSync(join(map, 'bezorging.yaml'), yaml);
  const geheimen = geheimenIn ? join(map, 'policies', 'geheimen.json') : join(map, 'geheimen.json');
  writeFileSync(geheimen, JSON.stringify({ vtgv: nieuwGeheim() }));
  const cfg = leesConfiguratie({
    KETENPOORT_BEZORGING: join(map, 'bezorging.yaml'),
    KETENPOORT_BEZORGGEHEIMEN: geheimen,
    KETENPOORT_BELEID: geheimenIn ? join(map, 'policies') : 'policies',
    ...extra,
  });
  return () => bezorgerUitConfiguratie(cfg, openSqliteStore(':memory:'), beleid, Date.now);
}

describe('bezorgconfiguratie in Node', () => {
  it('zonder KETENPOORT_BEZORGING geen bezorging', () => {
    const cfg = leesConfiguratie({});
    expect(bezorgerUitConfiguratie(cfg, openSqliteStore(':memory:'), beleid, Date.now)).toBe(
      undefined,
    );
  });

  it('een webhook met zijn geheim uit een eigen bestand', () => {
    const bouw = opzet('vtgv:\n  webhook: https://koppeling.vtgv.example/ketenpoort\n');
    expect(bouw()).toMatchObject({ aanstoten: expect.any(Function) });
  });

  it('e-mail zonder SMTP, afzender en werkplekadres start niet', () => {
    const bouw = opzet('vtgv:\n  email: signalen@vtgv.example\n');
    expect(bouw).toThrow(/KETENPOORT_SMTP, KETENPOORT_MAIL_AFZENDER en KETENPOORT_URL/);
    const compleet = opzet('vtgv:\n  email: signalen@vtgv.example\n', {
      KETENPOORT_SMTP: 'smtps://gebruiker:geheim@mail.example:465',
      KETENPOORT_MAIL_AFZENDER: 'Ketenpoort <noreply@poort.example>',
      KETENPOORT_URL: 'https://poort.example',
    });
    expect(compleet()).toBeDefined();
  });

  it('geheimen in de beleidsmap worden geweigerd', () => {
    const bouw = opzet('vtgv:\n  webhook: https://k.vtgv.example/k\n', {}, 'beleid');
    expect(bouw).toThrow(/KETENPOORT_BEZORGGEHEIMEN staat in de beleidsmap/);
  });

  it('een SMTP-instelling die geen smtp-URL is, stopt de start met de naam', () => {
    expect(() => leesConfiguratie({ KETENPOORT_SMTP: 'https://mail.example' })).toThrow(
      /KETENPOORT_SMTP/,
    );
  });
});
