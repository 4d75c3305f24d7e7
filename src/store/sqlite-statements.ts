/**
 * @module
 * The statements of the better-sqlite3 store, prepared once per connection with drizzle
 * placeholders. Building and preparing a drizzle query costs several times more than
 * running it, and `koppel` runs them for every registration and overlap request
 * (issue 6: preparing them once cut the CPU time of registering through the store
 * to about 40%).
 */
import type Database from 'better-sqlite3';
import { desc, eq, is, lt, Param, Placeholder, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Telling } from '../policy/quota.js';
import {
  eigenaarQuery,
  kandidatenQuery,
  laatsteMeldingnummer,
  pseudoniemenQuery,
  signaalQuery,
  telMelding,
  telOp,
  volgordeVan,
} from './queries.js';
import { reserveerQuery, reserveerWaarden } from './quota-queries.js';
import { belegdeCasussenQueries } from './regie-queries.js';
import * as schema from './schema.js';
import { merkleKnopen } from './schema.js';

type Db = BetterSQLite3Database<typeof schema>;

const ph = sql.placeholder;

/** The prepared statements of one connection; run them inside its transactions as well. */
export type Statements = ReturnType<typeof bereidStatements>;

/** Prepares every statement of the hot path on `db` (`sqlite`: its connection, for raw SQL). */
export function bereidStatements(db: Db, sqlite: Database.Database) {
  const {
    signalen: s,
    pseudoniemen: p,
    logboek: l,
    bladen: b,
    openingen: o,
    meldingen: m,
    replay,
  } = schema;
  const kandidaten = new Map<string, ReturnType<typeof bereidKandidaten>>();
  const k = merkleKnopen;
  const reserveren = bereidReserveren(sqlite);
  return {
    reserveer: reserveren,
    signaal: signaalQuery(db, ph('id')).prepare(),
    eigenaar: eigenaarQuery(db, ph('id')).prepare(),
    pseudoniemen: pseudoniemenQuery(db, ph('id')).prepare(),
    /** The casussen among a JSON array `casussen` with regie or a proposal (issue 17). */
    belegd: belegdeCasussenQueries(db, ph('casussen')).map((q) => q.prepare()),
    /** Candidates for `aantal` own pseudonyms (s0/w0, s1/w1, ...), optionally before `voor`. */
    kandidaten(aantal: number, metVoor: boolean) {
      const sleutel = `${aantal}:${metVoor}`;
      let q = kandidaten.get(sleutel);
      if (!q) {
        q = bereidKandidaten(db, aantal, metVoor);
        kandidaten.set(sleutel, q);
      }
      return q;
    },
    voegSignaalToe: schrijver(
      sqlite,
      db.insert(s).values({
        id: ph('id'),
        partner: ph('partner'),
        gebruiker: ph('gebruiker'),
        rol: ph('rol'),
        uitbuitingsvormen: ph('uitbuitingsvormen'),
        sterkte: ph('sterkte'),
        gemeente: ph('gemeente'),
        aard: ph('aard'),
        melder: ph('melder'),
        doel: ph('doel'),
        // Bound as its JSON text (or NULL) by the caller: through the column's json mode a
        // placeholder would store a missing list as the text 'null', unlike D1's NULL.
        doelen: sql`${ph('doelenJson')}`,
        nietInformeren: ph('nietInformeren'),
        referentie: ph('referentie'),
        geregistreerdOp: ph('geregistreerdOp'),
        vervaltOp: ph('vervaltOp'),
        ingetrokkenOp: ph('ingetrokkenOp'),
        herkomst: ph('herkomst'),
        volgorde: sql`(SELECT coalesce(max(volgorde), 0) + 1 FROM signalen)`,
      }),
    ),
    voegPseudoniemToe: schrijver(
      sqlite,
      db.insert(p).values({
        signaal: volgordeVan(ph('signaalId')),
        soort: ph('soort'),
        waarde: ph('waarde'),
      }),
    ),
    voegBladToe: schrijver(
      sqlite,
      db.insert(b).values({
        nummer: ph('nummer'),
        tijdstip: ph('tijdstip'),
        inhoud: ph('inhoud'),
        zouten: ph('zouten'),
      }),
    ),
    voegEntryToe: schrijver(
      sqlite,
      db.insert(l).values({
        volgnummer: ph('volgnummer'),
        blad: ph('blad'),
        tijdstip: ph('tijdstip'),
        actie: ph('actie'),
        partner: ph('partner'),
        bron: ph('bron'),
        ontvanger: ph('ontvanger'),
        signaal: ph('signaal'),
        doel: ph('doel'),
        bronZicht: ph('bronZicht'),
        inhoud: ph('inhoud'),
      }),
    ),
    voegOpeningToe: schrijver(
      sqlite,
      db.insert(o).values({
        volgnummer: ph('volgnummer'),
        opening: ph('opening'),
        vervaltOp: ph('vervaltOp'),
      }),
    ),
    voegOpeningPseudoniemToe: schrijver(
      sqlite,
      db
        .insert(schema.openingPseudoniemen)
        .values({ waarde: ph('waarde'), volgnummer: ph('volgnummer'), vervaltOp: ph('vervaltOp') })
        .onConflictDoNothing(),
    ),
    telMelding: telMelding(db, ph('partner')).prepare(),
    /** Adds to one counter of the figures (issue 19); every registration adds to several. */
    telOp: schrijver(
      sqlite,
      telOp(db, {
        tabel: ph('tabel'),
        periode: ph('periode'),
        partner: ph('partner'),
        a: ph('a'),
        b: ph('b'),
        aantal: ph('aantal'),
      }),
    ),
    voegMeldingToe: db
      .insert(m)
      .values({
        partner: ph('partner'),
        nummer: laatsteMeldingnummer(ph('partner')),
        signaalId: ph('signaalId'),
        inhoud: ph('inhoud'),
        logboek: ph('logboek'),
        aangemaaktOp: ph('aangemaaktOp'),
      })
      .prepare(),
    /** Committed entries, leaves, and leaves of the stored tree (as standQuery, in three). */
    entries: db
      .select({ n: sql<number>`coalesce(max(${l.volgnummer}), 0)` })
      .from(l)
      .prepare(),
    bladen: db
      .select({ n: sql<number>`coalesce(max(${b.nummer}), 0)` })
      .from(b)
      .prepare(),
    bladeren: db
      .select({ n: sql<number>`coalesce(max(${k.positie}) + 1, 0)` })
      .from(k)
      .where(eq(k.niveau, 0))
      .prepare(),
    voegKnoopToe: schrijver(
      sqlite,
      db.insert(k).values({ niveau: ph('niveau'), positie: ph('positie'), hash: ph('hash') }),
    ),
    laatsteCheckpoint: db
      .select()
      .from(schema.checkpoints)
      .orderBy(desc(schema.checkpoints.grootte))
      .limit(1)
      .prepare(),
    bewaarCheckpoint: db
      .insert(schema.checkpoints)
      .values({
        grootte: ph('grootte'),
        root: ph('root'),
        note: ph('note'),
        gemaaktOp: ph('gemaaktOp'),
      })
      .onConflictDoNothing()
      .prepare(),
    ruimTokensOp: db
      .delete(replay)
      .where(lt(replay.vervaltOp, ph('nu')))
      .prepare(),
    gebruikToken: schrijver(
      sqlite,
      db
        .insert(replay)
        .values({ sleutel: ph('sleutel'), vervaltOp: ph('vervaltOp') })
        .onConflictDoNothing(),
    ),
  };
}

