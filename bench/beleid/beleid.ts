/**
 * @module
 * Part 2: policy decisions per second, ours against Cedar-wasm on the same decisions,
 * measured in a process of its own (bench/beleid/meet-beleid.ts).
 */
import { join } from 'node:path';
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import { alsCommando, draai, ROOT, TSX } from '../lib/proces.js';

interface Uitkomst {
  runs: Array<{ ons: number; cedar: number }>;
  vragen: number;
  toegestaan: number;
  cedarPolicies: number;
  cedarVersie: string;
}

export async function meetBeleid(ctx: BenchContext): Promise<Figuur[]> {
  const s = ctx.instellingen.beleid;
  const uitCedar = join(
    ROOT,
    'bench/results',
    ctx.instellingen.snel ? 'quick.cedar' : 'beleid.cedar',
  );
  const args = [
    ...TSX,
    'bench/beleid/meet-beleid.ts',
    String(s.vragen),
    String(s.duur),
    String(s.opwarmen),
    String(ctx.instellingen.runs),
    uitCedar,
  ];
  const { stdout } = await draai(args);
  const u = JSON.parse(stdout.trim().split('\n').at(-1)!) as Uitkomst;
  for (const [i, r] of u.runs.entries())
    ctx.melden(`  run ${i + 1}: ons ${r.ons.toFixed(0)}/s, Cedar ${r.cedar.toFixed(0)}/s`);
  const basis = {
    deel: 'beleid' as const,
    commando: commandoVoor(ctx, 'beleid'),
    processen: [alsCommando(args)],
    toelichting: `${u.vragen.toLocaleString('nl-NL')} vragen (vaste seed) over alle partnerparen en doelen van het voorbeeldbeleid, ${u.toegestaan} toegestaan; beide motoren beslissen elke vraag gelijk (toestaan/weigeren, regels, gegevens), anders stopt de meting. Cedar ${u.cedarVersie}, ${u.cedarPolicies} policies (bench/results/${uitCedar.split('/').pop()}), vooraf geparsed (statefulIsAuthorized); eigen besluiten na opwarmen uit de cache van beslis.`,
  };
  return [
    figuur({
      ...basis,
      id: 'beleid.ons',
      naam: 'tweesleutelbesluit (beslis): besluiten/s',
      eenheid: 'besluiten/s',
      runs: u.runs.map((r) => r.ons),
      doel: { soort: 'min', waarde: 1_000_000, tekst: '≥ 1.000.000/s' },
    }),
    figuur({
      ...basis,
      id: 'beleid.cedar',
      naam: 'Cedar-wasm, zelfde besluiten: besluiten/s',
      eenheid: 'besluiten/s',
      runs: u.runs.map((r) => r.cedar),
    }),
    figuur({
      ...basis,
      id: 'beleid.ratio',
      naam: 'tweesleutelbesluit: verhouding tot Cedar-wasm',
      eenheid: '×',
      runs: u.runs.map((r) => r.ons / r.cedar),
      doel: { soort: 'min', waarde: 10, tekst: '≥ 10× Cedar' },
    }),
  ];
}
