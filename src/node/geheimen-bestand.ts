/**
 * @module
 * Reading a secrets file of the form `{ "organisatie": "geheim" }` (the werkplek's client
 * secrets, issue 18's webhook secrets): JSON, never inside the policy folder, which is bundled
 * into the Worker and signed by juristen.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** The secrets in file `pad`, named by setting `instelling` in errors; throws when misplaced. */
export function leesGeheimenBestand(
  instelling: string,
  pad: string,
  beleidMap: string,
): Record<string, string> {
  const binnen = relative(resolve(beleidMap), resolve(pad));
  if (!binnen.startsWith('..')) {
    throw new Error(
      `${instelling} staat in de beleidsmap ${beleidMap}: die wordt gebundeld en ondertekend. Zet de geheimen elders.`,
    );
  }
  const geheimen: unknown = JSON.parse(readFileSync(pad, 'utf8'));
  if (typeof geheimen !== 'object' || geheimen === null || Array.isArray(geheimen)) {
    throw new Error(`${instelling} moet een JSON-object zijn: { "organisatie": "geheim" }.`);
  }
  return geheimen as Record<string, string>;
}
