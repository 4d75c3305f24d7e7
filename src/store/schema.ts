/**
 * @module
 * The drizzle schema: one definition for SQLite (Node) and D1 (Workers).
 * Times are milliseconds since the epoch (UTC); lists are JSON text.
 * Migrations are generated from this file into ./migrations by drizzle-kit.
 */

import {
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { Kanaal, Reden, Uitkomst } from '../bezorging/kanaal.js';
import type { Tabel } from '../cijfers/tellingen.js';
import type { Soort } from '../identity/soorten.js';
import type { BronZicht } from '../logboek/entry.js';
import type { OverdrachtStatus } from '../matching/overdracht.js';
import type { RegieAntwoord } from '../matching/regie.js';
import type { TermijnSoort } from '../matching/termijn.js';
import type { Aard, Melder, Rol, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import type { Aanleiding, WaarschuwingTeller } from '../policy/fg-waarschuwing.js';
import type { NietVoorOnsReden } from '../policy/overdracht-woorden.js';
import type { Teller, Venster } from '../policy/quota.js';
import type { Status } from '../policy/terugkoppeling-woorden.js';

/** One partner's registration of a concern about an entity: categories only, no content. */
export const signalen = sqliteTable(
  'signalen',
  {
    id: text('id').primaryKey(),
    partner: text('partner').notNull(),
    gebruiker: text('gebruiker').notNull(),
    rol: text('rol').$type<Rol>().notNull(),
    uitbuitingsvormen: text('uitbuitingsvormen', { mode: 'json' })
      .$type<Uitbuitingsvorm[]>()
      .notNull(),
    sterkte: text('sterkte').$type<Sterkte>().notNull(),
    gemeente: text('gemeente').notNull(),
    /** Issue 19: advies, melding or signaal; rows from before are signalen. */
    aard: text('aard').$type<Aard>().notNull().default('signaal'),
    /** Issue 19: who reported, as a kind; rows from before came from professionals. */
    melder: text('melder').$type<Melder>().notNull().default('professional'),
    doel: text('doel').notNull(),
    /**
     * Of a signal registered for more than one doel (issue 16): all of them, `doel` first.
     * Null for a signal with one doel, so rows from before stay as they were.
     */
    doelen: text('doelen', { mode: 'json' }).$type<string[]>(),
    nietInformeren: integer('niet_informeren', { mode: 'boolean' }).notNull().default(false),
    referentie: text('referentie'),
    geregistreerdOp: integer('geregistreerd_op').notNull(),
    vervaltOp: integer('vervalt_op').notNull(),
    ingetrokkenOp: integer('ingetrokken_op'),
    /** Of a signal taken on through an overdracht (issue 16): the signal it was handed as. */
    herkomst: text('herkomst'),
    /**
     * Commit order, assigned by the store as max + 1 inside the insert. A registration is
     * matched against signals committed before it, so of two racing registrations the later
     * one makes the match, exactly once. Unique, and the key of the signal's pseudonyms.
     */
    volgorde: integer('volgorde').notNull().default(0),
    /**
     * D1 only: stored by batch 1 of a registration and not yet final. Nobody matches against
     * it or reads it until batch 2 (with its logboek entries) makes it final, so a failed
     * batch 2 leaves no window in which another partner learned of an unlogged signal.
     */
    voorlopig: integer('voorlopig', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('signalen_partner').on(t.partner),
    index('signalen_vervalt_op').on(t.vervaltOp),
    uniqueIndex('signalen_volgorde').on(t.volgorde),
  ],
);

/**
 * The re-keyed pseudonyms of a signal: the gateway's storage key over the partner's pseudonym.
 * Keyed by the signal's `volgorde`, not its random id, in a WITHOUT ROWID table (migration
 * 0020): a registration appends its rows at the end of the key instead of writing random pages.
 */
export const pseudoniemen = sqliteTable(
  'pseudoniemen',
  {
    /** The signal's `volgorde`. */
    signaal: integer('signaal')
      .notNull()
      .references(() => signalen.volgorde, { onDelete: 'cascade' }),
    soort: text('soort').$type<Soort>().notNull(),
    waarde: text('waarde').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.signaal, t.soort, t.waarde] }),
    index('pseudoniemen_soort_waarde').on(t.soort, t.waarde),
  ],
);

