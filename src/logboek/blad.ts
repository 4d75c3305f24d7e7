/**
 * @module
 * One Merkle leaf per request (issue 11, docs/zijkanalen.md). A registration, a batch item,
 * an overlap read, a withdrawal, an inzage or a run of the gateway itself adds exactly one
 * leaf, whatever it matched: the tree grows with the number of requests, which a partner
 * knows of its own, never with matches it may not learn of.
 *
 * The leaf is canonical JSON (RFC 8785): `{ verzoek, tijdstip, delen }`. `verzoek` is the
 * leaf's number (1, 2, ...: its position in the tree), `delen` holds for every partner of the
 * loaded policy and for the gateway one hash of that party's part:
 * `SHA-256(zout || canonical JSON array of the request's entries as the party sees them)`,
 * with a fresh 32-byte salt per request and party. A party with nothing in the request gets
 * the hash of an empty list under its own salt: without the salt it cannot be told from a
 * full part. A partner sees its entries as its FG does ({@link fgWeergave}) and without their
 * volgnummers, so the global numbering stays with the gateway's FG; the gateway's part holds
 * every entry as it is.
 *
 * Leaves from before this version are the canonical text of one entry each (`volgnummer`
 * first); {@link isOudBlad} tells them apart, and they stay verifiable as they were.
 *
 * @example
 * const zouten = zoutenVoor(['vtgv', 'politie-tmm'], willekeurig);
 * const { inhoud } = maakBlad(7, '2026-12-03T10:00:00.000Z', entries, zouten);
 */
import { sha256 } from '@noble/hashes/sha2.js';
import canonicalize from 'canonicalize';
import { base64url } from '../encoding/base64url.js';
import { type Entry, entryTekst } from './entry.js';
import { binnenBereik, fgBereik, fgWeergave, POORT } from './zoeken.js';

/** The hash of a part (as {@link deelHash}); the Node store brings one with node:crypto. */
export type DeelHash = (zout: Uint8Array, tekst: string) => string;

/** Bytes of a part's salt. */
export const ZOUT_BYTES = 32;

/** A leaf: the request's number and time, and one hash per party (base64url). */
export interface Blad {
  verzoek: number;
  /** UTC, millisecond precision, ISO 8601: the time of every entry in it. */
  tijdstip: string;
  delen: Record<string, string>;
}

/** The salts of one leaf's parts, by party (the partners of the loaded policy and the gateway). */
export type Zouten = Readonly<Record<string, Uint8Array>>;

/** An entry as a partner sees it in its part and in its FG's search: no global volgnummer. */
export type PartnerRegel = Omit<Entry, 'volgnummer' | 'bronZicht' | 'blad'>;

/** Bytes drawn from the CSPRNG at once; a call costs more than the bytes it gives. */
const VOORRAAD_BYTES = 4096;
let voorraad = new Uint8Array(0);
let gebruikt = 0;

/**
 * Random bytes from the platform's CSPRNG (Web Crypto): the default source of salts. Small
 * requests are served from one draw of 4 KiB; every byte is handed out once and then zeroed.
 */
export function willekeurigeBytes(lengte: number): Uint8Array {
  if (!Number.isSafeInteger(lengte) || lengte < 0) {
    throw new RangeError(`willekeurigeBytes: ${lengte} is geen aantal bytes`);
  }
  if (lengte > VOORRAAD_BYTES / 4) return crypto.getRandomValues(new Uint8Array(lengte));
  if (gebruikt + lengte > voorraad.length) {
    voorraad = crypto.getRandomValues(new Uint8Array(VOORRAAD_BYTES));
    gebruikt = 0;
  }
  const uit = voorraad.slice(gebruikt, gebruikt + lengte);
  voorraad.fill(0, gebruikt, gebruikt + lengte);
  gebruikt += lengte;
  return uit;
}

/** Fresh salts for one leaf: one per party in `partijen`, and one for the gateway. */
export function zoutenVoor(
  partijen: Iterable<string>,
  willekeurig: (lengte: number) => Uint8Array,
): Record<string, Uint8Array> {
  const namen = [...new Set([...partijen, POORT])].sort();
  // One draw for all of them: a call to the CSPRNG costs more than the bytes it gives.
  const bytes = willekeurig(ZOUT_BYTES * namen.length);
  const uit: Record<string, Uint8Array> = {};
  namen.forEach((p, i) => {
    uit[p] = bytes.slice(i * ZOUT_BYTES, (i + 1) * ZOUT_BYTES);
  });
  return uit;
}

/** An entry in the scope of `partij` as it sees it (see {@link fgWeergave}), without volgnummer. */
export function partnerRegel(entry: Entry, partij: string): PartnerRegel {
  const { volgnummer: _, bronZicht: __, blad: ___, ...regel } = fgWeergave(entry, partij);
  return regel;
}

/**
 * The canonical text of `partij`'s part of a leaf: a JSON array of its entries as it sees
 * them. `teksten`: the entries' own canonical texts, when already made (the gateway's part).
 */
export function deelTekst(
  entries: readonly Entry[],
  partij: string,
  teksten?: readonly string[],
): string {
  const bereik = fgBereik(partij);
  if (bereik === undefined) return `[${(teksten ?? entries.map(entryTekst)).join(',')}]`;
  const eigen = entries.filter((e) => binnenBereik(e, bereik));
  return `[${eigen.map((e) => canoniek(partnerRegel(e, bereik))).join(',')}]`;
}

/** The hash of a part: SHA-256(salt || text), base64url. */
export function deelHash(zout: Uint8Array, tekst: string): string {
  const bytes = new TextEncoder().encode(tekst);
  const invoer = new Uint8Array(zout.length + bytes.length);
  invoer.set(zout);
  invoer.set(bytes, zout.length);
  return base64url(sha256(invoer));
}

/**
 * The leaf of request `nummer` at `tijdstip` with `entries`, and its canonical text;
 * `teksten`: the entries' canonical texts, when already made; `hash`: a faster {@link deelHash}.
 */
export function maakBlad(
  nummer: number,
  tijdstip: string,
  entries: readonly Entry[],
  zouten: Zouten,
  teksten?: readonly string[],
  hash: DeelHash = deelHash,
): { blad: Blad; inhoud: string } {
  const delen: Record<string, string> = {};
  for (const [partij, zout] of Object.entries(zouten)) {
    delen[partij] = hash(zout, deelTekst(entries, partij, teksten));
  }
  const blad: Blad = { verzoek: nummer, tijdstip, delen };
  return { blad, inhoud: bladTekst(blad) };
}

/** The canonical text of a leaf. */
export function bladTekst(blad: Blad): string {
  return canoniek({ verzoek: blad.verzoek, tijdstip: blad.tijdstip, delen: blad.delen });
}

/** True when a leaf's text is one entry, as leaves were before one leaf per request. */
export function isOudBlad(inhoud: string): boolean {
  return inhoud.startsWith('{"actie":');
}

function canoniek(waarde: unknown): string {
  const tekst = canonicalize(waarde);
  if (tekst === undefined) throw new Error('blad kan niet worden gecanoniseerd');
  return tekst;
}
