/**
 * @module
 * The content hash of a policy set, named in every logboek entry. Defined on bytes only,
 * so Node, a Worker and a partner's own tooling compute the same value.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { type BeleidBestand, beleidsbestanden } from './bestanden.js';

/**
 * Hex SHA-256 over the files `laadBeleid` reads, sorted by path: for each file
 * `pad 0x00 <byte length in decimal> 0x00 <UTF-8 bytes>`, concatenated.
 */
export function beleidHash(bestanden: readonly BeleidBestand[]): string {
  const utf8 = new TextEncoder();
  const h = sha256.create();
  for (const b of beleidsbestanden(bestanden)) {
    const inhoud = utf8.encode(b.tekst);
    h.update(utf8.encode(`${b.pad}\u0000${inhoud.length}\u0000`));
    h.update(inhoud);
  }
  return bytesToHex(h.digest());
}