/**
 * A partner's inbox: later matches on its own signals, already filtered by policy. `nummer`
 * counts per partner and is what the partner sees (id and cursor): a count over all partners
 * would show in its gaps how many notices others got (issue 11).
 */
export const meldingen = sqliteTable(
  'meldingen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partner: text('partner').notNull(),
    nummer: integer('nummer').notNull().default(0),
    signaalId: text('signaal_id').notNull(),
    inhoud: text('inhoud', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    logboek: integer('logboek').notNull(),
    aangemaaktOp: integer('aangemaakt_op').notNull(),
  },
  (t) => [
    index('meldingen_partner_id').on(t.partner, t.id),
    uniqueIndex('meldingen_partner_nummer').on(t.partner, t.nummer),
  ],
);

/**
 * Per partner, the number of its last inbox notice. Numbers are never reused: a notice
 * withdrawn with its signal leaves its number behind, so a cursor a partner holds never
 * skips a later notice.
 */
export const meldingtellers = sqliteTable('meldingtellers', {
  partner: text('partner').primaryKey(),
  laatste: integer('laatste').notNull(),
});

/**
 * The logboek's leaves, one per request (src/logboek/blad.ts): `nummer` is the position in
 * the tree (1, 2, ...), `inhoud` the canonical leaf text that is hashed, `zouten` the salts
 * of its parts by party (JSON, base64url). Leaves from before one leaf per request are the
 * text of one entry each and have no salts.
 */
export const bladen = sqliteTable('bladen', {
  nummer: integer('nummer').primaryKey(),
  tijdstip: integer('tijdstip').notNull(),
  inhoud: text('inhoud').notNull(),
  zouten: text('zouten', { mode: 'json' }).$type<Record<string, string>>(),
});

/**
 * The logboek: `inhoud` holds the canonical entry text, `blad` the leaf it is in; the other
 * columns repeat fields of it for searching. `volgnummer` orders every entry and only the
 * gateway's FG sees it.
 */
export const logboek = sqliteTable(
  'logboek',
  {
    volgnummer: integer('volgnummer').primaryKey(),
    /** The leaf (`bladen.nummer`) of the request that wrote the entry. */
    blad: integer('blad').notNull().default(0),
    tijdstip: integer('tijdstip').notNull(),
    actie: text('actie').notNull(),
    partner: text('partner').notNull(),
    bron: text('bron'),
    ontvanger: text('ontvanger'),
    signaal: text('signaal'),
    doel: text('doel'),
    /** Of a verstrekking: what its bron may know of it (`BronZicht`); not in the leaf. */
    bronZicht: text('bron_zicht').$type<BronZicht>(),
    inhoud: text('inhoud').notNull(),
  },
  (t) => [
    index('logboek_signaal').on(t.signaal),
    index('logboek_tijdstip').on(t.tijdstip),
    index('logboek_blad').on(t.blad),
  ],
);

/** Openings of the betrokkene commitments, kept apart so they can be erased at the end of retention. */
export const openingen = sqliteTable(
  'openingen',
  {
    volgnummer: integer('volgnummer').primaryKey(),
    opening: blob('opening', { mode: 'buffer' }).$type<Uint8Array>().notNull(),
    vervaltOp: integer('vervalt_op').notNull(),
  },
  (t) => [index('openingen_vervalt_op').on(t.vervaltOp)],
);

/**
 * Beside each opening, the stored pseudonyms its commitments commit to: the index an inzage
 * finds a person's entries by, without computing a commitment for every entry of the log.
 * Erased with the opening (same `vervaltOp`, and with the signal at its vernietiging).
 */
export const openingPseudoniemen = sqliteTable(
  'opening_pseudoniemen',
  {
    waarde: text('waarde').notNull(),
    volgnummer: integer('volgnummer').notNull(),
    vervaltOp: integer('vervalt_op').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.waarde, t.volgnummer] }),
    index('opening_pseudoniemen_volgnummer').on(t.volgnummer),
    index('opening_pseudoniemen_vervalt_op').on(t.vervaltOp),
  ],
);

/** Token ids already used for a state-changing request, until no verifier accepts the token. */
export const replay = sqliteTable(
  'replay',
  {
    sleutel: text('sleutel').primaryKey(),
    vervaltOp: integer('vervalt_op').notNull(),
  },
  (t) => [index('replay_vervalt_op').on(t.vervaltOp)],
);

