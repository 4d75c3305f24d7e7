/**
 * @module
 * The casussen an own signal is in that the caller sees (issue 17), from the committed state:
 * the shared definition of src/matching/casus.ts, the policy's exclusions, and the rule that a
 * partner sees a casus only where another member's rule toward it grants `bestaan`.
 */
import { type Casus, casussen, zietCasus } from '../matching/casus.js';
import type { Signaal } from '../matching/signaal.js';
import type { Aanvraag } from './context.js';
import { eigenSignaal } from './eigen-signaal.js';
import { ApiError } from './fout.js';

/** The caller's active signal `signaalId` and the casussen it is in that the caller sees. */
export async function zichtbareCasussen(
  a: Aanvraag,
  signaalId: string,
): Promise<{ eigen: Signaal; casussen: Casus[] }> {
  const d = a.diensten;
  const partner = a.identiteit.partner;
  const eigen = await eigenSignaal(d, partner, signaalId);
  if (eigen.ingetrokkenOp !== null) {
    throw new ApiError('niet-gevonden', 'Er is geen geldig signaal van uw organisatie met dit id.');
  }
  const leden = await d.store.casusLeden(eigen.id, d.klok());
  const alle = casussen(leden, d.uitgesloten);
  return { eigen, casussen: alle.filter((c) => zietCasus(d.beleid, c, partner)) };
}

/**
 * Casus `casusId` of the caller's signal `signaalId`, where the caller sees it. A casus it
 * does not see gets the same answer as one that does not exist.
 */
export async function zichtbareCasus(
  a: Aanvraag,
  signaalId: string,
  casusId: string,
): Promise<{ eigen: Signaal; casus: Casus }> {
  const { eigen, casussen: gezien } = await zichtbareCasussen(a, signaalId);
  const casus = gezien.find((c) => c.id === casusId);
  if (!casus) {
    throw new ApiError(
      'niet-gevonden',
      'Uw signaal hoort niet bij een casus met dit id die uw organisatie mag zien.',
    );
  }
  return { eigen, casus };
}
