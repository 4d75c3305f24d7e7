/**
 * @module
 * The FG's check of the whole logboek in the gateway's store: every entry, the tree, every
 * checkpoint signature, the consistency between checkpoints and the witnesses'
 * cosignatures. `GET /v1/logboek/verificatie` and `ketenpoort logboek verifieer` run the
 * same check; an export is checked offline with `verifieerLogboek` itself.
 */
import {
  type Bevinding,
  type Verificatie,
  type VerificatieOpties,
  verifieerLogboek,
} from '../logboek/verifieer.js';
import type { Store } from '../store/store.js';
import { verificatieBron } from '../store/verificatie-bron.js';

/**
 * Verifies the logboek in `store` against the log's key and the trusted witnesses in
 * `opties`; bad data is reported in the result, never thrown.
 */
export function verifieerOpgeslagenLogboek(
  store: Pick<Store, 'boom'>,
  opties: VerificatieOpties,
): Promise<Verificatie> {
  return verifieerLogboek(verificatieBron(store.boom), opties);
}

/** The verdict as a partner's FG reads it: no entry count, no volgnummer, no entry content. */
export type VerificatieVoorPartner = Omit<Verificatie, 'regels' | 'gewist'>;

/**
 * The verification as an FG of `partij` may read it (undefined: the gateway's FG, all of it).
 * A partner's FG learns whether the log is sound and where (which leaf, checkpoint or node),
 * not how many entries there are or what a finding says about them: both depend on entries
 * it may not see (issue 11).
 */
export function verificatieVoor(
  u: Verificatie,
  partij: string | undefined,
): Verificatie | VerificatieVoorPartner {
  if (partij === undefined) return u;
  const plaatsen = new Map<string, Bevinding>();
  for (const f of u.fouten) {
    const plaats = f.blad !== null ? `blad ${f.blad}` : f.plaats;
    if (!plaatsen.has(plaats)) {
      plaatsen.set(plaats, {
        plaats,
        blad: f.blad,
        volgnummer: null,
        grootte: f.grootte,
        wat: 'wijkt af van wat is vastgelegd; de FG van de poort ziet wat',
      });
    }
  }
  const { regels: _, gewist: __, ...rest } = u;
  return { ...rest, fouten: [...plaatsen.values()] };
}
