/**
 * @module
 * Part 8, pseudonyms v2 (issue 12): a sleutelbewaarder of its own (`ketenpoort sleutelbewaarder
 * --demo`, the demo key demo-v2 the bench policy pins) measured three ways.
 * (a) Evaluations per second over HTTP in batches, against `voprf.blindEvaluateBatch` of
 *     @noble/curves on the same blinded elements at the same batch size, in this process.
 * (b) `ketenpoort pseudoniem --csv` over made-up identifiers, with client and sleutelbewaarder
 *     on this machine together (the wall time of the CLI process).
 * (c) Registering a signal with 3 identifiers from the SDK (KetenpoortClient.registreer:
 *     blinding, one evaluation request, proof check, POST /v1/signalen), its p95.
 * Each measurement asks as another demo partner, so no daily quota of the demo configuration
 * (200,000 per partner) stops a full run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { KetenpoortClient } from '../../src/client/client.js';
import { maakToken } from '../../src/client/token.js';
import { base64url } from '../../src/encoding/base64url.js';
import { vastgepindeSleutel } from '../../src/node/pseudoniem-instelling.js';
import { blindeerInvoer } from '../../src/pseudonym/v2.js';
import { demoOprfSleutel } from '../../src/sleutelbewaarder/demo-sleutel.js';
import { identificatieCsv } from '../bulk/identificaties.js';
import { ZAAD } from '../gegevens/signalen.js';
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import {
  alsCommando,
  type DraaiendeServer,
  draai,
  startServer,
  TSX,
  vrijePoort,
} from '../lib/proces.js';
import { Willekeurig } from '../lib/willekeurig.js';

/** The partners each measurement asks as (their own daily quota at the sleutelbewaarder). */
const ALS = { evaluaties: 'nla-toezicht', registratie: 'gemeente-hilversum' } as const;
const CSV_PARTNERS = ['vtgv', 'vtu', 'tmm', 'zorgcoordinator-gv'];

export async function meetOprf(ctx: BenchContext): Promise<Figuur[]> {
  const sb = await startSleutelbewaarder(ctx);
  try {
    return [
      ...(await meetEvaluaties(ctx, sb)),
      ...(await meetCsv(ctx, sb)),
      ...(await meetRegistratie(ctx, sb)),
    ];
  } finally {
    await sb.stop();
  }
}

async function startSleutelbewaarder(ctx: BenchContext): Promise<DraaiendeServer> {
  const poort = await vrijePoort();
  const map = join(ctx.werkmap, 'oprf-sleutelbewaarder');
  const args = [
    ...TSX,
    'src/cli/main.ts',
    'sleutelbewaarder',
    '--demo',
    '--map',
    map,
    '--partnersleutels',
    ctx.sleutelmap,
    '--poort',
    String(poort),
  ];
  return startServer(args, {}, poort, '/v1/health');
}

const basis = (ctx: BenchContext, sb: DraaiendeServer) => ({
  deel: 'oprf' as const,
  commando: commandoVoor(ctx, 'oprf'),
  processen: [sb.commando.replaceAll(ctx.werkmap, '<map>')],
});

