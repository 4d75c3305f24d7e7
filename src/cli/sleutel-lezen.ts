/**
 * @module
 * Reading the logboek's keys for the CLI: a vkey or skey given as text or as a file.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The argument itself when it looks like a key, else the trimmed contents of that file. */
export function sleutelTekst(argument: string, wat: string): string {
  if (/^[^\s/]+\+[0-9a-f]{8}\+/.test(argument) || argument.startsWith('PRIVATE+KEY+')) {
    return argument;
  }
  if (!existsSync(argument)) throw new Error(`${wat}: bestand ${argument} bestaat niet.`);
  return readFileSync(argument, 'utf8').trim();
}
