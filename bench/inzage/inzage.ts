/**
 * @module
 * Part 7: an inzageverzoek on a large logboek (issue 14). A logboek of `logboek.regels`
 * entries is written through the store (`legVast`, the path every request takes: leaves,
 * openings and the inzage's index), each entry committing to one or two made-up stored
 * pseudonyms; 50 betrokkene pseudonyms appear in 4 entries each, spread over the log. A
 * gateway (`node --import tsx src/node.ts`) runs on that file; the gateway's FG asks for the
 * inzage of all 50 at once, while another client calls `GET /v1/health` back to back: the
 * figure is the wall time of the inzage, and the slowest health answer during it.
 * Pseudonyms are random bytes from the benchmark's seed: no identifier is involved.
 */
import { join } from 'node:path';
import { betrokkeneCommitments } from '../../src/logboek/betrokkene.js';
import type { EntryConcept } from '../../src/logboek/entry.js';
import type { GeplandeEntry } from '../../src/logboek/geplande-entry.js';
import { bladVan } from '../../src/matching/plan.js';
import { opslagVan } from '../../src/pseudonym/opslag.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { bsnV2, ZAAD } from '../gegevens/signalen.js';
import { BENCH_OPSLAGSLEUTEL } from '../gegevens/vooraf-laden.js';
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import { type DraaiendeServer, startServer, TSX, vrijePoort } from '../lib/proces.js';
import { tokenMaker } from '../lib/token.js';
import { Willekeurig } from '../lib/willekeurig.js';

/** Betrokkene pseudonyms per inzage (the API's maximum) and entries per pseudonym. */
const PSEUDONIEMEN = 50;
const PER_PSEUDONIEM = 4;
/** Entries per leaf while building, and leaves per transaction. */
const PER_BLAD = 100;
const BLADEN_PER_TRANSACTIE = 100;
const PARTNERS = ['vtgv', 'vtu', 'zorgcoordinator-gv', 'tmm', 'nla-toezicht', 'gemeente-hilversum'];

export async function meetInzage(ctx: BenchContext): Promise<Figuur[]> {
  const regels = ctx.instellingen.logboek.regels;
  const db = join(ctx.werkmap, 'inzage.sqlite');
  const t0 = process.hrtime.bigint();
  const betrokkene = await bouwLogboek(ctx, db, regels);
  const opbouw = Number(process.hrtime.bigint() - t0) / 1e9;
  ctx.melden(
    `  logboek: ${regels.toLocaleString('nl-NL')} regels via store.legVast in ${opbouw.toFixed(0)} s`,
  );
  const poort = await vrijePoort();
  const gateway = await startServer(
    [...TSX, 'src/node.ts'],
    ctx.gatewayOmgeving(db, poort),
    poort,
    '/v1/health',
  );
  try {
    const teken = tokenMaker(ctx.sleutelmap);
    let volgnummer = 0;
    const inzageMs: number[] = [];
    const healthMs: number[] = [];
    const rustMs: number[] = [];
    for (let run = 0; run <= ctx.instellingen.runs; run++) {
      const token = teken('ketenpoort-fg', Math.floor(Date.now() / 1000), volgnummer++);
      const { ms, gevonden, health } = await inzageMetHealth(gateway, token, betrokkene);
      if (gevonden < PSEUDONIEMEN * PER_PSEUDONIEM) {
        throw new Error(
          `inzage vond ${gevonden} regels, verwacht ${PSEUDONIEMEN * PER_PSEUDONIEM}`,
        );
      }
      ctx.melden(
        `  ${run === 0 ? 'opwarmen' : `run ${run}`}: inzage ${ms.toFixed(0)} ms (${gevonden} regels), /v1/health max ${Math.max(...health).toFixed(1)} ms over ${health.length} verzoeken`,
      );
      if (run === 0) continue;
      inzageMs.push(ms);
      healthMs.push(Math.max(...health));
      // The same client without an inzage: what the machine gives a health request anyway.
      rustMs.push(Math.max(...(await healthZonder(gateway, health.length))));
    }
    const n = regels.toLocaleString('nl-NL');
    const basis = {
      deel: 'inzage' as const,
      commando: commandoVoor(ctx, 'inzage'),
      processen: [gateway.commando.replace(ctx.werkmap, '<map>')],
    };
    return [
      figuur({
        ...basis,
        id: 'inzage.duur',
        naam: `inzage van ${PSEUDONIEMEN} pseudoniemen over ${n} logboekregels`,
        eenheid: 'ms',
        runs: inzageMs,
        toelichting: `POST /v1/inzage als FG van de poort, ${PSEUDONIEMEN * PER_PSEUDONIEM} gevonden regels, tot de laatste byte; logboek via store.legVast (${PER_BLAD} regels per blad), index naast de openingen`,
        doel: { soort: 'max', waarde: 1000, tekst: '≤ 1 s (issue 14)' },
      }),
      figuur({
        ...basis,
        id: 'inzage.health',
        naam: 'traagste GET /v1/health tijdens die inzage',
        eenheid: 'ms',
        runs: healthMs,
        toelichting: 'een tweede klant vraagt /v1/health steeds opnieuw zolang de inzage loopt',
        doel: { soort: 'max', waarde: 50, tekst: '≤ 50 ms (issue 14)' },
      }),
      figuur({
        ...basis,
        id: 'inzage.health-rust',
        naam: 'traagste GET /v1/health zonder inzage (even veel verzoeken)',
        eenheid: 'ms',
        runs: rustMs,
        toelichting:
          'ter vergelijking: wat de (gedeelde) machine een health-verzoek hoe dan ook kost',
      }),
    ];
  } finally {
    await gateway.stop();
  }
}

