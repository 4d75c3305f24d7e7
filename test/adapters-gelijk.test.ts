/**
 * Issue 10: the SQLite adapter and the D1 adapter write the same database. Two gateways, one on
 * better-sqlite3 and one on D1 (workerd through Miniflare, in this Node process), with every
 * source of chance fixed (deterministisch.ts), receive the same requests in lockstep:
 * registrations, a batch, overlap, withdrawals, inbox reads, a cosignature and, past the
 * bewaartermijn, the purge as the hourly job runs it. After every step every table must hold
 * the same rows, byte for byte, and every answer must be the same.
 * Only HTTP (and the purge job) is used, so the test outlives changes to the store interface.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Soort } from '../src/identity/soorten.js';
import { cosign } from '../src/logboek/checkpoint.js';
import { splitNote } from '../src/logboek/note.js';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { laadBeleid } from '../src/policy/index.js';
import { openD1Store } from '../src/store/d1.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { d1InNode } from './helpers/d1-in-node.js';
import {
  type DeterministischeGateway,
  deterministischeGateway,
} from './helpers/deterministisch.js';
import { pseudoniemV2 } from './helpers/pseudoniem-v2.js';
import {
  inhoudVan,
  type Kolommen,
  kolommenVan,
  type Lees,
  schemaVan,
  tabellenVan,
} from './helpers/tabellen.js';
import { type Tweeling, tweeling } from './helpers/tweeling.js';

const DAG = 24 * 3600 * 1000;

/**
 * Tables that may differ, each with the reason; everything else in sqlite_master is compared.
 * The replay table is compared: token ids are counted, so its rows are fixed too.
 */
const NIET_VERGELEKEN = new Set([
  // The drizzle migrator's bookkeeping (SQLite only). D1 gets the same migration files through
  // readD1Migrations, as the workers project applies them; the schemas are compared below.
  '__drizzle_migrations',
  // wrangler's migration bookkeeping (D1 only; absent here, named in case a setup adds it).
  'd1_migrations',
  // workerd's own metadata tables inside every D1 database.
  '_cf_METADATA',
  '_cf_KV',
]);
const nietVergeleken = (tabel: string) => NIET_VERGELEKEN.has(tabel);
/**
 * Tables compared like the rest that the API scenario below leaves empty. The werkplek's
 * sessions (src/store/sessies.ts, one drizzle module for both adapters): the scenario never
 * logs a person in; test/werkplek/ fills them.
 */
const LEEG_IN_DIT_SCENARIO = new Set([
  'inlogpogingen',
  'sessies',
  // Issue 18's delivery tables (src/store/bezorgingen.ts, one drizzle module for both
  // adapters): these gateways have no delivery configured; test/gedeeld/api-bezorgingen.test.ts
  // fills them in both runtimes.
  'bezorgstanden',
  'bezorgpogingen',
]);

const p = (soort: Soort, waarde: string) => pseudoniemV2(soort, waarde);
const PERSOON = p('persoon', 'Bakker-Test|1991-07-15');
const TELEFOON = p('telefoon', '06-55509876');
const KVK = p('kvk', '12345678');
const KENTEKEN = p('kenteken', 'XX-999-X');

function body(pseudoniemen: unknown[], extra: Record<string, unknown> = {}) {
  return {
    pseudoniemen,
    rol: 'slachtoffer',
    uitbuitingsvormen: ['seksuele_uitbuiting'],
    sterkte: 'zacht',
    gemeente: 'GM0402',
    doel: 'zorgcoordinatie',
    ...extra,
  };
}

