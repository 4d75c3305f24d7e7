/**
 * @module
 * Part 9: the figures of issue 19 for a region of `signalen` registrations (1,000,000 in the
 * full run). The counters those registrations write are summed from made-up categories
 * (seeded) and committed through the store (`legVast` with `tellingen`, the path every event
 * takes; summed per batch, as the counters are sums anyway), over last year so every period
 * is closed. A gateway runs on that file; the ketenregisseur asks GET /v1/cijfers (JSON, and
 * CSV): the figure is the wall time to the last byte, the log entry of the request included.
 */
import { join } from 'node:path';
import { somPerCel } from '../../src/cijfers/hertelling.js';
import { type Geteld, registratieTellingen, type Teltoename } from '../../src/cijfers/tellingen.js';
import { bladVan } from '../../src/matching/plan.js';
import { AARDEN, MELDERS, STERKTES, UITBUITINGSVORMEN } from '../../src/policy/categorieen.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ZAAD } from '../gegevens/signalen.js';
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import { startServer, TSX, vrijePoort } from '../lib/proces.js';
import { tokenMaker } from '../lib/token.js';
import { Willekeurig } from '../lib/willekeurig.js';

const PER_BATCH = 50_000;
const REGISSEUR = 'riec-mn-ketenregisseur';

export async function meetCijfers(ctx: BenchContext): Promise<Figuur[]> {
  const db = join(ctx.werkmap, 'cijfers.sqlite');
  const jaar = new Date().getUTCFullYear() - 1;
  await vul(ctx, db, ctx.instellingen.signalen, jaar);
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
    const meet = async (formaat: string) => {
      const token = teken(REGISSEUR, Math.floor(Date.now() / 1000), volgnummer++);
      const t0 = process.hrtime.bigint();
      const r = await fetch(`${gateway.url}/v1/cijfers?jaar=${jaar}&formaat=${formaat}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const tekst = await r.text();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 200) throw new Error(`cijfers: status ${r.status}: ${tekst.slice(0, 200)}`);
      return { ms, bytes: tekst.length };
    };
    const json: number[] = [];
    const csv: number[] = [];
    for (let run = 0; run <= ctx.instellingen.runs; run++) {
      const j = await meet('json');
      const c = await meet('csv');
      ctx.melden(
        `  ${run === 0 ? 'opwarmen' : `run ${run}`}: JSON ${j.ms.toFixed(0)} ms (${j.bytes} bytes), CSV ${c.ms.toFixed(0)} ms`,
      );
      if (run === 0) continue;
      json.push(j.ms);
      csv.push(c.ms);
    }
    const n = ctx.instellingen.signalen.toLocaleString('nl-NL');
    const basis = {
      deel: 'cijfers' as const,
      commando: commandoVoor(ctx, 'cijfers'),
      processen: [gateway.commando.replace(ctx.werkmap, '<map>')],
    };
    return [
      figuur({
        ...basis,
        id: 'cijfers.json',
        naam: `GET /v1/cijfers (JSON, T1-T5 van een jaar) over ${n} signalen`,
        eenheid: 'ms',
        runs: json,
        toelichting: 'als ketenregisseur, tot de laatste byte, met de logboekregel van het verzoek',
        doel: { soort: 'max', waarde: 1000, tekst: '< 1 s (issue 19)' },
      }),
      figuur({
        ...basis,
        id: 'cijfers.csv',
        naam: `GET /v1/cijfers?formaat=csv over ${n} signalen`,
        eenheid: 'ms',
        runs: csv,
        doel: { soort: 'max', waarde: 1000, tekst: '< 1 s (issue 19)' },
      }),
    ];
  } finally {
    await gateway.stop();
  }
}

/** Commits the counters of `aantal` made-up registrations in `jaar` through the store. */
async function vul(ctx: BenchContext, pad: string, aantal: number, jaar: number): Promise<void> {
  const r = new Willekeurig(ZAAD + 19);
  const kies = <T>(lijst: readonly T[]) => lijst[r.tot(lijst.length)] as T;
  const partners = [...ctx.beleid.partners.values()];
  const start = Date.UTC(jaar, 0, 1, 12);
  const store = openSqliteStore(pad);
  try {
    for (let gedaan = 0; gedaan < aantal; gedaan += PER_BATCH) {
      const batch: Teltoename[] = [];
      for (let i = gedaan; i < Math.min(aantal, gedaan + PER_BATCH); i++) {
        const p = kies(partners);
        const geteld: Geteld = {
          partner: p.id,
          partnersoort: p.soort,
          gemeente: kies(p.gemeenten),
          aard: kies(AARDEN),
          melder: kies(MELDERS),
          uitbuitingsvormen: [kies(UITBUITINGSVORMEN)],
          sterkte: kies(STERKTES),
          geregistreerdOp: start + r.tot(360) * 86_400_000,
        };
        batch.push(...registratieTellingen(geteld, r.tot(10) === 0));
      }
      const plan = bladVan([], ctx.beleid.partners.keys(), (n) => r.bytes(n));
      await store.legVast(Date.now(), { ...plan, tellingen: somPerCel(batch) });
    }
  } finally {
    await store.close();
  }
  ctx.melden(
    `  tellers van ${aantal.toLocaleString('nl-NL')} registraties over ${jaar} vastgelegd`,
  );
}
