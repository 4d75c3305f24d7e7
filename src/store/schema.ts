/**
 * @module
 * The drizzle schema: one definition for SQLite (Node) and D1 (Workers).
 * Times are milliseconds since the epoch (UTC); lists are JSON text.
 * Migrations are generated from this file into ./migrations by drizzle-kit.
 */

import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One partner's registration of a concern about an entity: categories only, no content. */
export const signalen = sqliteTable(
  'signalen',
  {
    id: text('id').primaryKey(),
    partner: text('partner').notNull(),
    gebruiker: text('gebruiker').notNull(),
    rol: text('rol').notNull(),
    uitbuitingsvormen: text('uitbuitingsvormen', { mode: 'json' }).$type<string[]>().notNull(),
    sterkte: text('sterkte').notNull(),
    gemeente: text('gemeente').notNull(),
    doel: text('doel').notNull(),
    nietInformeren: integer('niet_informeren', { mode: 'boolean' }).notNull().default(false),
    referentie: text('referentie'),
    geregistreerdOp: integer('geregistreerd_op').notNull(),
    vervaltOp: integer('vervalt_op').notNull(),
    ingetrokkenOp: integer('ingetrokken_op'),
    /**
     * Commit order, assigned by the store as max + 1 inside the insert. A registration is
     * matched against signals committed before it, so of two racing registrations the later
     * one makes the match, exactly once.
     */
    volgorde: integer('volgorde').notNull().default(0),
  },
  (t) => [
    index('signalen_partner').on(t.partner),
    index('signalen_vervalt_op').on(t.vervaltOp),
    index('signalen_volgorde').on(t.volgorde),
  ],
);

/** The re-keyed pseudonyms of a signal: the gateway's storage key over the partner's pseudonym. */
export const pseudoniemen = sqliteTable(
  'pseudoniemen',
  {
    signaalId: text('signaal_id')
      .notNull()
      .references(() => signalen.id, { onDelete: 'cascade' }),
    soort: text('soort').notNull(),
    waarde: text('waarde').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.signaalId, t.soort, t.waarde] }),
    index('pseudoniemen_soort_waarde').on(t.soort, t.waarde),
  ],
);

/** A partner's inbox: later matches on its own signals, already filtered by policy. */
export const meldingen = sqliteTable(
  'meldingen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partner: text('partner').notNull(),
    signaalId: text('signaal_id').notNull(),
    inhoud: text('inhoud', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    logboek: integer('logboek').notNull(),
    aangemaaktOp: integer('aangemaakt_op').notNull(),
  },
  (t) => [index('meldingen_partner_id').on(t.partner, t.id)],
);

/**
 * The logboek: `inhoud` holds the canonical entry bytes (the Merkle leaf) as text;
 * the other columns repeat fields of it for searching.
 */
export const logboek = sqliteTable(
  'logboek',
  {
    volgnummer: integer('volgnummer').primaryKey(),
    tijdstip: integer('tijdstip').notNull(),
    actie: text('actie').notNull(),
    partner: text('partner').notNull(),
    bron: text('bron'),
    ontvanger: text('ontvanger'),
    signaal: text('signaal'),
    doel: text('doel'),
    inhoud: text('inhoud').notNull(),
  },
  (t) => [index('logboek_signaal').on(t.signaal), index('logboek_tijdstip').on(t.tijdstip)],
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

/** Token ids already used for a state-changing request, until the token expires. */
export const replay = sqliteTable(
  'replay',
  {
    sleutel: text('sleutel').primaryKey(),
    vervaltOp: integer('vervalt_op').notNull(),
  },
  (t) => [index('replay_vervalt_op').on(t.vervaltOp)],
);
