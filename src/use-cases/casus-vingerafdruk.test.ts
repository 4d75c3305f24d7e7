/**
 * The fingerprint of a casussen answer (issue 17): equal only when the answer, the employee,
 * the policy and every planned disclosure are equal, so a repeated read skips its leaf only
 * when it would log nothing new.
 */
import { describe, expect, it } from 'vitest';
import type { GeplandeEntry } from '../logboek/geplande-entry.js';
import { vingerafdruk } from './casus-vingerafdruk.js';

function entry(bron: string, regels: string[]): GeplandeEntry {
  return {
    concept: {
      bron,
      ontvanger: 'gemeente-hilversum',
      signaal: `signaal-van-${bron}`,
      gegevens: ['regie'],
      doel: 'zorgcoordinatie',
      regels,
      grondslagen: ['avg-6-1-e'],
    },
  } as unknown as GeplandeEntry;
}

const antwoord = [{ id: 'casus-1', regie: { belegd: true } }];

describe('vingerafdruk', () => {
  const basis = vingerafdruk('beleid-1', 'medewerker-1', antwoord, [entry('zc', ['zc-regel'])]);

  it('is gelijk voor dezelfde vraag', () => {
    expect(vingerafdruk('beleid-1', 'medewerker-1', antwoord, [entry('zc', ['zc-regel'])])).toBe(
      basis,
    );
  });

  it('verschilt bij een andere regisseur met hetzelfde zichtbare antwoord', () => {
    expect(
      vingerafdruk('beleid-1', 'medewerker-1', antwoord, [entry('riec', ['riec-regel'])]),
    ).not.toBe(basis);
  });

  it('verschilt bij een ander beleid, een andere medewerker of een ander antwoord', () => {
    const anders = [
      vingerafdruk('beleid-2', 'medewerker-1', antwoord, [entry('zc', ['zc-regel'])]),
      vingerafdruk('beleid-1', 'medewerker-2', antwoord, [entry('zc', ['zc-regel'])]),
      vingerafdruk('beleid-1', 'medewerker-1', [{ id: 'casus-1' }], [entry('zc', ['zc-regel'])]),
    ];
    for (const a of anders) expect(a).not.toBe(basis);
  });
});
