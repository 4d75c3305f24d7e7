/**
 * @module
 * Which of the given files form the policy set. The loader and the hash use the same
 * selection, so the hash covers exactly what decides.
 */

/** One file of the policy set; `pad` is relative to policies/ with '/' separators, e.g. 'regels/vtgv.yaml'. */
export interface BeleidBestand {
  pad: string;
  tekst: string;
}

/** Normalises a path so Windows and POSIX checkouts name a file the same way. */
export function normaliseerPad(pad: string): string {
  return pad.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

/**
 * The policy files among `bestanden`: YAML files outside tests/ (scenario tests are data
 * for the test runner, not policy), with normalised paths, sorted by path.
 */
export function beleidsbestanden(bestanden: readonly BeleidBestand[]): BeleidBestand[] {
  return bestanden
    .map((b) => ({ pad: normaliseerPad(b.pad), tekst: b.tekst }))
    .filter((b) => /\.ya?ml$/i.test(b.pad) && !b.pad.startsWith('tests/'))
    .sort((a, b) => (a.pad < b.pad ? -1 : a.pad > b.pad ? 1 : 0));
}
