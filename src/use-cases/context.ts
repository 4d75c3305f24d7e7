/**
 * @module
 * What a use case gets: the gateway's services it needs, who acts, and in which request.
 * The shells (API, CLI, Worker) build it; the use cases never see HTTP.
 */
import type { Verzoek } from '../logboek/entry.js';
import type { EntryContext } from '../logboek/geplande-entry.js';
import type { Beleid } from '../policy/index.js';
import type { Opslagsleutels } from '../pseudonym/opslag.js';
import type { Store } from '../store/store.js';

/** The services every use case may use. Time, randomness and ids are injected. */
export interface Poort {
  store: Store;
  beleid: Beleid;
  /** Excluded entities, re-keyed like stored pseudonyms: `soort:waarde`. */
  uitgesloten: ReadonlySet<string>;
  /** The gateway's own keys for re-keying pseudonyms before storage, oldest first. */
  opslagsleutels: Opslagsleutels;
  /** Current time, ms since the epoch. */
  klok: () => number;
  willekeurig: (lengte: number) => Uint8Array;
  nieuwId: () => string;
}

/** One request of one acting employee (or function) of one partner. */
export interface Aanvraag {
  diensten: Poort;
  identiteit: { partner: string; gebruiker: string };
  verzoek: Verzoek;
  /** The token id the request's write records (and marks `vastgelegd`), when the route defers it. */
  eenmalig?: { sleutel: string; bewaarTot: number; vastgelegd: boolean } | undefined;
}

/** The logboek context of an entry the caller of `a` causes. */
export function entryContext({ diensten, identiteit, verzoek }: Aanvraag): EntryContext {
  const { partner, gebruiker } = identiteit;
  return { partner, gebruiker, beleid: diensten.beleid.hash, verzoek };
}