/** The requests of the scenario, with ids read from the answers. */
async function scenario(
  g: Tweeling,
  getuige: DeterministischeGateway['getuige'],
  uitgesloten: { soort: Soort; pseudoniem: string },
) {
  // A soft signal of the gemeente; Veilig Thuis (overlap both ways, a notice for the gemeente);
  // the police (refusals both ways with the gemeente; from Veilig Thuis a disclosure, back a
  // refusal).
  const gemeente = await g.vraag(
    'registreer gemeente',
    'gemeente-hilversum',
    'POST',
    '/v1/signalen',
    body([PERSOON, TELEFOON], { referentie: 'GM-2026-1' }),
  );
  const vt = await g.vraag(
    'registreer vtgv',
    'vtgv',
    'POST',
    '/v1/signalen',
    body([PERSOON], {
      sterkte: 'hard',
      doel: 'veiligheidsbeoordeling',
      nietInformeren: true,
      uitbuitingsvormen: ['seksuele_uitbuiting', 'arbeidsuitbuiting'],
    }),
  );
  const tmm = await g.vraag(
    'registreer tmm',
    'tmm',
    'POST',
    '/v1/signalen',
    body([PERSOON, KVK], { doel: 'opsporing', rol: 'vermoedelijke_dader' }),
  );

  // A batch of zorgcoördinatie: a match with all three, an invalid item, a signal on an excluded
  // entity plus the police's kvk (refusals both ways), and a hard one with a kenteken.
  const batch = await g.vraag(
    'batch zorgcoordinator',
    'zorgcoordinator-gv',
    'POST',
    '/v1/signalen/batch',
    {
      signalen: [
        body([PERSOON, TELEFOON]),
        body([PERSOON], { gemeente: 'Hilversum' }),
        body([{ soort: uitgesloten.soort, waarde: uitgesloten.pseudoniem }, KVK]),
        body([KENTEKEN], { sterkte: 'hard', referentie: 'ZC.7' }),
      ],
    },
  );
  const [zcZacht, zcHard] = [batch.resultaten[0].signaal.id, batch.resultaten[3].signaal.id];
  // Issue 17: a third partner's soft signal completes the stapel of the example policy.
  await g.vraag(
    'registreer gemeente-huizen',
    'gemeente-huizen',
    'POST',
    '/v1/signalen',
    // Issue 19: a gemeente in Huizen's own area.
    body([PERSOON], { gemeente: 'GM0406' }),
  );

  // Inboxes (with the cursor), overlap recomputed (logged again), an own signal read.
  const inbox = await g.vraag('inbox gemeente', 'gemeente-hilversum', 'GET', '/v1/meldingen');
  await g.vraag(
    'inbox gemeente verder',
    'gemeente-hilversum',
    'GET',
    `/v1/meldingen?na=${inbox.volgende}`,
  );
  await g.vraag('inbox vtgv', 'vtgv', 'GET', '/v1/meldingen?limiet=1');
  await g.vraag('inbox tmm', 'tmm', 'GET', '/v1/meldingen');
  await g.vraag(
    'overlap gemeente',
    'gemeente-hilversum',
    'GET',
    `/v1/signalen/${gemeente.id}/overlap`,
  );
  await g.vraag('overlap tmm', 'tmm', 'GET', `/v1/signalen/${tmm.id}/overlap`);
  await g.vraag('lees vtgv', 'vtgv', 'GET', `/v1/signalen/${vt.id}`);

  // Issue 16: the gemeente hands its signal to the zorgcoördinator, who takes it on.
  const overdracht = await g.vraag(
    'overdracht gemeente',
    'gemeente-hilversum',
    'POST',
    `/v1/signalen/${gemeente.id}/overdrachten`,
    { naar: 'zorgcoordinator-gv', doel: 'zorgcoordinatie', referentie: 'GM-2026-1' },
  );
  const aangenomen = await g.vraag(
    'overdracht aangenomen',
    'zorgcoordinator-gv',
    'POST',
    `/v1/overdrachten/${overdracht.id}/antwoord`,
    { antwoord: 'aangenomen' },
  );
  // Terugkoppeling: the zorgcoördinator's status reaches the gemeente it took the signal from.
  await g.vraag(
    'status zorgcoordinator',
    'zorgcoordinator-gv',
    'PUT',
    `/v1/signalen/${aangenomen.signaal.id}/status`,
    { status: 'hulp_gestart' },
  );
  await g.vraag(
    'terugkoppeling gevraagd',
    'gemeente-hilversum',
    'POST',
    '/v1/terugkoppeling-vragen',
    { overdracht: overdracht.id, gevraagdVoor: '2026-03-16' },
  );
  // Issue 17: the gemeente's casus gets the default regisseur for zorgcoördinatie, who accepts.
  const { casussen } = await g.vraag(
    'casussen gemeente',
    'gemeente-hilversum',
    'GET',
    `/v1/signalen/${gemeente.id}/casussen`,
  );
  const voorstel = await g.vraag(
    'regie voorgesteld',
    'gemeente-hilversum',
    'POST',
    `/v1/signalen/${gemeente.id}/casussen/${casussen[0].id}/regie`,
    { doel: 'zorgcoordinatie' },
  );
  await g.vraag(
    'regie aangenomen',
    'zorgcoordinator-gv',
    'POST',
    `/v1/regievoorstellen/${voorstel.voorstel}/antwoord`,
    { antwoord: 'aangenomen' },
  );
  // Past the date the terugkoppeling was asked for: the hourly job reports it once.
  g.later(20 * DAG);
  await g.ruimOp();

  // Veilig Thuis withdraws (its notices leave the other inboxes), then again (409).
  await g.vraag('trek vtgv in', 'vtgv', 'DELETE', `/v1/signalen/${vt.id}`);
  await g.vraag('trek vtgv nogmaals in', 'vtgv', 'DELETE', `/v1/signalen/${vt.id}`);
  await g.vraag('overlap vtgv ingetrokken', 'vtgv', 'GET', `/v1/signalen/${vt.id}/overlap`);
  await g.vraag('inbox gemeente na intrekking', 'gemeente-hilversum', 'GET', '/v1/meldingen');
  await g.vraag(
    'overlap zorgcoordinator',
    'zorgcoordinator-gv',
    'GET',
    `/v1/signalen/${zcZacht}/overlap`,
  );

  // A batch above the gemeente's quota per batch (50 in the example policy): refused whole, a
  // warning for the FG, which the gateway's FG reads.
  await g.vraag('batch gemeente te groot', 'gemeente-hilversum', 'POST', '/v1/signalen/batch', {
    signalen: Array.from({ length: 51 }, () => body([TELEFOON])),
  });
  await g.vraag('waarschuwingen fg', 'ketenpoort-fg', 'GET', '/v1/waarschuwingen');

  // A witness cosigns the latest checkpoint.
  const cp = await g.vraag('checkpoint', 'vtgv', 'GET', '/v1/logboek/checkpoint');
  const cosignatuur = await cosign(splitNote(cp.note).body, getuige.ondertekenaar, g.nu() / 1000);
  await g.vraag('cosignatuur', 'vtgv', 'POST', '/v1/logboek/cosignaturen', {
    grootte: cp.grootte,
    cosignatuur,
  });

  // Past the 12 months of the soft signals: the purge. Then a new registration matches what is
  // left, inboxes, overlap, and a destroyed signal is gone.
  g.later(370 * DAG);
  await g.ruimOp();
  await g.vraag(
    'registreer gemeente na opruimen',
    'gemeente-hilversum',
    'POST',
    '/v1/signalen',
    body([KENTEKEN, PERSOON]),
  );
  await g.vraag('inbox zorgcoordinator', 'zorgcoordinator-gv', 'GET', '/v1/meldingen');
  await g.vraag('inbox gemeente na opruimen', 'gemeente-hilversum', 'GET', '/v1/meldingen');
  await g.vraag(
    'overlap zorgcoordinator hard',
    'zorgcoordinator-gv',
    'GET',
    `/v1/signalen/${zcHard}/overlap`,
  );
  await g.vraag(
    'lees vernietigd signaal',
    'gemeente-hilversum',
    'GET',
    `/v1/signalen/${gemeente.id}`,
  );
}

