/**
 * What no delivery of issue 18 may carry: partner ids, the categories of the test signals,
 * their pseudonyms and signal ids.
 */
import { BSN } from './bezorging.js';
import type { Omgeving } from './omgeving.js';

/** Every string that must not appear in a webhook or mail of the one-way world of `o`. */
export function verboden(o: Omgeving, signaalIds: readonly string[]): string[] {
  return [
    ...o.beleid.partners.keys(),
    ...signaalIds,
    o.pseudoniem('bsn', BSN).waarde,
    BSN,
    'seksuele_uitbuiting',
    'slachtoffer',
    'zorgcoordinatie',
    'casusoverleg',
    'GM0402',
    'zacht',
    'hard',
  ];
}
