/**
 * @module
 * The outcome of a scenario about an escalation (issue 17): does the policy's escalation
 * partner hear of a passed termijn in which the bron's signal is involved? This is the bron's
 * key, decided as the termijn watch decides it (src/matching/escalatie.ts): the recipient must be
 * the escalation partner of termijnen.yaml and the bron's rule must let it know for the doel;
 * the watch also asks the other side's rule. It names the bron only under `partner`.
 */
import type { Beleid, Vraag } from './beleid.js';
import { beslis } from './beslis.js';

const VOLGORDE = ['partner'] as const;

/** Decides an `escalatie` question. */
export function escalatieUitkomst(beleid: Beleid, vraag: Vraag) {
  const e = beleid.termijnen?.escalatie ?? null;
  if (e !== vraag.ontvanger) {
    return {
      toegestaan: false,
      gegevens: [],
      volgorde: VOLGORDE,
      regels: [],
      grondslagen: [],
      tekst: `${vraag.ontvanger} is niet de escalatiepartner van termijnen.yaml (${e ?? 'geen'}).`,
      dekt: [],
    };
  }
  const b = beslis(beleid, vraag);
  return {
    toegestaan: b.toegestaan,
    gegevens: b.toegestaan && b.gegevens.includes('partner') ? ['partner'] : [],
    volgorde: VOLGORDE,
    regels: b.toegestaan ? b.regels : [],
    grondslagen: b.toegestaan ? b.grondslagen : [],
    tekst: b.toegestaan
      ? `${e} hoort van een verstreken termijn met dit signaal van ${vraag.bron}, onder ${b.regels.join(', ')}, als ook de andere kant het toestaat.`
      : `${e} hoort niets van een verstreken termijn met dit signaal: ${b.reden}`,
    dekt: b.toegestaan ? b.regels : [],
  };
}