/** What the scenario is meant to do, step by step (checked on SQLite; D1 must answer the same). */
const VERWACHT = [
  'registreer gemeente: 201',
  'registreer vtgv: 201',
  'registreer tmm: 201',
  'batch zorgcoordinator: 200',
  'registreer gemeente-huizen: 201',
  'inbox gemeente: 200',
  'inbox gemeente verder: 200',
  'inbox vtgv: 200',
  'inbox tmm: 200',
  'overlap gemeente: 200',
  'overlap tmm: 200',
  'lees vtgv: 200',
  'overdracht gemeente: 201',
  'overdracht aangenomen: 200',
  'status zorgcoordinator: 200',
  'terugkoppeling gevraagd: 201',
  'casussen gemeente: 200',
  'regie voorgesteld: 201',
  'regie aangenomen: 200',
  'opruimen: 0',
  'trek vtgv in: 204',
  'trek vtgv nogmaals in: 409',
  'overlap vtgv ingetrokken: 409',
  'inbox gemeente na intrekking: 200',
  'overlap zorgcoordinator: 200',
  'batch gemeente te groot: 422',
  'waarschuwingen fg: 200',
  'checkpoint: 200',
  'cosignatuur: 201',
  'opruimen: 0',
  'registreer gemeente na opruimen: 201',
  'inbox zorgcoordinator: 200',
  'inbox gemeente na opruimen: 200',
  'overlap zorgcoordinator hard: 200',
  'lees vernietigd signaal: 404',
];

