import { describe, expect, it } from 'vitest';
import { leesInlogconfiguratie, rollenUitClaim } from './inlog-configuratie.js';

const PARTNERS = new Set(['vtgv', 'tmm']);
const GEHEIMEN = { ketenpoort: 'g1', vtgv: 'g2', tmm: 'g3' };
const uitgever = (issuer: string, rollen: string[]) => ({ issuer, client: 'kp', rollen });

describe('inlogconfiguratie', () => {
  it('leest per organisatie één uitgever met haar rollen en claim', () => {
    const c = leesInlogconfiguratie(
      {
        ketenpoort: uitgever('https://login.poort.example', ['fg', 'jurist']),
        vtgv: { ...uitgever('https://login.vtgv.example', ['partner', 'fg']), claim: 'groups' },
      },
      PARTNERS,
      GEHEIMEN,
    );
    expect(c.get('vtgv')).toMatchObject({
      claim: 'groups',
      geheim: 'g2',
      rollen: ['partner', 'fg'],
    });
    expect(c.get('ketenpoort')?.claim).toBe('rollen');
  });

  it('weigert een uitgever die bij twee organisaties staat', () => {
    expect(() =>
      leesInlogconfiguratie(
        {
          vtgv: uitgever('https://login.example', ['partner']),
          tmm: uitgever('https://login.example/', ['partner']),
        },
        PARTNERS,
        GEHEIMEN,
      ),
    ).toThrow(/tmm: uitgever https:\/\/login.example hoort al bij vtgv/);
  });

  it('weigert een partneruitgever die de rol jurist mag geven', () => {
    expect(() =>
      leesInlogconfiguratie(
        { vtgv: uitgever('https://login.vtgv.example', ['fg', 'jurist']) },
        PARTNERS,
        GEHEIMEN,
      ),
    ).toThrow(/vtgv: de uitgever van een partner mag de rol 'jurist' niet geven/);
  });

  it('weigert een onbekende organisatie, een ontbrekend geheim en een geheim in het bestand', () => {
    expect(() =>
      leesInlogconfiguratie(
        { nla: uitgever('https://a.example', ['partner']) },
        PARTNERS,
        GEHEIMEN,
      ),
    ).toThrow(/nla: geen partner/);
    expect(() =>
      leesInlogconfiguratie({ vtgv: uitgever('https://a.example', ['partner']) }, PARTNERS, {}),
    ).toThrow(/vtgv: het clientgeheim ontbreekt/);
    expect(() =>
      leesInlogconfiguratie(
        { vtgv: { ...uitgever('https://a.example', ['partner']), geheim: 'x' } },
        PARTNERS,
        GEHEIMEN,
      ),
    ).toThrow(/Ongeldige inlogconfiguratie/);
  });
});

describe('rollen uit de claim', () => {
  const vtgv = {
    organisatie: 'vtgv',
    issuer: 'https://login.vtgv.example',
    client: 'kp',
    geheim: 'g',
    claim: 'rollen',
    rollen: ['partner', 'fg'] as const,
  };
  it('geeft de gevraagde rollen die de uitgever mag geven', () => {
    expect(rollenUitClaim(vtgv, ['fg'])).toEqual(['fg']);
    expect(rollenUitClaim(vtgv, 'partner fg')).toEqual(['partner', 'fg']);
  });
  it('weigert de hele aanmelding bij een rol die de uitgever niet mag geven, of zonder rol', () => {
    expect(rollenUitClaim(vtgv, ['fg', 'jurist'])).toBeUndefined();
    expect(rollenUitClaim(vtgv, [])).toBeUndefined();
    expect(rollenUitClaim(vtgv, undefined)).toBeUndefined();
    expect(rollenUitClaim(vtgv, [1])).toBeUndefined();
  });
});
