/**
 * `beleid check` on the shipped example policies, with the jurist's realistic mistake of
 * issue 14: a group (`soort:gemeente`) added as recipient of a rule whose doel no gemeente
 * may receive. The group is resolved before the second key is checked, so every member that
 * may not receive is named, just as a single partner would be.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { controleerBeleid } from '../src/policy/controle.js';
import { formatteerMelding } from '../src/policy/index.js';

const bestanden = leesBeleidBestanden('policies');

function metOntvangers(aan: string) {
  return bestanden.map((b) =>
    b.pad === 'regels/vtgv.yaml' ? { ...b, tekst: b.tekst.replace('aan: [tmm]', aan) } : b,
  );
}

describe('beleid check: groepen als ontvanger', () => {
  it('warns for every gemeente of soort:gemeente that may not receive for the doel', () => {
    const { fouten, waarschuwingen } = controleerBeleid(
      metOntvangers("aan: [tmm, 'soort:gemeente']"),
    );
    expect(fouten).toEqual([]);
    expect(waarschuwingen.map(formatteerMelding)).toEqual(
      ['blaricum', 'eemnes', 'gooise-meren', 'hilversum', 'huizen', 'laren', 'wijdemeren'].map(
        (g) =>
          `regels/vtgv.yaml:75:16 'gemeente-${g}' (via 'soort:gemeente') mag voor geen van de doelen van deze regel ontvangen (opsporing), dus voor 'gemeente-${g}' geldt de regel nooit. 'gemeente-${g}' mag ontvangen voor: zorgcoordinatie, casusoverleg. Noem in plaats van 'soort:gemeente' alleen de partners die mogen ontvangen, of voeg het doel toe onder 'ontvangen' van 'gemeente-${g}'.`,
      ),
    );
  });

  it('warns the same way for one gemeente named by id', () => {
    const { waarschuwingen } = controleerBeleid(metOntvangers('aan: [tmm, gemeente-hilversum]'));
    expect(waarschuwingen.map(formatteerMelding)).toEqual([
      "regels/vtgv.yaml:75:16 'gemeente-hilversum' mag voor geen van de doelen van deze regel ontvangen (opsporing), dus voor 'gemeente-hilversum' geldt de regel nooit. 'gemeente-hilversum' mag ontvangen voor: zorgcoordinatie, casusoverleg. Haal 'gemeente-hilversum' weg of voeg het doel toe onder 'ontvangen' van 'gemeente-hilversum'.",
    ]);
  });
});