describe('SQLite en D1 schrijven dezelfde database (issue 10)', () => {
  const beleid = laadBeleid(leesBeleidBestanden('policies'));
  let d1: Awaited<ReturnType<typeof d1InNode>> | undefined;
  beforeAll(async () => {
    d1 = await d1InNode();
  });
  afterAll(async () => {
    await d1?.stop();
  });

  // About 25 steps, each followed by reading both databases whole: slower than most tests.
  it('na elke stap van dezelfde verzoeken is elke tabel rij voor rij gelijk', {
    timeout: 120_000,
  }, async () => {
    const sqlite = openSqliteStore(':memory:');
    const d1Db = d1!.d1;
    const leesSqlite: Lees = async (qs) =>
      qs.map((q) => sqlite.sqlite.prepare(q).all() as Array<Record<string, unknown>>);
    const leesD1: Lees = async (qs) =>
      (await d1Db.batch<Record<string, unknown>>(qs.map((q) => d1Db.prepare(q)))).map(
        (r) => r.results,
      );

    // The same tables, schema and columns (apart from the bookkeeping named above).
    const namen = (await tabellenVan(leesSqlite)).filter((t) => !nietVergeleken(t));
    expect((await tabellenVan(leesD1)).filter((t) => !nietVergeleken(t))).toEqual(namen);
    expect(await schemaVan(leesD1, nietVergeleken)).toEqual(
      await schemaVan(leesSqlite, nietVergeleken),
    );
    const tabellen = new Map<string, Kolommen>();
    for (const tabel of namen) {
      tabellen.set(tabel, await kolommenVan(leesSqlite, tabel));
      expect(await kolommenVan(leesD1, tabel), tabel).toEqual(tabellen.get(tabel));
    }

    const gateways = [
      await deterministischeGateway(sqlite, beleid),
      await deterministischeGateway(openD1Store(d1Db), beleid),
    ] as const;
    const gevuld = new Set<string>();
    // A table that differs is reported once, at the first step after which it differs.
    const verschilt = new Set<string>();
    const g = tweeling(gateways, async (stap) => {
      const inSqlite = await inhoudVan(leesSqlite, tabellen, nietVergeleken);
      const inD1 = await inhoudVan(leesD1, tabellen, nietVergeleken);
      for (const tabel of namen) {
        const [rijen, rijenD1] = [inSqlite.get(tabel)!, inD1.get(tabel)!];
        if (rijen.length > 0) gevuld.add(tabel);
        if (verschilt.has(tabel) || JSON.stringify(rijenD1) === JSON.stringify(rijen)) continue;
        verschilt.add(tabel);
        expect.soft(rijenD1, `tabel ${tabel} na '${stap}'`).toEqual(rijen);
      }
    });
    await scenario(g, gateways[0].getuige, beleid.uitgesloten[0]!);

    expect(g.verloop).toEqual(VERWACHT);
    expect(gateways[0].fouten).toEqual([]);
    expect(gateways[1].fouten).toEqual([]);
    expect(verschilt, 'tabellen die verschillen').toEqual(new Set());
    // No comparison was vacuous: every compared table held rows after some step.
    expect([...gevuld].sort()).toEqual(namen.filter((t) => !LEEG_IN_DIT_SCENARIO.has(t)));
    await sqlite.close();
  });
});
