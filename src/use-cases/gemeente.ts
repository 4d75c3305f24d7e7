/**
 * @module
 * The gemeente of a registration (issue 19): one of the CBS codes the policy lists for the
 * partner's area, so the figures never count a gemeente outside the region or a made-up code
 * such as GM9999.
 */
import type { Beleid } from '../policy/beleid.js';
import { ApiError } from './fout.js';

/** Throws a 422 problem unless `gemeente` is in the area the policy gives `partner`. */
export function vereisGemeente(beleid: Beleid, partner: string, gemeente: string): void {
  const gebied = beleid.partners.get(partner)?.gemeenten ?? [];
  if (gebied.includes(gemeente)) return;
  const namen = gebied.map((g) => {
    const naam = beleid.regio?.gemeenten.get(g);
    return naam ? `${g} (${naam})` : g;
  });
  throw new ApiError(
    'niet-toegestaan-door-beleid',
    `Deze gemeente hoort niet bij het werkgebied van uw organisatie in het beleid. Kies uit: ${namen.join(', ') || 'geen'}; klopt het werkgebied niet, vraag dan uw jurist partners.yaml aan te passen.`,
  );
}