/** (a) Batches over HTTP, one fresh token each, sequentially; then the library in-process. */
async function meetEvaluaties(ctx: BenchContext, sb: DraaiendeServer): Promise<Figuur[]> {
  const { batch, batches } = ctx.instellingen.oprf;
  // Made-up e-mail addresses (no check digit to meet); the service sees only blinded points.
  const elementen = Array.from(
    { length: batch },
    (_, i) => blindeerInvoer('email', `bench.${ZAAD}.${i}@voorbeeld.example`).geblindeerd,
  );
  const body = JSON.stringify({ sleutel: 'demo-v2', elementen: elementen.map(base64url) });
  const jwk = JSON.parse(readFileSync(join(ctx.sleutelmap, `${ALS.evaluaties}.jwk.json`), 'utf8'));
  const vraag = async () => {
    const token = await maakToken(jwk, {
      partner: ALS.evaluaties,
      gebruiker: 'bench-1',
      audience: 'ketenpoort-sleutelbewaarder',
    });
    const a = await fetch(`${sb.url}/v1/evaluaties`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    const inhoud = (await a.json()) as { elementen?: string[] };
    if (a.status !== 200 || inhoud.elementen?.length !== batch) {
      throw new Error(`sleutelbewaarder gaf ${a.status}: ${JSON.stringify(inhoud).slice(0, 300)}`);
    }
  };
  const sleutel = demoOprfSleutel();
  const direct = () =>
    ristretto255_oprf.voprf.blindEvaluateBatch(sleutel.geheim, sleutel.publiek, elementen);
  await vraag();
  direct();
  const http: number[] = [];
  const lib: number[] = [];
  for (let run = 0; run < ctx.instellingen.runs; run++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batches; i++) await vraag();
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < batches; i++) direct();
    const t2 = process.hrtime.bigint();
    http.push((batch * batches) / (Number(t1 - t0) / 1e9));
    lib.push((batch * batches) / (Number(t2 - t1) / 1e9));
    ctx.melden(
      `  run ${run + 1}: HTTP ${http.at(-1)?.toFixed(0)}/s, blindEvaluateBatch ${lib.at(-1)?.toFixed(0)}/s (batch ${batch})`,
    );
  }
  const b = basis(ctx, sb);
  const toelichting = `${batches} batches van ${batch} geblindeerde elementen na elkaar, elk met een vers token (EdDSA, jti), één DLEQ-bewijs per batch`;
  return [
    figuur({
      ...b,
      id: 'oprf.http.rate',
      naam: `sleutelbewaarder over HTTP, batch ${batch}`,
      eenheid: 'evaluaties/s',
      runs: http,
      toelichting: `${toelichting}; POST /v1/evaluaties op loopback, tot de laatste byte`,
    }),
    figuur({
      ...b,
      id: 'oprf.direct.rate',
      naam: `voprf.blindEvaluateBatch in één proces, batch ${batch}`,
      eenheid: 'evaluaties/s',
      runs: lib,
      toelichting: `${toelichting}; dezelfde elementen, @noble/curves rechtstreeks, in het benchmarkproces`,
    }),
    figuur({
      ...b,
      id: 'oprf.http.ratio',
      naam: 'sleutelbewaarder over HTTP / blindEvaluateBatch',
      eenheid: '×',
      runs: http.map((h, i) => h / (lib[i] as number)),
      toelichting: 'per run: de twee cijfers hierboven, in dezelfde run gemeten',
      doel: { soort: 'min', waarde: 0.8, tekst: '≥ 0,8× (issue 12)' },
    }),
  ];
}

/** (b) The CLI over a CSV, client and sleutelbewaarder on this machine. */
async function meetCsv(ctx: BenchContext, sb: DraaiendeServer): Promise<Figuur[]> {
  const n = ctx.instellingen.oprf.csv;
  const invoer = join(ctx.werkmap, 'oprf-identificaties.csv');
  const uitvoer = join(ctx.werkmap, 'oprf-pseudoniemen.csv');
  writeFileSync(invoer, identificatieCsv(n));
  const beleid = join(ctx.werkmap, 'policies');
  const args = (partner: string) => [
    'bin/ketenpoort.js',
    'pseudoniem',
    '--csv',
    invoer,
    '--uit',
    uitvoer,
    '--sleutel',
    join(ctx.sleutelmap, `${partner}.jwk.json`),
    '--sleutelbewaarder',
    sb.url,
    '--beleid',
    beleid,
  ];
  // A full run (100,000 identifiers) takes minutes: once. A quick run repeats.
  const runs = ctx.instellingen.snel ? ctx.instellingen.runs : 1;
  const duren: number[] = [];
  for (let run = 0; run < runs; run++) {
    const partner = CSV_PARTNERS[run % CSV_PARTNERS.length] as string;
    const { seconden, stderr } = await draai(args(partner));
    const regels = readFileSync(uitvoer, 'utf8').trimEnd().split('\n').length - 1;
    if (regels !== n || stderr.includes('regel'))
      throw new Error(`de CLI gaf ${regels} pseudoniemen voor ${n} identificaties:\n${stderr}`);
    duren.push(seconden);
    ctx.melden(`  CLI v2 run ${run + 1}: ${n} identificaties in ${seconden.toFixed(2)} s`);
  }
  const b = {
    ...basis(ctx, sb),
    processen: [
      alsCommando(args(CSV_PARTNERS[0] as string)).replaceAll(ctx.werkmap, '<map>'),
      sb.commando.replaceAll(ctx.werkmap, '<map>'),
    ],
    toelichting: `${n.toLocaleString('nl-NL')} verzonnen identificaties (vaste seed, alle acht soorten): normaliseren en blinderen in de CLI, evalueren bij de sleutelbewaarder in batches van 1.000, bewijs controleren tegen de vastgepinde sleutel, voltooien; CLI en sleutelbewaarder op deze machine samen; tijd van het hele CLI-proces${ctx.instellingen.snel ? '' : ' (één run: het duurt minuten)'}`,
  };
  return [
    figuur({
      ...b,
      id: 'oprf.csv.duur',
      naam: `pseudoniem --csv (v2): ${n.toLocaleString('nl-NL')} identificaties`,
      eenheid: 's',
      runs: duren,
      ...(n >= 100_000 && { doel: { soort: 'max', waarde: 480, tekst: '≤ 8 min (issue 12)' } }),
    }),
    figuur({
      ...b,
      id: 'oprf.csv.rate',
      naam: `pseudoniem --csv (v2): ${n.toLocaleString('nl-NL')} identificaties, tempo`,
      eenheid: 'identificaties/s',
      runs: duren.map((s) => n / s),
    }),
  ];
}

