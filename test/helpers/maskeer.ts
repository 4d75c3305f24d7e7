/**
 * Masks what differs between two runs of the same scenario (ids, times, hashes, signatures,
 * the gateway's address), so a fixture can hold the rest byte for byte.
 */

/** Longest first: a timestamp is masked before the date inside it. */
const MASKERS: Array<[RegExp, string]> = [
  [/https?:\/\/[\w.-]*\w(?::\d+)?/g, '<gateway>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?/g, '<tijdstip>'],
  [/\b\d{4}-\d{2}-\d{2}\b/g, '<datum>'],
  [/\b[0-9a-f]{32,}\b/gi, '<hash>'],
  // Signatures, tokens, hashes and keys in base64(url): long runs that contain a digit or a
  // capital (words and rule ids have neither; a random 32-byte value lacks both once in 10^15,
  // where lacking only a digit happened once in ~1,500 and made a test flaky).
  [/(?<![\w+/-])(?=[\w+/-]*[\dA-Z])[\w+/-]{43,}={0,2}/g, '<handtekening>'],
];

/** The text with every run-specific value replaced by a fixed placeholder. */
export function maskeer(tekst: string): string {
  return MASKERS.reduce((t, [patroon, vervanging]) => t.replace(patroon, vervanging), tekst);
}
