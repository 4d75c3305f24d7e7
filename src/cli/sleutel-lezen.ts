/**
 * @module
 * Reading the logboek's keys for the CLI: a vkey or skey given as text or as a file, and the
 * vkey of the checkpoint key the gateway is configured with.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Configuratie } from '../config/env.js';
import { parseSignerKey, parseVerifierKey } from '../logboek/note.js';
import { vkeyVan } from '../logboek/sleutels.js';

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

/** The vkey of the configured checkpoint key (never creates one). */
export async function geconfigureerdeSleutel(cfg: Configuratie) {
  const pad = cfg.checkpointsleutelBestand;
  const skey = cfg.checkpointsleutel ?? (existsSync(pad) ? readFileSync(pad, 'utf8').trim() : '');
  if (!skey) {
    throw new Error(
      `Geen sleutel van het logboek gevonden (KETENPOORT_CHECKPOINTSLEUTEL of ${pad}). ` +
        "Voor 'logboek verifieer': geef --sleutel <vkey> (de publieke sleutel van de beheerder); " +
        "een nieuwe sleutel maakt u met 'ketenpoort logboek sleutel --nieuw --naam <origin> --uit <bestand>'.",
    );
  }
  return parseVerifierKey(vkeyVan(await parseSignerKey(skey)));
}
