/**
 * @module
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self
 * time, and per source file. Usage: `npx tsx bench/profiel-top.ts <bestand.cpuprofile> [n]`.
 */
import { readFileSync } from 'node:fs';

interface Knoop {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self time per function and per file, in shares of all samples. */
export function profielTop(pad: string, n = 15) {
  const p = JSON.parse(readFileSync(pad, 'utf8')) as {
    nodes: Knoop[];
    samples: number[];
    timeDeltas: number[];
  };
  const perKnoop = new Map<number, number>();
  p.samples.forEach((id, i) => {
    perKnoop.set(id, (perKnoop.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const totaal = [...perKnoop.values()].reduce((a, b) => a + b, 0) || 1;
  const perFunctie = new Map<string, number>();
  const perBestand = new Map<string, number>();
  for (const k of p.nodes) {
    const t = perKnoop.get(k.id) ?? 0;
    if (t === 0) continue;
    const bestand = kort(k.callFrame.url) || `(${k.callFrame.functionName || 'native'})`;
    const naam = `${k.callFrame.functionName || '(anoniem)'} ${bestand}:${k.callFrame.lineNumber + 1}`;
    perFunctie.set(naam, (perFunctie.get(naam) ?? 0) + t);
    perBestand.set(bestand, (perBestand.get(bestand) ?? 0) + t);
  }
  const inclusief = inclusieveTijd(
    p.nodes,
    perKnoop,
    (k) =>
      `${k.callFrame.functionName || '(anoniem)'} ${kort(k.callFrame.url)}:${k.callFrame.lineNumber + 1}`,
  );
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([naam, t]) => ({ naam, aandeel: t / totaal }));
  return {
    functies: top(perFunctie),
    inclusief: top(inclusief),
    bestanden: top(perBestand),
    totaalMs: totaal / 1000,
  };
}

/** Time spent in a function including its callees; a recursive call is counted once. */
function inclusieveTijd(
  knopen: Knoop[],
  eigen: Map<number, number>,
  naam: (k: Knoop) => string,
): Map<string, number> {
  const perId = new Map(knopen.map((k) => [k.id, k]));
  const som = new Map<number, number>();
  const totaalVan = (k: Knoop): number => {
    let t = eigen.get(k.id) ?? 0;
    for (const c of k.children ?? []) t += totaalVan(perId.get(c)!);
    som.set(k.id, t);
    return t;
  };
  const wortel = knopen[0];
  if (wortel) totaalVan(wortel);
  const uit = new Map<string, number>();
  const loop = (k: Knoop, actief: Set<string>) => {
    const n = naam(k);
    const nieuw = !actief.has(n);
    if (nieuw) {
      uit.set(n, (uit.get(n) ?? 0) + (som.get(k.id) ?? 0));
      actief.add(n);
    }
    for (const c of k.children ?? []) loop(perId.get(c)!, actief);
    if (nieuw) actief.delete(n);
  };
  if (wortel) loop(wortel, new Set());
  return uit;
}

function kort(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/(src|bench)\//, '$1/');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pad, n] = process.argv.slice(2);
  if (!pad) {
    console.error('Gebruik: npx tsx bench/profiel-top.ts <bestand.cpuprofile> [n]');
    process.exit(2);
  }
  const r = profielTop(pad, Number(n ?? 15));
  console.log(`totaal ${r.totaalMs.toFixed(0)} ms\n\nper functie (eigen tijd):`);
  for (const f of r.functies)
    console.log(`${(f.aandeel * 100).toFixed(1).padStart(5)}%  ${f.naam}`);
  console.log('\nper functie (inclusief aanroepen):');
  for (const f of r.inclusief)
    console.log(`${(f.aandeel * 100).toFixed(1).padStart(5)}%  ${f.naam}`);
  console.log('\nper bestand:');
  for (const f of r.bestanden)
    console.log(`${(f.aandeel * 100).toFixed(1).padStart(5)}%  ${f.naam}`);
}
