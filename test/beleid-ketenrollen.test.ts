/**
 * Ketenrollen in partners.yaml (issue 16): who fills the regional meldpunt or the
 * zorgcoördinatie. A role naming a partner the file does not list stops the policy from
 * loading, with the place and what to fix.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { BeleidFout, laadBeleid } from '../src/policy/index.js';

function metPartners(vervang: (tekst: string) => string) {
  return leesBeleidBestanden('policies').map((b) =>
    b.pad === 'partners.yaml' ? { ...b, tekst: vervang(b.tekst) } : b,
  );
}

describe('ketenrollen', () => {
  it('het voorbeeldbeleid noemt het meldpunt en de zorgcoördinator', () => {
    const beleid = laadBeleid(leesBeleidBestanden('policies'));
    expect(beleid.ketenrollen?.get('meldpunt')).toBe('vtgv');
    expect(beleid.ketenrollen?.get('zorgcoordinator')).toBe('zorgcoordinator-gv');
  });

  it('een rol met een onbekende partner is een fout met plek en wat te doen', () => {
    let fout: unknown;
    try {
      laadBeleid(metPartners((t) => t.replace('meldpunt: vtgv', 'meldpunt: vt-onbekend')));
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(BeleidFout);
    const tekst = String((fout as Error).message);
    expect(tekst).toMatch(/partners\.yaml:\d+:\d+/);
    expect(tekst).toContain("De ketenrol 'meldpunt' noemt partner 'vt-onbekend'");
  });

  it('een lege rol laadt, als rol zonder partner', () => {
    const beleid = laadBeleid(metPartners((t) => t.replace('meldpunt: vtgv', 'meldpunt:')));
    expect(beleid.ketenrollen?.has('meldpunt')).toBe(true);
    expect(beleid.ketenrollen?.get('meldpunt')).toBeNull();
  });
});
