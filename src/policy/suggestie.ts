/**
 * @module
 * "Bedoelt u ...?" hints for misspelt keys and ids, so a jurist sees the fix at once.
 */

/** The closest of `kandidaten` to `woord`, if it is close enough to be a likely typo. */
export function suggestie(woord: string, kandidaten: Iterable<string>): string | undefined {
  let beste: string | undefined;
  let besteAfstand = Math.max(2, Math.floor(woord.length / 3)) + 1;
  for (const k of kandidaten) {
    const d = afstand(woord.toLowerCase(), k.toLowerCase());
    if (d < besteAfstand) {
      beste = k;
      besteAfstand = d;
    }
  }
  if (beste !== undefined || woord.length < 3) return beste;
  // A beginning is a likely shorthand: 'criminele' for 'criminele_uitbuiting'.
  const begin = [...kandidaten].filter((k) => k.toLowerCase().startsWith(woord.toLowerCase()));
  return begin.length === 1 ? begin[0] : undefined;
}

/** A sentence ending: " Bedoelt u 'x'?" or nothing. */
export function bedoeltU(woord: string, kandidaten: Iterable<string>): string {
  const s = suggestie(woord, kandidaten);
  return s === undefined ? '' : ` Bedoelt u '${s}'?`;
}

/** Levenshtein distance; policy words are short, so the quadratic table is fine. */
function afstand(a: string, b: string): number {
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      rij[j] = Math.min((vorige[j] ?? 0) + 1, (rij[j - 1] ?? 0) + 1, (vorige[j - 1] ?? 0) + kosten);
    }
    vorige = rij;
  }
  return vorige[b.length] ?? 0;
}