/** (c) The SDK registers signals with 3 identifiers each against a gateway; p95 per run. */
async function meetRegistratie(ctx: BenchContext, sb: DraaiendeServer): Promise<Figuur[]> {
  const poort = await vrijePoort();
  const db = join(ctx.werkmap, 'oprf.sqlite');
  const gateway = await startServer(
    [...TSX, 'src/node.ts'],
    ctx.gatewayOmgeving(db, poort),
    poort,
    '/v1/health',
  );
  try {
    const client = new KetenpoortClient({
      basisUrl: gateway.url,
      partner: ALS.registratie,
      gebruiker: 'bench-1',
      privateJwk: JSON.parse(
        readFileSync(join(ctx.sleutelmap, `${ALS.registratie}.jwk.json`), 'utf8'),
      ),
      pseudoniemen: {
        versie: 'v2',
        sleutelbewaarder: sb.url,
        // The key the bench policy pins, read as a partner's tool reads it.
        vastgepind: vastgepindeSleutel(join(ctx.werkmap, 'policies')),
      },
    });
    const r = new Willekeurig(ZAAD + 81);
    const bsn = () => {
      for (;;) {
        const d = Array.from({ length: 8 }, () => r.tot(10));
        const c = d.reduce((s, x, i) => s + (9 - i) * x, 0) % 11;
        if (c < 10 && d[0]! > 0) return `${d.join('')}${c}`;
      }
    };
    const registreer = async () => {
      const t0 = process.hrtime.bigint();
      await client.registreer({
        identificatie: [
          { soort: 'bsn', waarde: bsn() },
          { soort: 'telefoon', waarde: `06-${String(r.tot(100_000_000)).padStart(8, '0')}` },
          { soort: 'persoon', waarde: `Testpersoon|${1 + r.tot(28)}-${1 + r.tot(12)}-1990` },
        ],
        rol: 'slachtoffer',
        uitbuitingsvormen: ['seksuele_uitbuiting'],
        sterkte: 'zacht',
        gemeente: 'GM0402',
        doel: 'zorgcoordinatie',
      });
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const { registraties } = ctx.instellingen.oprf;
    for (let i = 0; i < Math.min(20, registraties); i++) await registreer();
    const p95: number[] = [];
    const p50: number[] = [];
    for (let run = 0; run < ctx.instellingen.runs; run++) {
      const ms: number[] = [];
      for (let i = 0; i < registraties; i++) ms.push(await registreer());
      ms.sort((a, b) => a - b);
      p95.push(ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)] as number);
      p50.push(ms[ms.length >> 1] as number);
      ctx.melden(
        `  registratie run ${run + 1}: p50 ${p50.at(-1)?.toFixed(1)} ms, p95 ${p95.at(-1)?.toFixed(1)} ms`,
      );
    }
    const b = {
      ...basis(ctx, sb),
      processen: [
        gateway.commando.replaceAll(ctx.werkmap, '<map>'),
        sb.commando.replaceAll(ctx.werkmap, '<map>'),
      ],
      toelichting: `${registraties} registraties per run na elkaar via KetenpoortClient.registreer: 3 verzonnen identificaties (bsn, telefoon, persoon) blinderen, één evaluatieverzoek bij de sleutelbewaarder, bewijs controleren, voltooien, POST /v1/signalen; op loopback`,
    };
    return [
      figuur({
        ...b,
        id: 'oprf.registratie.p95',
        naam: 'registratie met 3 identificaties vanuit de SDK, pseudonimiseren inbegrepen, p95',
        eenheid: 'ms',
        runs: p95,
        doel: { soort: 'max', waarde: 300, tekst: '≤ 300 ms (issue 12)' },
      }),
      figuur({
        ...b,
        id: 'oprf.registratie.p50',
        naam: 'registratie met 3 identificaties vanuit de SDK, pseudonimiseren inbegrepen, p50',
        eenheid: 'ms',
        runs: p50,
      }),
    ];
  } finally {
    await gateway.stop();
  }
}
