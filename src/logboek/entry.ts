/**
 * @module
 * Logboek entries and their canonical bytes. The bytes are RFC 8785 (JCS)
 * canonical JSON in UTF-8; they are the Merkle leaves of the logboek and must
 * never change shape: every field is always present (null when it does not apply).
 */
import canonicalize from 'canonicalize';

/**
 * What happened. Registrations, disclosures, denials, withdrawals, purges, policy loads and
 * access requests are all logged. `verwijdering` is how purges were logged before
 * `vernietiging`; it stays so older entries can still be searched. `herstel` acknowledges a
 * restore from a backup: the leaves that were lost and the last checkpoint before the loss.
 * `advies`: a counting-only advies (issue 19), without pseudonyms; `cijfers`: figures shown to
 * a partner, an aggregate disclosure with its grondslagen (issue 19).
 * `logboek-gewist`: the logboek's own retention erased the content of its oldest leaves
 * ({@link Wissing}). `sleutelwissel`: the checkpoint key changed ({@link Sleutelwissel}).
 */
export const ACTIES = [
  'registratie',
  'verstrekking',
  'weigering',
  'intrekking',
  'verwijdering',
  'beleid-geladen',
  'vernietiging',
  'inzage',
  'herstel',
  'overdracht',
  'overdracht-antwoord',
  'status',
  'terugkoppeling',
  'logboek-gewist',
  'terugkoppelingsvraag',
  'sleutelwissel',
  'advies',
  'cijfers',
  'regie',
  'termijn',
  'stapel',
] as const;
export type Actie = (typeof ACTIES)[number];

/** The request that caused an entry: our request id, and the W3C traceparent when the caller sent one. */
export interface Verzoek {
  id: string;
  traceparent: string | null;
}

/** An entry before the store assigns its volgnummer and time. */
export interface EntryConcept {
  actie: Actie;
  /** The acting partner (token `iss`), or 'ketenpoort' for the gateway itself. */
  partner: string;
  /** The acting user (token `sub`): a pseudonymous employee or function id. */
  gebruiker: string | null;
  bron: string | null;
  ontvanger: string | null;
  signaal: string | null;
  /** The disclosed fields (VELDEN), in their fixed order. */
  gegevens: string[];
  doel: string | null;
  grondslagen: string[];
  regels: string[];
  beleid: string;
  verzoek: Verzoek | null;
  /** Commitments to the subject's stored pseudonyms: HMAC-SHA256(opening, "ketenpoort:betrokkene:v1:" + pseudonym), base64url. */
  betrokkene: string[];
  /** Only on a `logboek-gewist` entry (and then in its canonical bytes): what was erased. */
  wissing?: Wissing;
  /**
   * Only on a `herstel` entry (absent on every other, so their bytes stay as they were): what
   * a restore lost.
   */
  herstel?: Herstel;
  /** Only on a `sleutelwissel` entry (absent on every other): the handover to a new checkpoint key. */
  sleutelwissel?: Sleutelwissel;
  /**
   * Only on a `beleid-geladen` entry (absent on every other, and on loads logged before it
   * existed): the pseudonym version the set accepts and the keys it pins, by name.
   */
  pseudoniemsleutels?: Pseudoniemsleutels;
}

/**
 * Of a `beleid-geladen` entry: the pseudonym version and each pinned key: its id and, for v2,
 * the SHA-256 (hex) of the sleutelbewaarder's public key; null for a v1 ketensleutel, which
 * the gateway never holds. They are in the policy hash too; here the FG reads them by name.
 */
export interface Pseudoniemsleutels {
  versie: 'v1' | 'v2';
  sleutels: Array<{ id: string; vingerafdruk: string | null }>;
}

/**
 * What a restore from a backup lost: the leaves `verlorenVan` to `verlorenTot` (inclusive)
 * that the last checkpoint the gateway signed before it (`checkpoint`, the signed note) covered
 * and the restored database does not hold. Witnesses holding that checkpoint see a fork; this
 * entry says the operator made it.
 */
export interface Herstel {
  verlorenVan: number;
  verlorenTot: number;
  checkpoint: string;
}

/**
 * The checkpoint key changed (src/logboek/sleutelreeks.ts): the handover note `overdracht`,
 * signed by the old key, names the new key `vkey`, which signs checkpoints from tree size
 * `vanaf` on: the size of the tree that ends with this entry's leaf, which the old key signs.
 */