/**
 * The logboek's RFC 9162 tree as stored nodes: the root of every complete perfect subtree
 * (level l, index i covers leaves i * 2^l .. (i + 1) * 2^l - 1; level 0 holds the leaf
 * hashes). Written once, never changed; proofs read O(log n) of them.
 */
export const merkleKnopen = sqliteTable(
  'merkle_knopen',
  {
    niveau: integer('niveau').notNull(),
    positie: integer('positie').notNull(),
    hash: blob('hash', { mode: 'buffer' }).$type<Uint8Array>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.niveau, t.positie] })],
);

/** Every signed checkpoint of the logboek (C2SP tlog-checkpoint), kept forever. */
export const checkpoints = sqliteTable('checkpoints', {
  grootte: integer('grootte').primaryKey(),
  root: blob('root', { mode: 'buffer' }).$type<Uint8Array>().notNull(),
  note: text('note').notNull(),
  gemaaktOp: integer('gemaakt_op').notNull(),
});

/** Witness cosignatures (cosignature/v1) beside the checkpoint they sign. */
export const cosignaturen = sqliteTable(
  'cosignaturen',
  {
    grootte: integer('grootte')
      .notNull()
      .references(() => checkpoints.grootte),
    getuige: text('getuige').notNull(),
    vkey: text('vkey').notNull(),
    /** The authenticated partner that posted it. */
    partner: text('partner').notNull(),
    /** The cosigned time, POSIX seconds. */
    tijd: integer('tijd').notNull(),
    regel: text('regel').notNull(),
    ontvangenOp: integer('ontvangen_op').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.grootte, t.vkey] }),
    index('cosignaturen_getuige').on(t.getuige),
  ],
);

/**
 * The quota counters: per partner, counter and fixed window (`vanaf` until `tot`), how many tries
 * were counted. Operational, not the logboek; rows of ended windows go in the hourly purge.
 */
export const quotaTellers = sqliteTable(
  'quota_tellers',
  {
    partner: text('partner').notNull(),
    teller: text('teller').$type<Teller>().notNull(),
    venster: text('venster').$type<Venster>().notNull(),
    vanaf: integer('vanaf').notNull(),
    tot: integer('tot').notNull(),
    aantal: integer('aantal').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partner, t.teller, t.venster, t.vanaf] }),
    index('quota_tellers_tot').on(t.tot),
  ],
);

/**
 * Warnings for the FG of the gateway and of the partner: a try above a quota, or withdrawals
 * soon after registering. Kept here and never in the logboek, whose size every partner can read.
 * One row per partner, gebruiker, counter and window; a repeat counts up `aantal`.
 */
export const waarschuwingen = sqliteTable(
  'waarschuwingen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partner: text('partner').notNull(),
    gebruiker: text('gebruiker').notNull(),
    aanleiding: text('aanleiding').$type<Aanleiding>().notNull(),
    teller: text('teller').$type<WaarschuwingTeller>().notNull(),
    venster: text('venster').$type<Venster>().notNull(),
    vanaf: integer('vanaf').notNull(),
    tot: integer('tot').notNull(),
    limiet: integer('limiet').notNull(),
    aantal: integer('aantal').notNull(),
    eersteOp: integer('eerste_op').notNull(),
    laatsteOp: integer('laatste_op').notNull(),
  },
  (t) => [
    uniqueIndex('waarschuwingen_sleutel').on(
      t.partner,
      t.gebruiker,
      t.aanleiding,
      t.teller,
      t.venster,
      t.vanaf,
    ),
    index('waarschuwingen_partner_id').on(t.partner, t.id),
    index('waarschuwingen_laatste_op').on(t.laatsteOp),
  ],
);

/**
 * Which storage keys the stored pseudonyms are keyed with: one row, the stored value of a
 * fixed pseudonym no partner sends (src/pseudonym/opslag.ts `opslagVingerafdruk`). A gateway
 * with other keys refuses to start instead of silently matching nothing.
 */
export const opslagsleutel = sqliteTable('opslagsleutel', {
  id: integer('id').primaryKey(),
  vingerafdruk: text('vingerafdruk').notNull(),
});

/**
 * Overdrachten (issue 16): partner `van` handed signal `signaal` of `bron` to `naar` for
 * `doel`. `inhoud` is what `naar` was shown; `status` is `open` until `naar` answers. No
 * content about a person: closed-list statuses, ids and a reference checked not to be an
 * identifier. Deleted with the signal at the end of its bewaartermijn.
 */
