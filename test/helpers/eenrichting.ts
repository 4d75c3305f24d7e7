/**
 * The one-way case of issue 11 on the werkplek, shared by the Node test
 * (test/werkplek/fg-eenrichting.test.ts) and the Chromium test
 * (test/browser/werkplek-eenrichting.test.ts): Veilig Thuis may tell gemeente Hilversum of its
 * signals, the gemeente's rules tell Veilig Thuis nothing back. Two worlds that differ only in
 * whether the second registration is about the same (made-up) person as the first.
 */
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { registreer, signaal } from './signalen.js';
import { werkplekMet } from './werkplek-sessie.js';

export const VT = 'vtgv';
export const GEMEENTE = 'gemeente-hilversum';

/** Who registers first: the other one registers second. */
export const VOLGORDES = [
  ['VT registreert wat de gemeente al heeft', [GEMEENTE, VT]],
  ['de gemeente registreert wat VT al heeft', [VT, GEMEENTE]],
] as const;
export type Volgorde = (typeof VOLGORDES)[number][1];

/**
 * A test gateway with pages in which `eerst` then `dan` register a signal: about the same
 * person (`zelfdePersoon`, a match the gemeente's rules hide from VT) or about another one.
 */
export async function eenrichtingsWereld(
  inloggen: Inlogdienst,
  [eerst, dan]: Volgorde,
  zelfdePersoon: boolean,
) {
  const o = await werkplekMet(inloggen);
  const maak = {
    [VT]: (bsn: string) =>
      signaal(o, {
        sterkte: 'hard',
        doel: 'casusoverleg',
        pseudoniemen: [o.pseudoniem('bsn', bsn)],
      }),
    [GEMEENTE]: (bsn: string) =>
      signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: [o.pseudoniem('bsn', bsn)] }),
  };
  // Made-up BSNs that pass the 11-proef.
  await registreer(o, eerst, maak[eerst]('111222333'));
  await registreer(o, dan, maak[dan](zelfdePersoon ? '111222333' : '123456782'));
  return o;
}

/**
 * What legitimately differs between two worlds, replaced by a placeholder: each test gateway
 * draws its own random values. Uuids (signal and request ids), 64-hex hashes (leaf hashes,
 * roots, the policy load's commitments), 43-character base64url values (salts, pseudonym
 * commitments, the CSRF token) and the signed checkpoint notes in <pre> (a fresh checkpoint
 * key and witnesses per gateway). Counts, times (the clock is the test's), names, actions,
 * statuses and sizes are left as they are: those are what must not differ.
 */
export function zonderToeval(tekst: string): string {
  return (
    tekst
      .replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, '<pre>checkpoint</pre>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID')
      .replace(/[0-9a-f]{64}/g, 'HEX')
      // A cell that starts with '-' gets a quote in the CSV (no formula): part of the random value.
      .replace(/'?[A-Za-z0-9_-]{43}/g, 'B64')
  );
}
