/**
 * @module
 * The logboek entry for loading a policy set: who decides is the gateway itself, and the
 * policy hash says which set every later decision used.
 */
import type { GeplandeEntry } from '../store/store.js';

export function beleidGeladen(hash: string): GeplandeEntry {
  return {
    concept: {
      actie: 'beleid-geladen',
      partner: 'ketenpoort',
      gebruiker: null,
      bron: null,
      ontvanger: null,
      signaal: null,
      gegevens: [],
      doel: null,
      grondslagen: [],
      regels: [],
      beleid: hash,
      verzoek: null,
      betrokkene: [],
    },
    opening: null,
    openingVervaltOp: 0,
  };
}