export const overdrachten = sqliteTable(
  'overdrachten',
  {
    id: text('id').primaryKey(),
    signaal: text('signaal').notNull(),
    bron: text('bron').notNull(),
    van: text('van').notNull(),
    naar: text('naar').notNull(),
    doel: text('doel').notNull(),
    referentie: text('referentie'),
    regels: text('regels', { mode: 'json' }).$type<string[]>().notNull(),
    grondslagen: text('grondslagen', { mode: 'json' }).$type<string[]>().notNull(),
    inhoud: text('inhoud', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<OverdrachtStatus>().notNull(),
    reden: text('reden').$type<NietVoorOnsReden>(),
    doorgezetNaar: text('doorgezet_naar'),
    signaalNaar: text('signaal_naar'),
    aangemaaktOp: integer('aangemaakt_op').notNull(),
    beantwoordOp: integer('beantwoord_op'),
  },
  (t) => [index('overdrachten_signaal').on(t.signaal), index('overdrachten_naar').on(t.naar)],
);

/** The status each partner keeps on its own signal (issue 16); one row per signal. */
export const statussen = sqliteTable('statussen', {
  signaal: text('signaal').primaryKey(),
  partner: text('partner').notNull(),
  status: text('status').$type<Status>().notNull(),
  toelichting: text('toelichting'),
  gewijzigdOp: integer('gewijzigd_op').notNull(),
});

/**
 * A login in progress at an organisation's identity provider (werkplek): the OpenID Connect
 * state, nonce and PKCE verifier, kept server-side under the hash of the login-state cookie
 * and deleted when the callback uses them, so a replayed callback finds nothing.
 */
export const inlogpogingen = sqliteTable(
  'inlogpogingen',
  {
    id: text('id').primaryKey(),
    organisatie: text('organisatie').notNull(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    verifier: text('verifier').notNull(),
    vervaltOp: integer('vervalt_op').notNull(),
  },
  (t) => [index('inlogpogingen_vervalt_op').on(t.vervaltOp)],
);

/**
 * A person's session on the werkplek, under the hash of the session cookie (a stolen database
 * holds no usable cookie). `persoon` is an opaque HMAC of issuer and `sub`, never the `sub`
 * itself (it can be an e-mail address).
 */
export const sessies = sqliteTable(
  'sessies',
  {
    id: text('id').primaryKey(),
    organisatie: text('organisatie').notNull(),
    persoon: text('persoon').notNull(),
    rollen: text('rollen', { mode: 'json' }).$type<string[]>().notNull(),
    csrf: text('csrf').notNull(),
    begonnenOp: integer('begonnen_op').notNull(),
    actiefOp: integer('actief_op').notNull(),
  },
  (t) => [index('sessies_persoon').on(t.persoon), index('sessies_actief_op').on(t.actiefOp)],
);

/**
 * Requests for terugkoppeling (issue 16): partner `van` asks the owner `aan` of signal
 * `signaal` for feedback by `gevraagdVoor` (ms, a date). The deadline is enforced by the
 * casus issue's termijnen; the request also links `van` to the signal for its statuses.
 */
export const terugkoppelingsvragen = sqliteTable(
  'terugkoppelingsvragen',
  {
    id: text('id').primaryKey(),
    signaal: text('signaal').notNull(),
    van: text('van').notNull(),
    aan: text('aan').notNull(),
    doel: text('doel').notNull(),
    gevraagdVoor: integer('gevraagd_voor').notNull(),
    aangemaaktOp: integer('aangemaakt_op').notNull(),
  },
  (t) => [index('terugkoppelingsvragen_signaal').on(t.signaal)],
);

/**
 * Per partner and kanaal (issue 18): up to which inbox number its notices were announced
 * (`gemeld`), failed attempts since the last success (`mislukt`), and when the next attempt may start
 * (a backoff, or the lease of the attempt under way). Operational, never the logboek.
 */
export const bezorgstanden = sqliteTable(
  'bezorgstanden',
  {
    partner: text('partner').notNull(),
    kanaal: text('kanaal').$type<Kanaal>().notNull(),
    gemeld: integer('gemeld').notNull(),
    /** Failed attempts since the last success. */
    mislukt: integer('mislukt').notNull(),
    volgendeOp: integer('volgende_op').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partner, t.kanaal] })],
);

