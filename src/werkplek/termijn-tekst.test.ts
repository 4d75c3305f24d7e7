import { describe, expect, it } from 'vitest';
import type { Beleid } from '../policy/index.js';
import { termijnBericht } from './termijn-tekst.js';

const beleid = {
  doelen: new Map([['signalering', { titel: 'Signalering' }]]),
} as unknown as Beleid;

describe('termijnen, escalaties en stapels in woorden', () => {
  it('zegt welke termijn verstreek, met de dag', () => {
    expect(
      termijnBericht(beleid, {
        bericht: 'termijn',
        soort: 'overdracht',
        doel: 'signalering',
        verstrekenOp: '2027-04-28T22:00:00.000Z',
      }),
    ).toMatch(
      /^Uw overdracht voor Signalering is niet binnen de termijn beantwoord \(verstreken op /,
    );
    expect(termijnBericht(beleid, { bericht: 'termijn', soort: 'casus' })).toMatch(
      /geen regie en geen regievoorstel\.$/,
    );
    expect(termijnBericht(beleid, { bericht: 'termijn', soort: 'regie' })).toBeUndefined();
  });

  it('noemt in een escalatie alleen de partijen die het bericht zelf noemt', () => {
    const kaal = termijnBericht(beleid, {
      bericht: 'escalatie',
      soort: 'overdracht',
      doel: 'signalering',
    });
    expect(kaal).toBe('Escalatie: de termijn van een overdracht voor Signalering is verstreken.');
    const genoemd = termijnBericht(beleid, {
      bericht: 'escalatie',
      soort: 'casus',
      doel: 'signalering',
      leden: [{ id: 'vt', naam: 'Veilig Thuis' }],
    });
    expect(genoemd).toMatch(/regie van een casus .* Betrokken: Veilig Thuis\.$/);
  });

  it('telt een stapel zonder iemand te noemen', () => {
    expect(
      termijnBericht(beleid, { bericht: 'stapel', aantal: 3, partners: 2, doel: 'signalering' }),
    ).toBe(
      'Stapeling van zachte signalen: 3 signalen bij 2 partners over dezelfde persoon of hetzelfde gegeven, voor Signalering.',
    );
    expect(termijnBericht(beleid, { bericht: 'overdracht' })).toBeUndefined();
  });
});
