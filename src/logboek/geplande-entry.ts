/**
 * @module
 * Planned logboek entries, one factory per action, with shared defaults: a field that does
 * not apply is null or empty, never absent (the canonical bytes depend on it). The store
 * gives each entry its volgnummer and time when it commits.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { vanBase64url } from '../encoding/base64url.js';
import type { HmacSha256 } from '../pseudonym/mac.js';
import { betrokkeneCommitments } from './betrokkene.js';
import type {
  BronZicht,
  EntryConcept,
  Herstel,
  Pseudoniemsleutels,
  Sleutelwissel,
  Verzoek,
  Wissing,
} from './entry.js';

/** A logboek entry to write, with the opening of its betrokkene commitments. */
export interface GeplandeEntry {
  concept: EntryConcept;
  opening: Uint8Array | null;
  /** When the opening may be erased (end of the retention of the signals it is about). */
  openingVervaltOp: number;
  /**
   * The stored pseudonyms the commitments commit to, kept beside the opening as the inzage's
   * index and erased with it; empty without an opening.
   */
  pseudoniemen?: readonly string[];
  /** Of a verstrekking: what its bron may know of it (kept beside the entry, not in it). */
  bronZicht?: BronZicht;
}

/** Who acts, under which policy, in which request: the same for every entry of one request. */
export interface EntryContext {
  /** The acting partner (token `iss`), or 'ketenpoort' for the gateway itself. */
  partner: string;
  /** The acting employee or function id (token `sub`); null for the gateway itself. */
  gebruiker: string | null;
  /** The hash of the loaded policy set. */
  beleid: string;
  verzoek: Verzoek | null;
  /** The runtime's HMAC-SHA256 for the betrokkene commitments (Node: node:crypto); default @noble. */
  hmac?: HmacSha256 | undefined;
}

/** The signal an entry is about: enough to name it, its owner and its doel. */
interface Over {
  id: string;
  partner: string;
  doel: string;
}

/** The gateway acting on its own (policy loads, purges, a default regisseur proposed). */
export function poortContext(beleid: string): EntryContext {
  return { partner: 'ketenpoort', gebruiker: null, beleid, verzoek: null };
}

/** An entry of `ctx` with every field that does not apply null or empty (for the other factories). */
export function gepland(
  ctx: EntryContext,
  velden: Partial<EntryConcept> & Pick<EntryConcept, 'actie'>,
  opening: Uint8Array | null = null,
  openingVervaltOp = 0,
  pseudoniemen: readonly string[] = [],
): GeplandeEntry {
  const concept: EntryConcept = {
    partner: ctx.partner,
    gebruiker: ctx.gebruiker,
    bron: null,
    ontvanger: null,
    signaal: null,
    gegevens: [],
    doel: null,
    grondslagen: [],
    regels: [],
    beleid: ctx.beleid,
    verzoek: ctx.verzoek,
    betrokkene: [],
    ...velden,
  };
  return opening && pseudoniemen.length > 0
    ? { concept, opening, openingVervaltOp, pseudoniemen: [...new Set(pseudoniemen)] }
    : { concept, opening, openingVervaltOp };
}

/** A signal registered; the betrokkene is its stored pseudonyms, committed under `opening`. */
export function registratieEntry(
  ctx: EntryContext,
  s: Over & { vervaltOp: number },
  pseudoniemen: readonly string[],
  opening: Uint8Array,
): GeplandeEntry {
  return gepland(
    ctx,
    {
      actie: 'registratie',
      bron: s.partner,
      signaal: s.id,
      doel: s.doel,
      betrokkene: betrokkeneCommitments(opening, pseudoniemen, ctx.hmac),
    },
    opening,
    s.vervaltOp,
    pseudoniemen,
  );
}

/** One direction of a match, decided by the two-key policy: what `naar`'s owner learns of `over`. */
export interface Richting {
  over: Over;
  naar: Over;
  grondslagen: readonly string[];
  regels: readonly string[];
  /** The stored pseudonyms the two signals share. */
  gedeeld: readonly string[];
  opening: Uint8Array;
  /** The later end of the two signals' retention. */
  vervaltOp: number;
}

/**
 * A disclosure of the fields `gegevens` about `over` to the owner of `naar`; `bronZicht`:
 * what the owner of `over` may know of it, by the other side's rule toward it.
 */
export function verstrekkingEntry(
  ctx: EntryContext,
  r: Richting,
  gegevens: readonly string[],
  bronZicht: BronZicht,
): GeplandeEntry {
  return { ...richting(ctx, 'verstrekking', r, gegevens), bronZicht };
}

