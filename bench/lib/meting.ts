/**
 * @module
 * What the benchmark reports: one figure per measured quantity, with the runs it is the
 * median of, the command that produced it, and (where the issue sets one) its target.
 */

export type Deel =
  | 'http'
  | 'beleid'
  | 'logboek'
  | 'bulk'
  | 'voetafdruk'
  | 'zijkanaal'
  | 'inzage'
  | 'oprf'
  | 'cijfers';
export const DELEN: readonly Deel[] = [
  'http',
  'beleid',
  'logboek',
  'bulk',
  'voetafdruk',
  'zijkanaal',
  'inzage',
  'oprf',
  'cijfers',
];

/** A target from issue 6: the median must be at least (`min`) or at most (`max`) `waarde`. */
export interface Doel {
  soort: 'min' | 'max';
  waarde: number;
  tekst: string;
}

export interface Figuur {
  id: string;
  deel: Deel;
  naam: string;
  eenheid: string;
  /** Median of `runs`; null when the figure does not apply yet (see `nvt`). */
  mediaan: number | null;
  min: number | null;
  max: number | null;
  runs: number[];
  /** The command that reproduces this figure. */
  commando: string;
  /** The processes the figure was measured with (server, load generator), as run. */
  processen?: string[];
  toelichting?: string;
  doel?: Doel & { gehaald: boolean | null };
  /** Why the figure is not applicable ("n.v.t."). */
  nvt?: string;
}

/** Median, min and max of at least one run. */
export function samenvatting(runs: readonly number[]) {
  if (runs.length === 0) throw new Error('geen runs');
  const s = [...runs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const mediaan = s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return { mediaan, min: s[0]!, max: s.at(-1)! };
}

/** Builds a figure from its runs, checking the target if there is one. */
export function figuur(
  f: Omit<Figuur, 'mediaan' | 'min' | 'max' | 'doel'> & { doel?: Doel },
): Figuur {
  const { doel, ...rest } = f;
  const { mediaan, min, max } = samenvatting(f.runs);
  const uit: Figuur = { ...rest, mediaan, min, max };
  if (doel) {
    const gehaald = doel.soort === 'min' ? mediaan >= doel.waarde : mediaan <= doel.waarde;
    uit.doel = { ...doel, gehaald };
  }
  return uit;
}

/** A figure that does not apply yet, with the reason. */
export function nvt(
  f: Omit<Figuur, 'mediaan' | 'min' | 'max' | 'runs' | 'nvt'>,
  reden: string,
): Figuur {
  return { ...f, mediaan: null, min: null, max: null, runs: [], nvt: reden };
}

/** Runs `meet` `n` times and returns the results. */
export async function herhaal(n: number, meet: (run: number) => Promise<number> | number) {
  const runs: number[] = [];
  for (let i = 0; i < n; i++) runs.push(await meet(i));
  return runs;
}

/** Time of `werk` in seconds. */
export async function seconden(werk: () => unknown): Promise<number> {
  const t = process.hrtime.bigint();
  await werk();
  return Number(process.hrtime.bigint() - t) / 1e9;
}
