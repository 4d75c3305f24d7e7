/**
 * @module
 * Part 3: the logboek, measured in a process of its own (bench/logboek/meet-logboek.ts).
 */
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import { alsCommando, draai, TSX } from '../lib/proces.js';

interface Run {
  ons: number;
  web: number;
  ruw: number;
  boom: number;
  store: number;
  maken: number;
  controleren: number;
}

export async function meetLogboek(ctx: BenchContext): Promise<Figuur[]> {
  const s = ctx.instellingen.logboek;
  const args = [
    ...TSX,
    'bench/logboek/meet-logboek.ts',
    String(s.regels),
    String(s.toevoegen),
    String(s.bewijzen),
    String(ctx.instellingen.runs),
    ctx.werkmap,
  ];
  const { stdout } = await draai(args);
  const u = JSON.parse(stdout.trim().split('\n').at(-1)!) as { runs: Run[]; bytes: number };
  for (const [i, r] of u.runs.entries())
    ctx.melden(
      `  run ${i + 1}: verificatie ${r.ons.toFixed(2)} s (web ${r.web.toFixed(2)} s, ruw ${r.ruw.toFixed(2)} s), toevoegen ${r.boom.toFixed(0)}/s (store ${r.store.toFixed(0)}/s), bewijzen ${r.maken.toFixed(0)}/s`,
    );
  const n = s.regels.toLocaleString('nl-NL');
  const mib = (u.bytes / 2 ** 20).toFixed(0);
  const basis = {
    deel: 'logboek' as const,
    commando: commandoVoor(ctx, 'logboek'),
    processen: [alsCommando(args).replace(ctx.werkmap, '<map>')],
  };
  const verificatie = `${n} regels (vaste seed, canonieke bytes zoals de gateway ze schrijft, ${mib} MiB): elke leaf-hash en de wortel opnieuw (treeRoot); alle drie de varianten geven dezelfde wortel`;
  const r = (f: (x: Run) => number) => u.runs.map(f);
  return [
    figuur({
      ...basis,
      id: 'logboek.toevoegen.boom',
      naam: 'logboekregel toevoegen: canoniek + leaf + opgeslagen knopen',
      eenheid: 'regels/s',
      runs: r((x) => x.boom),
      toelichting: `${s.toevoegen.toLocaleString('nl-NL')} regels, één voor één: entryBytes (RFC 8785), leaf-hash en appendLeaves met nodeHasher`,
    }),
    figuur({
      ...basis,
      id: 'logboek.toevoegen.store',
      naam: 'logboekregel toevoegen via store.log (SQLite)',
      eenheid: 'regels/s',
      runs: r((x) => x.store),
      toelichting: `${s.toevoegen.toLocaleString('nl-NL')} regels, één transactie per regel met de nieuwe boomknopen, SQLite-bestand in WAL-modus (synchronous=NORMAL)`,
    }),
    figuur({
      ...basis,
      id: 'logboek.verificatie.ons',
      naam: `verificatie ${n} regels, src/logboek met nodeHasher (Node)`,
      eenheid: 's',
      runs: r((x) => x.ons),
      toelichting: `${verificatie}; nodeHasher van src/node/logboek-hash.ts (leaf-hashes met node:crypto, knopen met de eigen SHA-256 van hash.ts), zoals de CLI verifieert`,
    }),
    figuur({
      ...basis,
      id: 'logboek.verificatie.web',
      naam: `verificatie ${n} regels, src/logboek met webHasher`,
      eenheid: 's',
      runs: r((x) => x.web),
      toelichting: `${verificatie}; standaard-Hasher van src/logboek/hash.ts (@noble/hashes + eigen knoop-SHA-256), zoals in de Worker`,
    }),
    figuur({
      ...basis,
      id: 'logboek.verificatie.ruw',
      naam: `verificatie ${n} regels, kale node:crypto (plafond)`,
      eenheid: 's',
      runs: r((x) => x.ruw),
      toelichting: `${verificatie}; dezelfde SHA-256-aanroepen over dezelfde bytes in één lus, zonder onze code`,
    }),
    figuur({
      ...basis,
      id: 'logboek.verificatie.ratio',
      naam: 'verificatie (nodeHasher): verhouding tot kale node:crypto',
      eenheid: '×',
      runs: r((x) => x.ons / x.ruw),
      doel: { soort: 'max', waarde: 2, tekst: '≤ 2× kale node:crypto' },
    }),
    figuur({
      ...basis,
      id: 'logboek.verificatie.web-ratio',
      naam: 'verificatie (webHasher): verhouding tot kale node:crypto',
      eenheid: '×',
      runs: r((x) => x.web / x.ruw),
    }),
    figuur({
      ...basis,
      id: 'logboek.bewijs.maken',
      naam: `inclusiebewijs maken (boom van ${n})`,
      eenheid: 'bewijzen/s',
      runs: r((x) => x.maken),
      toelichting: `${s.bewijzen.toLocaleString('nl-NL')} willekeurige regels; proofFromNodes uit de opgeslagen knopen (in het geheugen), O(log n) knopen per bewijs`,
    }),
    figuur({
      ...basis,
      id: 'logboek.bewijs.controleren',
      naam: `inclusiebewijs controleren (boom van ${n})`,
      eenheid: 'bewijzen/s',
      runs: r((x) => x.controleren),
      toelichting: 'verifyInclusion (RFC 9162 2.1.3.2) met nodeHasher; elk bewijs klopt',
    }),
  ];
}