/** A disclosure the policy refused: logged with the rules that decided it, disclosing nothing. */
export function weigeringEntry(ctx: EntryContext, r: Richting): GeplandeEntry {
  return richting(ctx, 'weigering', r, []);
}

function richting(
  ctx: EntryContext,
  actie: 'verstrekking' | 'weigering',
  r: Richting,
  gegevens: readonly string[],
): GeplandeEntry {
  return gepland(
    ctx,
    {
      actie,
      bron: r.over.partner,
      ontvanger: r.naar.partner,
      signaal: r.over.id,
      gegevens: [...gegevens],
      doel: r.naar.doel,
      grondslagen: [...r.grondslagen],
      regels: [...r.regels],
      betrokkene: betrokkeneCommitments(r.opening, r.gedeeld, ctx.hmac),
    },
    r.opening,
    r.vervaltOp,
    r.gedeeld,
  );
}

/** A signal withdrawn by its owner. */
export function intrekkingEntry(ctx: EntryContext, s: Over & { vervaltOp: number }): GeplandeEntry {
  return gepland(
    ctx,
    { actie: 'intrekking', bron: s.partner, signaal: s.id, doel: s.doel },
    null,
    s.vervaltOp,
  );
}

/** A signal destroyed by the gateway at the end of its bewaartermijn. */
export function vernietigingEntry(beleid: string, s: Over): GeplandeEntry {
  return gepland(poortContext(beleid), {
    actie: 'vernietiging',
    bron: s.partner,
    signaal: s.id,
    doel: s.doel,
  });
}

/**
 * A policy set loaded. When it was signed, `gebruiker` names the signing jurists (their names
 * from the key configuration, sorted, comma-separated), so the FG sees who approved it. The
 * entry names the pinned pseudonym keys of `pseudoniemen` (pseudoniemen.yaml) with the
 * fingerprint of each public key: a changed sleutelbewaarder key is visible in the logboek
 * itself, not only as a different policy hash.
 */
export function beleidGeladenEntry(
  hash: string,
  ondertekenaars: readonly string[] = [],
  pseudoniemen?: PseudoniemenVanBeleid,
): GeplandeEntry {
  const gebruiker = ondertekenaars.length > 0 ? [...ondertekenaars].sort().join(', ') : null;
  return gepland(
    { ...poortContext(hash), gebruiker },
    {
      actie: 'beleid-geladen',
      ...(pseudoniemen && { pseudoniemsleutels: pseudoniemsleutels(pseudoniemen) }),
    },
  );
}

/** What a loaded set pins (src/policy/beleid.ts `PseudoniemInstelling`), structurally. */
export interface PseudoniemenVanBeleid {
  readonly versie: 'v1' | 'v2';
  readonly sleutels: ReadonlyArray<{ readonly id: string; readonly publiek?: string }>;
}

/** The pinned keys by id, each v2 key with the SHA-256 (hex) of its public key's bytes. */
export function pseudoniemsleutels(p: PseudoniemenVanBeleid): Pseudoniemsleutels {
  return {
    versie: p.versie,
    sleutels: p.sleutels.map((k) => ({
      id: k.id,
      vingerafdruk: k.publiek === undefined ? null : bytesToHex(sha256(vanBase64url(k.publiek))),
    })),
  };
}

/**
 * An inzageverzoek answered: the betrokkene is the searched stored pseudonyms, linkable
 * exactly as long as the signals found (`vervaltOp`).
 */
export function inzageEntry(
  ctx: EntryContext,
  pseudoniemen: readonly string[],
  opening: Uint8Array,
  vervaltOp: number,
): GeplandeEntry {
  return gepland(
    ctx,
    { actie: 'inzage', betrokkene: betrokkeneCommitments(opening, pseudoniemen) },
    opening,
    vervaltOp,
    pseudoniemen,
  );
}

/** The logboek's own retention erased the content of its oldest leaves (`wissing` says which). */
export function logboekGewistEntry(beleid: string, wissing: Wissing): GeplandeEntry {
  return gepland(poortContext(beleid), { actie: 'logboek-gewist', wissing });
}

/**
 * A restore acknowledged by the operator (`ketenpoort beheer restore`): the first entry after
 * it names the leaves lost and the last checkpoint signed before the loss.
 */
export function herstelEntry(beleid: string, herstel: Herstel): GeplandeEntry {
  return gepland(poortContext(beleid), { actie: 'herstel', herstel });
}

