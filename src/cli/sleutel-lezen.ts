/**
 * @module
 * Reading the logboek's keys for the CLI: a vkey or skey given as text or as a file.
 */
import { existsSync, readFileSync } from 'node:fs';

/**
 * The trimmed contents of the file `argument` when there is one, else the argument itself when
 * it looks like a key (`<naam>+<keyid>+<sleutel>`). A file is tried first: a log's name is
 * often a path (`ketenpoort.example/logboek`), so a slash does not tell a key from a file.
 */
export function sleutelTekst(argument: string, wat: string): string {
  if (existsSync(argument)) return readFileSync(argument, 'utf8').trim();
  if (/^\S+\+[0-9a-f]{8}\+\S+$/.test(argument)) return argument;
  throw new Error(`${wat}: bestand ${argument} bestaat niet.`);
}
