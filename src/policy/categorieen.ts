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
 * What a registration is (issue 19): an advies (a professional asks the meldpunt for advice), a
 * melding (a formal report) or a signaal (a concern of the partner itself). The meldpunt advice
 * counts adviezen and meldingen monthly.
 */
export const AARDEN = ['advies', 'melding', 'signaal'] as const;
export type Aard = (typeof AARDEN)[number];

/**
 * Who reported to the partner (issue 19): a kind, never the melder's identity, which stays
 * with the partner that received the report.
 */
export const MELDERS = ['professional', 'burger', 'betrokkene', 'anoniem'] as const;
export type Melder = (typeof MELDERS)[number];

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

/**
 * The kinds of partner organisation the example region uses (partners.yaml `soort`). Partner
 * kinds are policy data (issue 16): a region adds one, such as `coa`, `kmar`, `om` or
 * `comensha`, by naming it in partners.yaml, without a release.
 */
export const PARTNERSOORTEN = [
  'veilig-thuis',
  'zorgcoordinatie',
  'arbeidsinspectie',
  'politie',
  'riec',
  'gemeente',
] as const;
/** A partner kind: one of the known ones, or any id a region's partners.yaml names. */
export type Partnersoort = (typeof PARTNERSOORTEN)[number] | (string & {});