/**
 * The checkpoint key changes (`ketenpoort logboek sleutel roteer`): the handover note signed by
 * the old key, in the leaf whose tree the old key signs last.
 */
export function sleutelwisselEntry(beleid: string, sleutelwissel: Sleutelwissel): GeplandeEntry {
  return gepland(poortContext(beleid), { actie: 'sleutelwissel', sleutelwissel });
}

/** An overdracht (issue 16): who hands which signal to whom, for which doel, under which rules. */
export interface Overdrachtstap {
  over: Over;
  naar: string;
  doel: string;
  regels: readonly string[];
  grondslagen: readonly string[];
  /** The signal's stored pseudonyms, committed under `opening`. */
  pseudoniemen: readonly string[];
  opening: Uint8Array;
  vervaltOp: number;
}

/**
 * A signal handed to `naar` (`gegevens`: what it was shown), or, with `toegestaan` false, an
 * overdracht the policy refused: a weigering, which discloses nothing.
 */
export function overdrachtEntry(
  ctx: EntryContext,
  s: Overdrachtstap,
  gegevens: readonly string[] | undefined,
): GeplandeEntry {
  return gepland(
    ctx,
    {
      actie: gegevens === undefined ? 'weigering' : 'overdracht',
      bron: s.over.partner,
      ontvanger: s.naar,
      signaal: s.over.id,
      gegevens: [...(gegevens ?? [])],
      doel: s.doel,
      grondslagen: [...s.grondslagen],
      regels: [...s.regels],
      betrokkene: betrokkeneCommitments(s.opening, s.pseudoniemen),
    },
    s.opening,
    s.vervaltOp,
    s.pseudoniemen,
  );
}

/**
 * The recipient of an overdracht answers the partner that handed it (`ontvanger`), under the
 * rules and grondslagen of the overdracht; `gegevens` says what the answer discloses.
 */
export function overdrachtAntwoordEntry(
  ctx: EntryContext,
  a: {
    signaal: string;
    ontvanger: string;
    doel: string;
    regels: readonly string[];
    grondslagen: readonly string[];
    gegevens: readonly string[];
  },
): GeplandeEntry {
  return gepland(ctx, {
    actie: 'overdracht-antwoord',
    bron: ctx.partner,
    ontvanger: a.ontvanger,
    signaal: a.signaal,
    gegevens: [...a.gegevens],
    doel: a.doel,
    grondslagen: [...a.grondslagen],
    regels: [...a.regels],
  });
}

/** The owner sets the status of its own signal (issue 16); `gegevens` names the status. */
export function statusEntry(
  ctx: EntryContext,
  s: Over & { vervaltOp: number },
  gegevens: readonly string[],
): GeplandeEntry {
  return gepland(
    ctx,
    { actie: 'status', bron: s.partner, signaal: s.id, doel: s.doel, gegevens: [...gegevens] },
    null,
    s.vervaltOp,
  );
}

/** A status disclosed to a linked partner (issue 16), under the owner's rule toward it. */
export function terugkoppelingEntry(
  ctx: EntryContext,
  t: TerugkoppelingStap,
  actie: 'terugkoppeling' | 'terugkoppelingsvraag' = 'terugkoppeling',
): GeplandeEntry {
  return gepland(ctx, {
    actie,
    bron: t.over.partner,
    ontvanger: t.ontvanger,
    signaal: t.over.id,
    gegevens: [...t.gegevens],
    doel: t.doel,
    grondslagen: [...t.grondslagen],
    regels: [...t.regels],
  });
}

/** Of a terugkoppeling (or a request for it): about which signal, to whom, under what. */
export interface TerugkoppelingStap {
  over: Over;
  ontvanger: string;
  doel: string;
  gegevens: readonly string[];
  regels: readonly string[];
  grondslagen: readonly string[];
}

/** A counting-only advies (issue 19): no signal, no pseudonym, nothing disclosed. */
export function adviesEntry(ctx: EntryContext): GeplandeEntry {
  return gepland(ctx, { actie: 'advies', bron: ctx.partner });
}

/**
 * Figures shown to the acting partner (issue 19): an aggregate disclosure, with the
 * grondslagen the policy names for the figures; `regels` names the tables shown.
 */
export function cijfersEntry(
  ctx: EntryContext,
  grondslagen: readonly string[],
  tabellen: readonly string[],
): GeplandeEntry {
  return gepland(ctx, {
    actie: 'cijfers',
    ontvanger: ctx.partner,
    grondslagen: [...grondslagen],
    regels: [...tabellen],
  });
}
