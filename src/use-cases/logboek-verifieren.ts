/**
 * @module
 * The FG's check of the whole logboek in the gateway's store: every entry, the tree, every
 * checkpoint signature, the consistency between checkpoints and the witnesses'
 * cosignatures. `GET /v1/logboek/verificatie` and `ketenpoort logboek verifieer` run the
 * same check; an export is checked offline with `verifieerLogboek` itself.
 */
import {
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
