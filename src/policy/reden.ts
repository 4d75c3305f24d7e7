/**
 * @module
 * Why a question to the policy is denied, as a closed list: scenarios name it, `uitleg`
 * derives it from the rules, and the Dutch reports describe it.
 */

export const REDENEN = [
  'verbod',
  'eerste-sleutel',
  'tweede-sleutel',
  'beide-sleutels',
  'eigen-signaal',
] as const;
export type Reden = (typeof REDENEN)[number];

export const REDEN_UITLEG: Record<Reden, string> = {
  verbod: 'een verbod van de bron gaat voor',
  'eerste-sleutel': 'geen verstrekkingsregel van de bron past',
  'tweede-sleutel': 'een regel past, maar de ontvanger mag voor dit doel niet ontvangen',
  'beide-sleutels': 'geen regel past en de ontvanger mag voor dit doel ook niet ontvangen',
  'eigen-signaal': 'bron en ontvanger zijn dezelfde partner',
};
