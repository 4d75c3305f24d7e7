/**
 * @module
 * Made-up identifiers for the CLI benchmark, from a fixed seed, in the input forms partners
 * type (spaces, dashes, mixed case): they pass the checks of src/identity, so every row is
 * normalised and pseudonymised, but none is taken from a real register. The CSV lives in the
 * run's scratch folder and is removed afterwards.
 */
import { ZAAD } from '../gegevens/signalen.js';
import { Willekeurig } from '../lib/willekeurig.js';

const NAMEN = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', "d'Ancona", 'El Amrani', 'Øberg'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `n` rows `soort,waarde` with a header, CSV-quoted where needed. */
export function identificatieCsv(n: number): string {
  const r = new Willekeurig(ZAAD + 4);
  const cijfers = (k: number) => Array.from({ length: k }, () => r.tot(10)).join('');
  const maak: Array<[string, () => string]> = [
    ['bsn', () => bsn(r)],
    ['telefoon', () => `06-${cijfers(8)}`],
    ['persoon', () => `${r.kies(NAMEN)}|${1 + r.tot(28)}-${1 + r.tot(12)}-${1950 + r.tot(60)}`],
    ['adres', () => `${1 + r.tot(9)}${cijfers(3)} ${letter(r)}${letter(r)}|${1 + r.tot(300)}`],
    ['email', () => `Persoon.${cijfers(6)}@Voorbeeld.example`],
    ['iban', () => iban(`ABNA0${cijfers(9)}`)],
    ['kvk', () => cijfers(8)],
    ['kenteken', () => `${letter(r)}${letter(r)}-${cijfers(2)}-${letter(r)}${letter(r)}`],
  ];
  const gewicht = [30, 20, 15, 15, 8, 6, 4, 2];
  const totaal = gewicht.reduce((a, b) => a + b, 0);
  const regels = ['soort,waarde'];
  for (let i = 0; i < n; i++) {
    let x = r.tot(totaal);
    let k = 0;
    while (x >= gewicht[k]!) x -= gewicht[k++]!;
    const [soort, waarde] = maak[k]!;
    const w = waarde();
    regels.push(`${soort},${/[",|']/.test(w) ? `"${w.replaceAll('"', '""')}"` : w}`);
  }
  return `${regels.join('\n')}\n`;
}

function letter(r: Willekeurig): string {
  return LETTERS[r.tot(26)]!;
}

/** Nine digits that pass the elfproef. */
function bsn(r: Willekeurig): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => r.tot(10));
    const som = d.reduce((s, x, i) => s + (9 - i) * x, 0);
    const laatste = som % 11;
    if (laatste < 10 && (d[0]! > 0 || d[1]! > 0)) return `${d.join('')}${laatste}`;
  }
}

/** A Dutch IBAN with valid check digits (ISO 13616 mod 97) for the bank part `bban`. */
function iban(bban: string): string {
  const cijfers = `${bban}NL00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const c of cijfers) rest = (rest * 10 + Number(c)) % 97;
  const controle = String(98 - rest).padStart(2, '0');
  return `NL${controle} ${bban.slice(0, 4)} ${bban.slice(4)}`;
}