/**
 * Writes `regels` entries through the store, as leaves of {@link PER_BLAD}; returns the 50
 * partner-side pseudonyms of the betrokkene, each in {@link PER_PSEUDONIEM} entries.
 */
async function bouwLogboek(ctx: BenchContext, pad: string, regels: number): Promise<string[]> {
  const r = new Willekeurig(ZAAD + 40);
  const b64 = () => Buffer.from(r.bytes(32)).toString('base64url');
  // The betrokkene's v2 pseudonyms (64 bytes, as the demo sleutelbewaarder's key would give).
  const betrokkene = Array.from({ length: PSEUDONIEMEN }, () =>
    Buffer.from(r.bytes(64)).toString('base64url'),
  );
  const opgeslagen = betrokkene.map((waarde) => opslagVan(BENCH_OPSLAGSLEUTEL, bsnV2(waarde)));
  // Which entry (by index) commits to which betrokkene pseudonym.
  const plek = new Map<number, string>();
  for (const p of opgeslagen) {
    for (let i = 0; i < PER_PSEUDONIEM; i++) plek.set(r.tot(regels), p);
  }
  while (plek.size < PSEUDONIEMEN * PER_PSEUDONIEM) plek.set(r.tot(regels), opgeslagen[0]!);
  const store = openSqliteStore(pad);
  const partners = ctx.beleid.partners.keys();
  const partijen = [...partners];
  const beleid = ctx.beleid.hash;
  const start = Date.now() - regels * 1000;
  let i = 0;
  let bladen = 0;
  store.sqlite.exec('BEGIN IMMEDIATE');
  while (i < regels) {
    const entries: GeplandeEntry[] = [];
    for (let j = 0; j < PER_BLAD && i < regels; j++, i++) {
      const eigen = plek.get(i);
      const pseudoniemen = eigen ? [eigen, b64()] : r.kans(0.5) ? [b64()] : [b64(), b64()];
      entries.push(entry(r, beleid, pseudoniemen));
    }
    await store.legVast(
      start + i * 1000,
      bladVan(entries, partijen, (n) => r.bytes(n)),
    );
    if (++bladen % BLADEN_PER_TRANSACTIE === 0) {
      store.sqlite.exec('COMMIT');
      if (bladen % (BLADEN_PER_TRANSACTIE * 100) === 0) {
        ctx.melden(`  ${i.toLocaleString('nl-NL')} logboekregels`);
      }
      store.sqlite.exec('BEGIN IMMEDIATE');
    }
  }
  store.sqlite.exec('COMMIT');
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  return betrokkene;
}

/** A registration or verstrekking committing to `pseudoniemen`, with its opening. */
function entry(r: Willekeurig, beleid: string, pseudoniemen: string[]): GeplandeEntry {
  const opening = r.bytes(16);
  const verstrekking = r.kans(0.2);
  const partner = r.kies(PARTNERS);
  const concept: EntryConcept = {
    actie: verstrekking ? 'verstrekking' : 'registratie',
    partner,
    gebruiker: `medewerker-${1 + r.tot(50)}`,
    bron: partner,
    ontvanger: verstrekking ? r.kies(PARTNERS) : null,
    signaal: r.uuid(),
    gegevens: verstrekking ? ['bestaan', 'partner', 'contact'] : [],
    doel: 'zorgcoordinatie',
    grondslagen: verstrekking ? ['avg-6-1-e'] : [],
    regels: [],
    beleid,
    verzoek: { id: `urn:uuid:${r.uuid()}`, traceparent: null },
    betrokkene: betrokkeneCommitments(opening, pseudoniemen),
  };
  return {
    concept,
    opening,
    openingVervaltOp: Date.now() + 365 * 24 * 3_600_000,
    pseudoniemen,
  };
}

/** `n` health requests back to back, without an inzage (ms each). */
async function healthZonder(gateway: DraaiendeServer, n: number): Promise<number[]> {
  const uit: number[] = [];
  for (let i = 0; i < Math.max(1, n); i++) {
    const t = process.hrtime.bigint();
    await (await fetch(`${gateway.url}/v1/health`)).arrayBuffer();
    uit.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return uit;
}

/** One inzage of `betrokkene`, with `/v1/health` asked back to back meanwhile (ms each). */
async function inzageMetHealth(gateway: DraaiendeServer, token: string, betrokkene: string[]) {
  let klaar = false;
  const health: number[] = [];
  const peiler = (async () => {
    while (!klaar) {
      const t = process.hrtime.bigint();
      const h = await fetch(`${gateway.url}/v1/health`);
      await h.arrayBuffer();
      health.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  })();
  const body = JSON.stringify({
    pseudoniemen: betrokkene.map(bsnV2),
  });
  const t0 = process.hrtime.bigint();
  const antwoord = await fetch(`${gateway.url}/v1/inzage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  const tekst = await antwoord.text();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  klaar = true;
  await peiler;
  if (antwoord.status !== 200) throw new Error(`inzage: status ${antwoord.status}: ${tekst}`);
  const uit = JSON.parse(tekst) as Record<'rapport' | 'achtergehouden' | 'overig', unknown[]>;
  const gevonden = uit.rapport.length + uit.achtergehouden.length + uit.overig.length;
  return { ms, gevonden, health };
}
