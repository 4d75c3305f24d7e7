/**
 * @module
 * Retention: signals whose bewaartermijn (set per partner and sterkte in the policy) has
 * passed are destroyed with their pseudonyms and inbox notices, and the commitment openings
 * of every logboek entry about them are erased, so those entries can no longer be linked
 * to a person. Each destroyed signal gets a `vernietiging` entry in the same atomic step.
 * The entries themselves stay: the tree and every proof still verify.
 */
import type { GeplandeEntry, Opruiming, Store, VerlopenSignaal } from '../store/store.js';

/** Destroys what has expired at `nu`; returns the destroyed signals and erased openings. */
export function verwijderVerlopen(
  store: Store,
  beleidHash: string,
  nu: number,
): Promise<Opruiming> {
  return store.verwijderVerlopen(nu, (signalen) =>
    signalen.map((s) => vernietiging(s, beleidHash)),
  );
}

function vernietiging(s: VerlopenSignaal, beleid: string): GeplandeEntry {
  return {
    concept: {
      actie: 'vernietiging',
      partner: 'ketenpoort',
      gebruiker: null,
      bron: s.partner,
      ontvanger: null,
      signaal: s.id,
      gegevens: [],
      doel: s.doel,
      grondslagen: [],
      regels: [],
      beleid,
      verzoek: null,
      betrokkene: [],
    },
    opening: null,
    openingVervaltOp: 0,
  };
}
