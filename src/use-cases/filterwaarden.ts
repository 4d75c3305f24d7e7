/**
 * @module
 * A filter that names no known partner, doel or actie finds nothing, and an FG who typed
 * `hilversum` for `gemeente-hilversum` would conclude that nothing was disclosed. So such a
 * value is an error that names the parameter and the known names, with a suggestion, and
 * never repeats the value: a pasted BSN must not come back, nor reach a log. The known names
 * are the policy's (plus the gateway itself), which every partner may read, so the error says
 * nothing about what is in the logboek.
 */
import { ACTIES } from '../logboek/entry.js';
import type { Beleid } from '../policy/index.js';
import { suggestie } from '../policy/suggestie.js';
import { ApiError } from './fout.js';

/** The filters whose values must be names the policy knows. */
export interface NaamFilters {
  partner?: string | undefined;
  bron?: string | undefined;
  ontvanger?: string | undefined;
  doel?: string | undefined;
  actie?: string | undefined;
  partij?: string | undefined;
}

/** A filter value that names nothing known: which parameter, and what to write instead. */
export interface OnbekendeWaarde {
  parameter: keyof NaamFilters;
  uitleg: string;
}

/** The gateway's own id in the logboek (it acts in beleid-geladen, vernietiging, ...). */
const POORT = 'ketenpoort';

/** The first filter value of `filter` that names no known partner, doel or actie. */
export function onbekendeFilterwaarde(
  filter: NaamFilters,
  beleid: Beleid | (() => Beleid),
): OnbekendeWaarde | undefined {
  // The policy only when a name needs it: the CLI reads it from disk.
  const b = () => (typeof beleid === 'function' ? beleid() : beleid);
  const partners = () => [POORT, ...b().partners.keys()];
  const soorten: Array<[keyof NaamFilters, string, () => readonly string[]]> = [
    ['partner', 'partner uit het beleid', partners],
    ['bron', 'partner uit het beleid', partners],
    ['ontvanger', 'partner uit het beleid', partners],
    ['partij', 'partner uit het beleid', partners],
    ['doel', 'doel uit het beleid', () => [...b().doelen.keys()]],
    ['actie', 'actie van het logboek', () => ACTIES],
  ];
  for (const [parameter, wat, lijst] of soorten) {
    const waarde = filter[parameter];
    if (waarde === undefined) continue;
    const bekend = lijst();
    if (bekend.includes(waarde)) continue;
    const s = naastbij(waarde, bekend);
    const hint = s === undefined ? '' : ` (bedoelt u '${s}'?)`;
    return {
      parameter,
      uitleg: `noemt geen ${wat}${hint}; kies uit: ${bekend.join(', ')}`,
    };
  }
  return undefined;
}

/** A likely meant name: a near spelling, or the one name the value is a part of. */
function naastbij(waarde: string, bekend: readonly string[]): string | undefined {
  if (waarde.length > 64) return undefined;
  const s = suggestie(waarde, bekend);
  if (s !== undefined || waarde.length < 3) return s;
  const deel = bekend.filter((b) => b.split('-').includes(waarde.toLowerCase()));
  return deel.length === 1 ? deel[0] : undefined;
}

/** Throws a 400 problem for the first unknown filter value (API parameters by their name). */
export function vereisBekendeFilterwaarden(filter: NaamFilters, beleid: Beleid): void {
  const fout = onbekendeFilterwaarde(filter, beleid);
  if (fout)
    throw new ApiError(
      'ongeldig-verzoek',
      `Het verzoek klopt niet: ${fout.parameter}: ${fout.uitleg}.`,
    );
}
