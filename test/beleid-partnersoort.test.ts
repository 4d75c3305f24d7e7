/**
 * Partner kinds are policy data (issue 16): a region adds a kind such as COA by naming it in
 * partners.yaml, and rules aim at it with `soort:<kind>`, without a change in the code.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { BeleidFout, beslis, laadBeleid } from '../src/policy/index.js';

const COA_PARTNER = `
  - id: coa-gv
    naam: COA, locatie in de regio (verzonnen voor de test)
    soort: coa
    contact:
      email: signalen@coa.example
    gemeenten: [GM0402]
`;

const COA_REGELS = `partner: coa-gv
bewaartermijnen:
  zacht: 12
ontvangen:
  - doel: signalering
    grondslagen: [avg-6-1-e]
`;

const VTGV_NAAR_COA = (soort: string) => `partner: vtgv
verstrekken:
  - id: vtgv-coa-test
    titel: Veilig Thuis laat het COA weten dat er een signaal is
    uitleg: Alleen voor deze test.
    aan: ['soort:${soort}']
    doelen: [signalering]
    gegevens: [bestaan, partner, contact]
    grondslagen: [avg-6-1-e]
`;

function metCoa(soort: string) {
  return leesBeleidBestanden('policies')
    .map((b) =>
      b.pad === 'partners.yaml' ? { ...b, tekst: `${b.tekst.trimEnd()}\n${COA_PARTNER}` } : b,
    )
    .concat([
      { pad: 'regels/coa-gv.yaml', tekst: COA_REGELS },
      { pad: 'regels/vtgv-coa.yaml', tekst: VTGV_NAAR_COA(soort) },
    ]);
}

describe('partnersoort uit het beleid', () => {
  it('een nieuwe soort in partners.yaml is met soort:<soort> aan te wijzen', () => {
    const beleid = laadBeleid(metCoa('coa'));
    expect(beleid.partners.get('coa-gv')?.soort).toBe('coa');
    const besluit = beslis(beleid, {
      bron: 'vtgv',
      ontvanger: 'coa-gv',
      doel: 'signalering',
      signaal: { uitbuitingsvormen: ['arbeidsuitbuiting'], sterkte: 'zacht', rol: 'slachtoffer' },
    });
    expect(besluit).toMatchObject({ toegestaan: true, regels: ['vtgv-coa-test'] });
  });

  it('een soort die geen partner heeft, is een fout die de soorten noemt', () => {
    let fout: unknown;
    try {
      laadBeleid(metCoa('kmar'));
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(BeleidFout);
    const tekst = String((fout as Error).message);
    expect(tekst).toContain("Onbekende partnersoort 'kmar'");
    expect(tekst).toContain('coa');
  });
});
