/**
 * @module
 * Retention: signals whose bewaartermijn (set per partner and sterkte in the policy)
 * has passed are deleted, each deletion logged; expired commitment openings are erased.
 */
import type { GeplandeEntry, Store } from '../store/store.js';

/** Deletes what has expired at `nu`; returns the ids of the deleted signals. */
export function verwijderVerlopen(store: Store, beleidHash: string, nu: number): Promise<string[]> {
  return store.verwijderVerlopen(nu, (ids) => ids.map((id) => verwijdering(id, beleidHash)));
}

function verwijdering(signaal: string, beleid: string): GeplandeEntry {
  return {
    concept: {
      actie: 'verwijdering',
      partner: 'ketenpoort',
      gebruiker: null,
      bron: null,
      ontvanger: null,
      signaal,
      gegevens: [],
      doel: null,
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
