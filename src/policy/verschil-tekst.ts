/**
 * @module
 * The Dutch report of `ketenpoort beleid verschil`: widenings first and loud, then
 * narrowings, then changed grondslagen.
 */
import type { Verschil, Wijziging } from './verschil.js';

const WOORD: Record<Wijziging, string> = {
  'nieuw-toegestaan': 'NIEUW TOEGESTAAN',
  'meer-gegevens': 'MEER GEGEVENS',
  'melden-aan': 'NU OOK LATERE MELDINGEN',
  'nieuw-geweigerd': 'nieuw geweigerd',
  'minder-gegevens': 'minder gegevens',
  'melden-uit': 'geen latere meldingen meer',
  'andere-grondslagen': 'andere grondslagen',
  'meer-statussen': 'MEER STATUSSEN ZICHTBAAR',
  'minder-statussen': 'minder statussen zichtbaar',
};

/** How a difference after the match reads in its first line. */
const KOP: Record<Verschil['soort'], string> = {
  verstrekking: '',
  overdracht: 'overdracht ',
  terugkoppeling: 'terugkoppeling ',
  stapel: 'stapelmelding ',
  escalatie: 'escalatie ',
};

/** The report; `oud` and `nieuw` name the two sets (a folder or a git revision). */
export function verschilTekst(
  verschillen: readonly Verschil[],
  oud: { naam: string; hash: string },
  nieuw: { naam: string; hash: string },
): string {
  const kop = `Verschil tussen ${oud.naam} (${oud.hash.slice(0, 12)}) en ${nieuw.naam} (${nieuw.hash.slice(0, 12)}), berekend over alle bronnen, ontvangers, doelen en signalen.`;
  if (verschillen.length === 0)
    return `${kop}\n\nGeen verschil: beide beleidssets beslissen elke vraag hetzelfde.`;
  const verruim = verschillen.filter((v) => v.verruiming);
  const rest = verschillen.filter((v) => !v.verruiming);
  const regels = [kop, ''];
  if (verruim.length > 0) {
    regels.push(
      '!!! LET OP: VERRUIMING !!!',
      `Het nieuwe beleid verstrekt meer dan het oude, in ${combinaties(verruim)} combinatie(s) van bron, ontvanger en doel.`,
      'Laat een jurist elke verruiming hieronder toetsen voordat het beleid wordt ondertekend.',
      '',
    );
    for (const v of verruim) regels.push(...blok(v));
  }
  if (rest.length > 0) {
    regels.push(`Inperkingen en andere wijzigingen (${combinaties(rest)} combinatie(s)):`, '');
    for (const v of rest) regels.push(...blok(v));
  }
  return regels.join('\n').trimEnd();
}

function blok(v: Verschil): string[] {
  const teken = v.verruiming ? '+++' : v.wijziging === 'andere-grondslagen' ? ' ~ ' : '---';
  const regels = [
    `${teken} ${KOP[v.soort]}${v.bron} -> ${v.ontvanger}, doel ${v.doel}: ${WOORD[v.wijziging]}`,
    `    bij: ${v.signalen}`,
  ];
  if (v.gegevens.length)
    regels.push(
      `    ${v.soort === 'terugkoppeling' ? 'statussen' : 'gegevens'}: ${v.gegevens.join(', ')}`,
    );
  if (v.regels.length) regels.push(`    regels: ${v.regels.join(', ')}`);
  if (v.wijziging === 'andere-grondslagen')
    regels.push(
      `    grondslagen: ${v.grondslagen.oud.join(', ')} -> ${v.grondslagen.nieuw.join(', ')}`,
    );
  regels.push('');
  return regels;
}

function combinaties(lijst: readonly Verschil[]): number {
  return new Set(lijst.map((v) => `${v.bron}|${v.ontvanger}|${v.doel}`)).size;
}
