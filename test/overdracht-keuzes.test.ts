/**
 * The choices the werkplek offers for an overdracht (issue 20) under the demo policy: exactly
 * the partners, ketenrollen and doelen for which issue 16's two-key decision allows it.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { beslisOverdracht, laadBeleid } from '../src/policy/index.js';
import { overdrachtKeuzes } from '../src/policy/overdracht-keuzes.js';

const beleid = laadBeleid(leesBeleidBestanden('policies'));
const slachtoffer = {
  uitbuitingsvormen: ['seksuele_uitbuiting'],
  sterkte: 'zacht',
  rol: 'slachtoffer',
} as const;

describe('overdrachtKeuzes', () => {
  it('Veilig Thuis draagt een slachtoffer over aan de zorgcoördinator, ook als ketenrol', () => {
    const k = overdrachtKeuzes(beleid, 'vtgv', slachtoffer);
    expect([...k.partners.keys()]).toEqual(['zorgcoordinator-gv']);
    expect(k.partners.get('zorgcoordinator-gv')).toEqual(['zorgcoordinatie']);
    expect([...k.ketenrollen]).toEqual([['zorgcoordinator', 'zorgcoordinator-gv']]);
    expect(k.doelen).toEqual(['zorgcoordinatie']);
  });

  it('een rol die de eigen regels niet bereiken, of de eigen organisatie, staat er niet in', () => {
    const k = overdrachtKeuzes(beleid, 'vtgv', slachtoffer);
    expect(k.ketenrollen.has('meldpunt')).toBe(false);
    const dader = overdrachtKeuzes(beleid, 'vtgv', { ...slachtoffer, rol: 'vermoedelijke_dader' });
    expect(dader.partners.has('zorgcoordinator-gv')).toBe(false);
  });

  it('elke keuze is een overdracht die de twee sleutels toestaan, en geen andere', () => {
    for (const bron of beleid.partners.keys()) {
      const k = overdrachtKeuzes(beleid, bron, slachtoffer);
      for (const ontvanger of beleid.partners.keys()) {
        for (const doel of beleid.doelen.keys()) {
          const mag = beslisOverdracht(beleid, { bron, ontvanger, doel, signaal: slachtoffer });
          expect(k.partners.get(ontvanger)?.includes(doel) ?? false).toBe(mag.toegestaan);
        }
      }
    }
    expect(overdrachtKeuzes(beleid, 'gemeente-hilversum', slachtoffer).ketenrollen.size).toBe(2);
  });
});
