/**
 * @module
 * Before `beleid onderteken` writes `handtekeningen/<kid>.jws`: what is already there. A
 * jurist may replace only their own signature of an earlier version; a signature of this
 * version, or a file that is not theirs, stays, and the jurist is told why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeProtectedHeader } from 'jose';
import {
  controleerHandtekeningen,
  getekendeHash,
  type JuristSleutel,
} from '../policy/ondertekening.js';

/** Why the file at `pad` may not be overwritten, or undefined when it may (absent or older). */
export async function bestaandeHandtekening(
  pad: string,
  hash: string,
  sleutel: JuristSleutel & { naam: string },
): Promise<string | undefined> {
  if (!existsSync(pad)) return undefined;
  const tekst = readFileSync(pad, 'utf8').trim();
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(tekst).kid;
  } catch {
    kid = undefined;
  }
  if (kid !== sleutel.kid)
    return `Niet ondertekend: ${pad} bestaat al en is geen handtekening van sleutel '${sleutel.kid}'. Verplaats dat bestand eerst; een handtekening van een ander wordt nooit overschreven.`;
  if (getekendeHash(tekst) !== hash) return undefined;
  const { ondertekenaars } = await controleerHandtekeningen(hash, [{ pad, tekst }], [sleutel]);
  const eerder = ondertekenaars[0];
  if (!eerder) return undefined; // a broken file under this key's name holds no signature
  return `Niet ondertekend: dit beleid is al ondertekend met sleutel '${sleutel.kid}' van ${sleutel.naam} (op ${eerder.ondertekendOp}). Een tweede handtekening moet van een andere jurist komen, met diens eigen sleutel.`;
}
