/**
 * What an FG of a partner sees of an entry: scope and masking (issue 11). The gateway's FG
 * sees every entry as it is hashed.
 */
import { describe, expect, it } from 'vitest';
import type { BronZicht, Entry } from './entry.js';
import { AFGESCHERMD, binnenBereik, fgWeergave, zietTekst } from './zoeken.js';

const verstrekking = (bronZicht?: BronZicht): Entry => ({
  volgnummer: 7,
  tijdstip: '2026-03-02T09:00:00.000Z',
  actie: 'verstrekking',
  partner: 'b',
  gebruiker: 'medewerker-van-b',
  bron: 'a',
  ontvanger: 'b',
  signaal: 'signaal-van-a',
  gegevens: ['bestaan', 'partner'],
  doel: 'zorgcoordinatie',
  grondslagen: ['grondslag-a', 'grondslag-b'],
  regels: ['regel-van-a'],
  beleid: 'hash',
  verzoek: {
    id: 'urn:uuid:1',
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  },
  betrokkene: ['c1'],
  ...(bronZicht ? { bronZicht } : {}),
});

describe('binnenBereik', () => {
  it('een verstrekking: altijd voor de ontvanger; voor de bron alleen als de regel van de ontvanger dat toelaat', () => {
    expect(binnenBereik(verstrekking('geen'), 'b')).toBe(true);
    expect(binnenBereik(verstrekking('geen'), 'a')).toBe(false);
    expect(binnenBereik(verstrekking(), 'a')).toBe(false); // not recorded: fail closed
    expect(binnenBereik(verstrekking('afgeschermd'), 'a')).toBe(true);
    expect(binnenBereik(verstrekking('volledig'), 'a')).toBe(true);
    expect(binnenBereik(verstrekking('volledig'), 'c')).toBe(false);
    expect(binnenBereik(verstrekking('geen'), undefined)).toBe(true);
  });

  it('een weigering nooit voor een partner', () => {
    const weigering = { ...verstrekking('volledig'), actie: 'weigering' as const };
    expect(binnenBereik(weigering, 'a')).toBe(false);
    expect(binnenBereik(weigering, 'b')).toBe(false);
    expect(binnenBereik(weigering, undefined)).toBe(true);
  });
});

describe('fgWeergave', () => {
  it('de FG van de poort ziet alles zoals het gehasht is', () => {
    const { bronZicht: _, ...kaal } = verstrekking('geen');
    expect(fgWeergave(verstrekking('geen'), undefined)).toEqual(kaal);
  });

  it('de ontvanger ziet niet welke medewerker of trace van de ander handelde', () => {
    const b = fgWeergave(verstrekking('volledig'), 'b');
    expect(b.gebruiker).toBe('medewerker-van-b');
    const a = fgWeergave(verstrekking('volledig'), 'a');
    expect(a.gebruiker).toBeNull();
    expect(a.verzoek).toEqual({ id: 'urn:uuid:1', traceparent: null });
    expect(a.ontvanger).toBe('b');
  });

  it('bij een afgeschermde ontvanger ziet de bron alleen zijn eigen regel', () => {
    const a = fgWeergave(verstrekking('afgeschermd'), 'a');
    expect(a).toMatchObject({
      actie: 'verstrekking',
      bron: 'a',
      signaal: 'signaal-van-a',
      regels: ['regel-van-a'],
      partner: AFGESCHERMD,
      ontvanger: AFGESCHERMD,
      gebruiker: null,
      doel: null,
      grondslagen: [],
      verzoek: null,
    });
    expect(JSON.stringify(a)).not.toContain('"b"');
  });
});

describe('zietTekst', () => {
  it('alleen wie zelf handelde en niets gemaskeerd ziet, krijgt de canonieke tekst', () => {
    expect(zietTekst(verstrekking('volledig'), 'b')).toBe(true);
    expect(zietTekst(verstrekking('volledig'), 'a')).toBe(false);
    expect(zietTekst(verstrekking('geen'), undefined)).toBe(true);
  });
});