export interface Sleutelwissel {
  vanaf: number;
  /** The old key's vkey: the one that signed `overdracht`. */
  vorige: string;
  vkey: string;
  overdracht: string;
}

/**
 * What the bron of a verstrekking may know of it: the ontvanger's own rule toward the bron
 * decides (issue 11). `volledig`: it grants `partner`; `afgeschermd`: only `bestaan`;
 * `geen`: nothing, and the bron and its FG see no trace of the verstrekking.
 */
export type BronZicht = 'volledig' | 'afgeschermd' | 'geen';

/**
 * Of a `logboek-gewist` entry: leaves 1..`totEnMetBlad` (entries 1..`totEnMetRegel`), all
 * older than `grens` (the time of the erasure minus `maanden`), lost their content and kept
 * their number, time and leaf hash.
 */
export interface Wissing {
  totEnMetBlad: number;
  totEnMetRegel: number;
  /** UTC ISO 8601: every erased leaf is older. */
  grens: string;
  /** The logboek's bewaartermijn in months (logboek.yaml) the erasure applied. */
  maanden: number;
}

/** A committed entry. */
export interface Entry extends EntryConcept {
  volgnummer: number;
  /** UTC, millisecond precision, ISO 8601 (`2026-11-23T10:15:00.000Z`). */
  tijdstip: string;
  /**
   * Of a verstrekking: what its bron may know of it. Kept beside the entry by the store,
   * not part of the canonical bytes (absent on entries from before it was recorded: then
   * the bron sees nothing, failing closed).
   */
  bronZicht?: BronZicht | null;
  /** The leaf (request) the entry is in; kept beside it by the store, not in its text. */
  blad?: number;
}

/**
 * An entry from its stored row: the canonical text, and beside it what its bron may know and
 * the leaf it is in.
 */
export function entryUitRij(rij: {
  inhoud: string;
  bronZicht?: BronZicht | null;
  blad?: number;
}): Entry {
  const entry = JSON.parse(rij.inhoud) as Entry;
  if (rij.bronZicht) entry.bronZicht = rij.bronZicht;
  if (rij.blad) entry.blad = rij.blad;
  return entry;
}

/** The canonical leaf bytes of an entry (RFC 8785). */
export function entryBytes(entry: Entry): Uint8Array {
  return new TextEncoder().encode(entryTekst(entry));
}

/** The canonical JSON text of an entry; only the fields of {@link Entry} are included. */
export function entryTekst(entry: Entry): string {
  const vorm: Entry = {
    volgnummer: entry.volgnummer,
    tijdstip: entry.tijdstip,
    actie: entry.actie,
    partner: entry.partner,
    gebruiker: entry.gebruiker,
    bron: entry.bron,
    ontvanger: entry.ontvanger,
    signaal: entry.signaal,
    gegevens: entry.gegevens,
    doel: entry.doel,
    grondslagen: entry.grondslagen,
    regels: entry.regels,
    beleid: entry.beleid,
    verzoek: entry.verzoek
      ? { id: entry.verzoek.id, traceparent: entry.verzoek.traceparent }
      : null,
    betrokkene: entry.betrokkene,
    ...(entry.wissing && {
      wissing: {
        totEnMetBlad: entry.wissing.totEnMetBlad,
        totEnMetRegel: entry.wissing.totEnMetRegel,
        grens: entry.wissing.grens,
        maanden: entry.wissing.maanden,
      },
    }),
    ...(entry.herstel
      ? {
          herstel: {
            verlorenVan: entry.herstel.verlorenVan,
            verlorenTot: entry.herstel.verlorenTot,
            checkpoint: entry.herstel.checkpoint,
          },
        }
      : {}),
    ...(entry.sleutelwissel && {
      sleutelwissel: {
        vanaf: entry.sleutelwissel.vanaf,
        vorige: entry.sleutelwissel.vorige,
        vkey: entry.sleutelwissel.vkey,
        overdracht: entry.sleutelwissel.overdracht,
      },
    }),
    ...(entry.pseudoniemsleutels && {
      pseudoniemsleutels: {
        versie: entry.pseudoniemsleutels.versie,
        sleutels: entry.pseudoniemsleutels.sleutels.map((k) => ({
          id: k.id,
          vingerafdruk: k.vingerafdruk,
        })),
      },
    }),
  };
  const tekst = canonicalize(vorm);
  if (tekst === undefined) throw new Error('logboekregel kan niet worden gecanoniseerd');
  return tekst;
}
