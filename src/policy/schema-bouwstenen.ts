/**
 * @module
 * Building blocks of the policy schemas: every field gets a Dutch title and description, and
 * pattern fields carry the message VS Code shows while typing (`patternErrorMessage`).
 */
import { z } from 'zod';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from './categorieen.js';
import { ROL_OMSCHRIJVING, STERKTE_OMSCHRIJVING, VORM_OMSCHRIJVING } from './woorden.js';

const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const ID_MELDING =
  'Een id bestaat uit kleine letters, cijfers, punten en streepjes, zoals vtgv-zorgcoordinatie.';

/** A fixed name; `patternErrorMessage` is what VS Code shows while typing. */
export const idVeld = (title: string, description: string) =>
  z
    .string()
    .regex(ID, { error: ID_MELDING })
    .meta({ title, description, patternErrorMessage: ID_MELDING });

export const tekst = (title: string, description: string) =>
  z.string().min(1).meta({ title, description });

export const lijst = <T extends z.ZodType>(element: T, title: string, description: string) =>
  z.array(element).min(1).meta({ title, description });

/** An enum whose values an editor explains one by one. */
export const keuze = <const T extends readonly [string, ...string[]]>(
  waarden: T,
  uitleg: Record<T[number], string>,
  title: string,
  description: string,
) =>
  z
    .enum(waarden)
    .meta({ title, description, enumDescriptions: waarden.map((w) => uitleg[w as T[number]]) });

export const patroon = (re: RegExp, melding: string, title: string, description: string) =>
  z
    .string()
    .regex(re, { error: melding })
    .meta({ title, description, patternErrorMessage: melding });

export const maanden = (title: string) =>
  z
    .number()
    .int({ error: 'Een bewaartermijn is een heel aantal maanden, zoals 24.' })
    .min(1)
    .max(120)
    .meta({ title, description: 'Bewaartermijn in maanden (1 tot en met 120).' });

export const TELEFOON =
  "Schrijf het telefoonnummer internationaal (E.164), zoals '+31881234567', tussen aanhalingstekens.";
export const GEMEENTE = 'Een gemeentecode is de CBS-code: GM en vier cijfers, zoals GM0402.';
export const PSEUDONIEM =
  "Een pseudoniem is 43 (v1) of 86 (v2) tekens base64url; bereken het met 'ketenpoort uitgesloten'.";

/** Conditions on the signal; shared with the scenario schema. */
export const signaalVoorwaarden = {
  uitbuitingsvormen: lijst(
    keuze(UITBUITINGSVORMEN, VORM_OMSCHRIJVING, 'Uitbuitingsvorm', 'Vorm van uitbuiting.'),
    'Uitbuitingsvormen',
    'Geldt als het signaal minstens een van deze vormen heeft.',
  ),
  sterkte: lijst(
    keuze(STERKTES, STERKTE_OMSCHRIJVING, 'Sterkte', 'Zacht of hard.'),
    'Sterkte',
    'Geldt alleen voor signalen met deze sterkte.',
  ),
  rol: lijst(
    keuze(ROLLEN, ROL_OMSCHRIJVING, 'Rol', 'Rol van de entiteit in het signaal.'),
    'Rol',
    'Geldt alleen voor signalen met deze rol.',
  ),
};
