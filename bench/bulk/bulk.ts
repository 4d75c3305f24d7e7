/**
 * @module
 * Part 4, bulk: (a) the CLI pseudonymising a CSV of identifiers (CSV in, CSV out), as a
 * partner runs it; (b) registering signals through POST /v1/signalen/batch (1,000 per
 * request, one partner per request, sequentially, on a fresh database per run), against
 * raw better-sqlite3 inserts of the rows that run wrote.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignaalGenerator, ZAAD } from '../gegevens/signalen.js';
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import { alsCommando, cpuSeconden, draai, startServer, TSX, vrijePoort } from '../lib/proces.js';
import { tokenMaker } from '../lib/token.js';
import { identificatieCsv } from './identificaties.js';

const PER_VERZOEK = 1000;

export async function meetBulk(ctx: BenchContext): Promise<Figuur[]> {
  return [...(await meetCli(ctx)), ...(await meetBatch(ctx))];
}

async function meetCli(ctx: BenchContext): Promise<Figuur[]> {
  const n = ctx.instellingen.bulk.identificaties;
  const invoer = join(ctx.werkmap, 'identificaties.csv');
  const uitvoer = join(ctx.werkmap, 'pseudoniemen.csv');
  writeFileSync(invoer, identificatieCsv(n));
  const sleutel = join(ctx.werkmap, 'data/demo/ketensleutel.json');
  const args = ['bin/ketenpoort.js', 'pseudoniem', '--csv', invoer, '--uit', uitvoer];
  const duren: number[] = [];
  for (let run = 0; run < ctx.instellingen.runs; run++) {
    const { seconden, stderr } = await draai([...args, '--ketensleutel', sleutel]);
    const regels = readFileSync(uitvoer, 'utf8').trimEnd().split('\n').length - 1;
    if (regels !== n || stderr.includes('regel'))
      throw new Error(`de CLI gaf ${regels} pseudoniemen voor ${n} identificaties:\n${stderr}`);
    duren.push(seconden);
    ctx.melden(`  CLI run ${run + 1}: ${n} identificaties in ${seconden.toFixed(2)} s`);
  }
  const basis = {
    deel: 'bulk' as const,
    commando: commandoVoor(ctx, 'bulk'),
    processen: [alsCommando([...args, '--ketensleutel', sleutel]).replaceAll(ctx.werkmap, '<map>')],
    toelichting: `${n.toLocaleString('nl-NL')} verzonnen identificaties (vaste seed; alle acht soorten, in invoervormen met spaties en streepjes), normaliseren en HMAC-pseudoniem, CSV in en CSV uit; tijd van het hele proces, start van Node en tsx inbegrepen`,
  };
  return [
    figuur({
      ...basis,
      id: 'bulk.cli.rate',
      naam: `CLI: ${n.toLocaleString('nl-NL')} identificaties pseudonimiseren`,
      eenheid: 'identificaties/s',
      runs: duren.map((s) => n / s),
    }),
    figuur({
      ...basis,
      id: 'bulk.cli.duur',
      naam: `CLI: ${n.toLocaleString('nl-NL')} identificaties pseudonimiseren, duur`,
      eenheid: 's',
      runs: duren,
    }),
  ];
}

async function meetBatch(ctx: BenchContext): Promise<Figuur[]> {
  const n = ctx.instellingen.bulk.signalen;
  const verzoeken = batchVerzoeken(ctx, n);
  const runs: Array<{ batch: number; ruw: number; cpu: number }> = [];
  let gatewayCommando = '';
  let ruwCommando = '';
  for (let run = 0; run < ctx.instellingen.runs; run++) {
    const db = join(ctx.werkmap, `bulk-${run}.sqlite`);
    const poort = await vrijePoort();
    const gateway = await startServer(
      [...TSX, 'src/node.ts'],
      ctx.gatewayOmgeving(db, poort),
      poort,
      '/v1/health',
    );
    gatewayCommando = gateway.commando.replaceAll(ctx.werkmap, '<map>');
    let seconden: number;
    let cpu: number;
    try {
      const cpu0 = cpuSeconden(gateway.proces.pid!);
      seconden = await stuurBatches(ctx, gateway.url, verzoeken);
      cpu = cpuSeconden(gateway.proces.pid!) - cpu0;
    } finally {
      await gateway.stop();
    }
    const args = [...TSX, 'bench/bulk/ruwe-inserts.ts', db, join(ctx.werkmap, `ruw-${run}.sqlite`)];
    ruwCommando = alsCommando(args).replaceAll(ctx.werkmap, '<map>');
    const ruw = JSON.parse((await draai(args)).stdout.trim().split('\n').at(-1)!) as {
      seconden: number;
      signalen: number;
      rijen: Record<string, number>;
    };
    if (ruw.signalen !== n) throw new Error(`${ruw.signalen} signalen opgeslagen, ${n} verstuurd`);
    runs.push({ batch: n / seconden, ruw: n / ruw.seconden, cpu: (cpu / n) * 1e6 });
    ctx.melden(
      `  batch run ${run + 1}: ${n} signalen in ${seconden.toFixed(1)} s (${(n / seconden).toFixed(0)}/s, ${((cpu / n) * 1e6).toFixed(0)} µs CPU per signaal); ruw ${(n / ruw.seconden).toFixed(0)}/s (${JSON.stringify(ruw.rijen)})`,
    );
  }
  const basis = {
    deel: 'bulk' as const,
    commando: commandoVoor(ctx, 'bulk'),
    processen: [gatewayCommando, ruwCommando],
  };
  const aantal = n.toLocaleString('nl-NL');
  const cpu = [...runs.map((r) => r.cpu)].sort((a, b) => a - b)[runs.length >> 1]!;
  const batch = `${aantal} signalen (vaste seed, ~10% overlap onderling) in ${verzoeken.length} verzoeken van hoogstens ${PER_VERZOEK} (per partner), na elkaar, elk met een vers token, op een lege database; elk signaal met overlap, logboekregels en meldingen als bij POST /v1/signalen; de gateway gebruikte ${cpu.toFixed(0)} µs CPU per signaal (mediaan)`;
  return [
    figuur({
      ...basis,
      id: 'bulk.batch.rate',
      naam: `POST /v1/signalen/batch: ${aantal} signalen`,
      eenheid: 'signalen/s',
      runs: runs.map((r) => r.batch),
      toelichting: batch,
    }),
    figuur({
      ...basis,
      id: 'bulk.batch.duur',
      naam: `POST /v1/signalen/batch: ${aantal} signalen, duur`,
      eenheid: 's',
      runs: runs.map((r) => n / r.batch),
      toelichting: batch,
      ...(n === 100_000
        ? { doel: { soort: 'max' as const, waarde: 60, tekst: '≤ 60 s voor 100.000' } }
        : {}),
    }),
    figuur({
      ...basis,
      id: 'bulk.ruw.rate',
      naam: 'kale better-sqlite3-inserts van dezelfde rijen',
      eenheid: 'signalen/s',
      runs: runs.map((r) => r.ruw),
      toelichting:
        'de rijen die de batchrun schreef (signalen, pseudoniemen, logboekregels, openingen, meldingen), opnieuw ingevoegd in een lege database met hetzelfde schema: prepared statements, één transactie',
    }),
    figuur({
      ...basis,
      id: 'bulk.batch.ratio',
      naam: 'batchroute: verhouding tot kale inserts',
      eenheid: '×',
      runs: runs.map((r) => r.batch / r.ruw),
    }),
  ];
}

/** The batch requests: signals grouped per partner, at most 1,000 per request, in order. */
function batchVerzoeken(ctx: BenchContext, n: number): Array<{ partner: string; body: string }> {
  const gen = new SignaalGenerator(ctx.beleid, ZAAD + 500, { overlap: 0.1 });
  const open = new Map<string, unknown[]>();
  const uit: Array<{ partner: string; body: string }> = [];
  const stuur = (partner: string, signalen: unknown[]) =>
    uit.push({ partner, body: JSON.stringify({ signalen }) });
  for (let i = 0; i < n; i++) {
    const s = gen.volgende();
    const lijst = open.get(s.partner) ?? [];
    lijst.push(s.registratie);
    open.set(s.partner, lijst);
    if (lijst.length === PER_VERZOEK) {
      stuur(s.partner, lijst);
      open.delete(s.partner);
    }
  }
  for (const [partner, lijst] of open) stuur(partner, lijst);
  return uit;
}

/** Sends the requests one after another; returns the seconds from first request to last answer. */
async function stuurBatches(
  ctx: BenchContext,
  url: string,
  verzoeken: Array<{ partner: string; body: string }>,
): Promise<number> {
  const teken = tokenMaker(ctx.sleutelmap);
  const t0 = process.hrtime.bigint();
  for (const [i, v] of verzoeken.entries()) {
    const token = teken(v.partner, Math.floor(Date.now() / 1000), i);
    const r = await fetch(`${url}/v1/signalen/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: v.body,
    });
    const antwoord = (await r.json()) as { geweigerd?: number; resultaten?: unknown[] };
    if (r.status !== 200 || antwoord.geweigerd !== 0)
      throw new Error(`batch ${i}: status ${r.status}, ${JSON.stringify(antwoord).slice(0, 500)}`);
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
