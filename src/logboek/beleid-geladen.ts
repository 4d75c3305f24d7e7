/**
 * @module
 * The logboek entry for loading a policy set: who decides is the gateway itself, and the
 * policy hash says which set every later decision used. When the set was signed, `gebruiker`
 * names the signing jurist keys (kids, comma-separated), so the FG sees who approved it.
 */
import type { GeplandeEntry } from '../store/store.js';

export function beleidGeladen(hash: string, ondertekenaars: readonly string[] = []): GeplandeEntry {
  return {
    concept: {
      actie: 'beleid-geladen',
      partner: 'ketenpoort',
      gebruiker: ondertekenaars.length > 0 ? [...ondertekenaars].sort().join(', ') : null,
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
