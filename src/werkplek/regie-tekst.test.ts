import { describe, expect, it } from 'vitest';
import type { Beleid } from '../policy/index.js';
import { regieBericht, regieZin } from './regie-tekst.js';

const beleid = {
  doelen: new Map([['zorgcoordinatie', { titel: 'Zorgcoördinatie' }]]),
} as unknown as Beleid;

describe('regie in woorden', () => {
  it('noemt de regisseur alleen als die is verstrekt, en anders alleen "regie belegd"', () => {
    const zc = { id: 'zc', naam: 'De zorgcoördinator' };
    expect(regieZin('gem', undefined)).toBe(
      'Voor zover uw organisatie het mag weten, heeft niemand de regie.',
    );
    expect(regieZin('zc', { belegd: true, regisseur: zc })).toBe('Uw organisatie heeft de regie.');
    expect(
      regieZin('gem', { belegd: true, regisseur: zc, contact: { email: 'zc@example.org' } }),
    ).toBe('De zorgcoördinator heeft de regie. Contact: zc@example.org.');
    expect(regieZin('gem', { belegd: true })).toBe(
      'Regie belegd: een andere organisatie heeft de regie.',
    );
  });

  it('zegt in de inbox alleen wat het bericht zelf draagt', () => {
    const zonderNaam = {
      bericht: 'regievoorstel',
      voorstel: 'v',
      casus: 'c',
      doel: 'zorgcoordinatie',
    };
    expect(regieBericht(beleid, zonderNaam)).toBe(
      'Een partner stelt voor dat uw organisatie de regie neemt van een casus van uw signaal, voor Zorgcoördinatie.',
    );
    expect(regieBericht(beleid, { bericht: 'regie', casus: 'c', belegd: true })).toBe(
      'De regie van een casus van uw signaal is belegd.',
    );
    expect(regieBericht(beleid, { ...zonderNaam, standaard: true, partner: { naam: 'X' } })).toBe(
      'Ketenpoort stelt voor dat uw organisatie, als standaardregisseur volgens het beleid, de regie neemt van een casus van uw signaal, voor Zorgcoördinatie.',
    );
    expect(regieBericht(beleid, { bericht: 'regieantwoord', antwoord: 'afgewezen' })).toBe(
      'Uw regievoorstel is afgewezen.',
    );
    expect(regieBericht(beleid, { bericht: 'termijn', soort: 'regie' })).toMatch(/verstreken/);
    expect(regieBericht(beleid, { bericht: 'termijn', soort: 'overdracht' })).toBeUndefined();
    expect(regieBericht(beleid, { bericht: 'overdracht' })).toBeUndefined();
  });
});
