/**
 * @module
 * The closed lists of categories a signal carries and a policy reasons about.
 * Ids are the words of DOMAIN.md, in snake_case where they have more than one word.
 */

/** Forms of exploitation (Sr art. 273f; since the revised EU directive 2024/1712 also the last three). */
export const UITBUITINGSVORMEN = [
  'seksuele_uitbuiting',
  'arbeidsuitbuiting',
  'criminele_uitbuiting',
  'gedwongen_orgaanverwijdering',
  'gedwongen_huwelijk',
  'draagmoederschap',
  'illegale_adoptie',
] as const;
export type Uitbuitingsvorm = (typeof UITBUITINGSVORMEN)[number];

/** A vague concern (zacht) or a concrete indication (hard). */
export const STERKTES = ['zacht', 'hard'] as const;
export type Sterkte = (typeof STERKTES)[number];

/** The role the entity of a signal plays in the concern. */
export const ROLLEN = [
  'slachtoffer',
  'vermoedelijke_dader',
  'werkgever',
  'locatie',
  'overig',
] as const;
export type Rol = (typeof ROLLEN)[number];

/**
 * What a recipient may learn about a signal elsewhere: a closed list, smallest first.
 * Anything disclosed implies `bestaan`.
 */
export const VELDEN = [
  'bestaan',
  'partner',
  'contact',
  'uitbuitingsvorm',
  'sterkte',
  'sinds',
  'soorten',
  'terugkoppeling',
] as const;
export type Veld = (typeof VELDEN)[number];

/** The kinds of partner organisation (partners.yaml `soort`). */
export const PARTNERSOORTEN = [
  'veilig-thuis',
  'zorgcoordinatie',
  'arbeidsinspectie',
  'politie',
  'riec',
  'gemeente',
] as const;
export type Partnersoort = (typeof PARTNERSOORTEN)[number];
