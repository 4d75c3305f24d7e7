/**
 * @module
 * The surname half of `persoon`. Spelling differs between registrations
 * (accents, ß or ss, with or without tussenvoegsel), so the canonical form keeps
 * only the letters a-z of the surname proper.
 */

/** Letters that Unicode NFKD does not decompose, with their usual transliteration. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
  ı: 'i',
};

/** Leading words that are not part of the surname proper (DESIGN.md, "Pseudonyms"). */
const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  ...['van', 'von', 'vom', 'de', 'der', 'den', 'des', 'del', 'della', 'di', 'da', 'du'],
  ...['la', 'le', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'aan', 'bij', 'uit'],
  ...['zu', 'zum', 'zur', "d'", "l'"],
]);

/** May be glued to the next word, as in d'Artagnan. */
const GELIJMD = ["d'", "l'"];

/**
 * The canonical surname: lowercase, accents removed, special letters
 * transliterated, leading tussenvoegsels removed while a word remains, then only
 * a-z. Returns '' when no letter is left; the caller decides what that means.
 *
 * @example canoniekeAchternaam("van der Bergh-D'Hondt") // 'berghdhondt'
 */
export function canoniekeAchternaam(achternaam: string): string {
  const letters = achternaam
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđþı]/g, (letter) => LETTERS[letter] ?? letter);
  const woorden = zonderTussenvoegsels(letters.split(/[ \t\r\n]+/).filter((w) => w !== ''));
  return woorden.join('').replace(/[^a-z]/g, '');
}

function zonderTussenvoegsels(woorden: string[]): string[] {
  const rest = [...woorden];
  for (;;) {
    const eerste = rest[0];
    if (eerste === undefined) return rest;
    if (rest.length > 1 && TUSSENVOEGSELS.has(eerste)) {
      rest.shift();
      continue;
    }
    const lijm = GELIJMD.find((v) => eerste.startsWith(v) && eerste.length > v.length);
    if (lijm === undefined) return rest;
    rest[0] = eerste.slice(lijm.length);
  }
}