/**
 * A write of drizzle's query builder (placeholders for its values) as a better-sqlite3
 * statement that binds by name itself: the SQL and every parameter's column encoder are looked
 * up once, where drizzle's prepared query checks the kind of every parameter on every call.
 * A registration runs a dozen of these writes; the checks were about 5% of its store time.
 */
function schrijver(sqlite: Database.Database, q: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql: tekst, params } = q.toSQL();
  const st = sqlite.prepare(tekst);
  const waarde = (naam: string, w: Record<string, unknown>) => {
    if (!(naam in w)) throw new Error(`geen waarde voor "${naam}"`);
    return w[naam];
  };
  const binders = params.map((p): ((w: Record<string, unknown>) => unknown) => {
    if (is(p, Param) && is(p.value, Placeholder)) {
      const naam = p.value.name;
      const encoder = p.encoder;
      return (w) => encoder.mapToDriverValue(waarde(naam, w));
    }
    if (is(p, Placeholder)) {
      const naam = p.name;
      return (w) => waarde(naam, w);
    }
    return () => p;
  });
  return {
    run: (w: Record<string, unknown>): Database.RunResult => st.run(...binders.map((b) => b(w))),
  };
}

function bereidKandidaten(db: Db, aantal: number, metVoor: boolean) {
  const eigen = Array.from({ length: aantal }, (_, i) => ({
    soort: ph(`s${i}`),
    waarde: ph(`w${i}`),
  }));
  // Every partner's signals, the owner's own too: its earlier signals count toward a stapel.
  return kandidatenQuery(
    db,
    eigen,
    undefined,
    ph('nu'),
    metVoor ? ph('voor') : undefined,
  ).prepare();
}

/**
 * The quota's one conditional upsert (reserveerQuery), prepared once per number of counters:
 * its text depends only on that number, and every try of a registration or an overlap read
 * runs it. Its parameters are the tellingen's values in order (reserveerWaarden), so the
 * query is built only to prepare it. Returns the changes (one per telling when counted).
 */
function bereidReserveren(sqlite: Database.Database) {
  const dialect = new SQLiteSyncDialect();
  const per = new Map<number, Database.Statement>();
  return (tellingen: readonly Telling[]): number => {
    const waarden = tellingen.flatMap(reserveerWaarden);
    let st = per.get(tellingen.length);
    if (!st) {
      const { sql: tekst, params } = dialect.sqlToQuery(reserveerQuery(tellingen));
      if (params.length !== waarden.length || params.some((p, i) => p !== waarden[i])) {
        throw new Error('reserveerWaarden volgt reserveerQuery niet');
      }
      st = sqlite.prepare(tekst);
      per.set(tellingen.length, st);
    }
    return st.run(...waarden).changes;
  };
}
