/**
 * @module
 * One Dutch error map for zod, for every schema the API and the CLI check input with. zod's
 * own messages are English ("Invalid option: expected one of ..."), and some repeat what the
 * client sent; these never do: they say what is expected, with the allowed values when the
 * list is closed. A message a schema gives itself still wins (zod's order of precedence).
 */
import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const TYPEN: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  int: 'een heel getal',
  bigint: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
  date: 'een datum',
};

const VORMEN: Record<string, string> = {
  datetime: 'een tijdstip met tijdzone (ISO 8601, zoals 2026-03-01T09:00:00+01:00)',
  date: 'een datum (JJJJ-MM-DD)',
  uuid: 'een UUID',
  email: 'een e-mailadres',
  url: 'een URL',
  base64url: 'base64url',
};

/** The Dutch message of one zod issue; never contains the input. */
export function nederlandseZodMelding(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'ontbreekt'
        : `verwacht ${TYPEN[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `moet ${String(issue.values[0])} zijn`
        : `kies uit: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return grens('minstens', issue.origin, issue.minimum, issue.inclusive);
    case 'too_big':
      return grens('hoogstens', issue.origin, issue.maximum, issue.inclusive);
    case 'invalid_format':
      return `verwacht ${VORMEN[issue.format] ?? 'een waarde in de juiste vorm'}`;
    case 'not_multiple_of':
      return `moet een veelvoud van ${String(issue.divisor)} zijn`;
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? 'onbekend veld' : 'onbekende velden';
    case 'invalid_union':
      return 'past bij geen van de toegestane vormen';
    case 'invalid_key':
      return 'ongeldige sleutel';
    case 'invalid_element':
      return 'ongeldige waarde in de lijst';
    default:
      return 'ongeldige waarde';
  }
}

function grens(
  woord: 'minstens' | 'hoogstens',
  origin: string | undefined,
  waarde: number | bigint | Date,
  inclusief: boolean | undefined,
): string {
  const n = Number(waarde);
  const getal = inclusief === false ? (woord === 'minstens' ? n + 1 : n - 1) : n;
  if (origin === 'string') return `${woord} ${getal} ${getal === 1 ? 'teken' : 'tekens'}`;
  if (origin === 'array' || origin === 'set')
    return `${woord} ${getal} ${getal === 1 ? 'element' : 'elementen'}`;
  if (inclusief === false) return `${woord === 'minstens' ? 'groter' : 'kleiner'} dan ${n}`;
  return `${woord} ${n}`;
}

/** Makes the map zod's default, once per process or isolate (no I/O; the same every time). */
export function gebruikNederlandseZodMeldingen(): void {
  z.config({ customError: nederlandseZodMelding });
}