/**
 * Every delivery attempt of a webhook or mail (issue 18), for the gateway's FG: a closed-list
 * outcome and reason, never a body, address or error text. Not the logboek: a partner can
 * size the log, and an attempt must not grow it.
 */
export const bezorgpogingen = sqliteTable(
  'bezorgpogingen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partner: text('partner').notNull(),
    kanaal: text('kanaal').$type<Kanaal>().notNull(),
    /** The inbox number the attempt announced (the partner's own count). */
    tot: integer('tot').notNull(),
    /** The how-manieth attempt of this announcement (1, 2, ...). */
    keer: integer('keer').notNull(),
    tijdstip: integer('tijdstip').notNull(),
    uitkomst: text('uitkomst').$type<Uitkomst>().notNull(),
    reden: text('reden').$type<Reden>(),
    /** The HTTP status the receiver answered, if it answered. */
    status: integer('status'),
  },
  (t) => [index('bezorgpogingen_tijdstip').on(t.tijdstip)],
);

/**
 * Issue 19: the counters of the published figures, written in the transaction of the event they
 * count, for exactly the dimensions of one table (no wider cross-product). They are not derived
 * from signalen, so they survive the signals' destruction at the end of their bewaartermijn.
 * `a` and `b` are the table's two dimensions ('' when it has one); `periode` its grid period.
 */
export const tellingen = sqliteTable(
  'tellingen',
  {
    tabel: text('tabel').$type<Tabel>().notNull(),
    periode: text('periode').notNull(),
    partner: text('partner').notNull(),
    a: text('a').notNull(),
    b: text('b').notNull(),
    aantal: integer('aantal').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tabel, t.periode, t.partner, t.a, t.b] })],
);

/**
 * Who leads a casus (issue 17), by its public id; one row per casus. Migration 0015's triggers
 * let a first regisseur in only while none is stored, and a handover only from `vorige`.
 */
export const regie = sqliteTable('regie', {
  casus: text('casus').primaryKey(),
  regisseur: text('regisseur').notNull(),
  doel: text('doel').notNull(),
  sinds: integer('sinds').notNull(),
  vorige: text('vorige'),
  voorstel: text('voorstel'),
});

/** Proposals to take regie of a casus (issue 17); answered once (migration 0015's trigger). */
export const regievoorstellen = sqliteTable(
  'regievoorstellen',
  {
    id: text('id').primaryKey(),
    casus: text('casus').notNull(),
    van: text('van').notNull(),
    naar: text('naar').notNull(),
    doel: text('doel').notNull(),
    status: text('status').$type<'open' | RegieAntwoord>().notNull(),
    naarSignaal: text('naar_signaal'),
    regisseurBijVoorstel: text('regisseur_bij_voorstel'),
    aangemaaktOp: integer('aangemaakt_op').notNull(),
    beantwoordOp: integer('beantwoord_op'),
  },
  (t) => [index('regievoorstellen_casus').on(t.casus)],
);

/** Termijnen reported as passed (issue 17), once per overdracht, proposal or request. */
export const termijnmeldingen = sqliteTable('termijnmeldingen', {
  onderwerp: text('onderwerp').primaryKey(),
  soort: text('soort').$type<TermijnSoort>().notNull(),
  verstrekenOp: integer('verstreken_op').notNull(),
  gemeldOp: integer('gemeld_op').notNull(),
});

/**
 * The last answer of a casussen read per signal (issue 17): its fingerprint and the leaf that
 * logged it, so an unchanged repeated read does not grow the logboek. No identifier in it.
 */
export const casusinzagen = sqliteTable('casusinzagen', {
  signaal: text('signaal').primaryKey(),
  vingerafdruk: text('vingerafdruk').notNull(),
  blad: integer('blad').notNull(),
});

/** Stapelmeldingen (issue 17): a stapelregel fired for a casus; issue 19 counts these rows. */
export const stapelmeldingen = sqliteTable('stapelmeldingen', {
  id: text('id').primaryKey(),
  regel: text('regel').notNull(),
  casus: text('casus').notNull(),
  ontvanger: text('ontvanger').notNull(),
  aantal: integer('aantal').notNull(),
  partners: integer('partners').notNull(),
  op: integer('op').notNull(),
});
