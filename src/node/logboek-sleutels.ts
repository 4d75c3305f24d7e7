/**
 * @module
 * The logboek's keys in Node: the checkpoint key from the setting or `<data>/checkpointsleutel`,
 * the witnesses' vkeys from a file, and in demo mode a key for the log and one witness key
 * per partner, created where absent.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Configuratie } from '../config/env.js';
import { type NoteSigner, type NoteVerifier, parseSignerKey } from '../logboek/note.js';
import { leesGetuigen, nieuweSleutel, vkeyVan } from '../logboek/sleutels.js';
import { controleerGeheimBestand, maakPriveMap } from './bestandsrechten.js';

/** The origin (and key name) of the demo region's logboek. */
export const DEMO_ORIGIN = 'demo.ketenpoort.example/logboek';

/**
 * The checkpoint key: the setting, else its file (`KETENPOORT_CHECKPOINTSLEUTEL_BESTAND`,
 * default `<data>/checkpointsleutel`), created only in demo mode. Outside demo mode the file
 * must lie outside the database's folder and be readable by the gateway's user only.
 */
export async function checkpointOndertekenaar(cfg: Configuratie): Promise<NoteSigner> {
  if (cfg.checkpointsleutel) return parseSignerKey(cfg.checkpointsleutel);
  const pad = cfg.checkpointsleutelBestand;
  if (!existsSync(pad)) {
    if (!cfg.demo) {
      throw new Error(
        `Geen checkpointsleutel voor het logboek: ${pad} bestaat niet. Zet KETENPOORT_CHECKPOINTSLEUTEL, of KETENPOORT_CHECKPOINTSLEUTEL_BESTAND op een bestand buiten de map van de database, gemaakt met: npx ketenpoort logboek sleutel --nieuw --naam <origin> --uit <bestand>`,
      );
    }
    maakPriveMap(dirname(pad));
    writeFileSync(pad, `${(await nieuweSleutel(DEMO_ORIGIN)).skey}\n`, { mode: 0o600 });
  }
  controleerGeheimBestand(
    { wat: 'de checkpointsleutel', pad, instelling: 'KETENPOORT_CHECKPOINTSLEUTEL_BESTAND' },
    cfg.database,
    cfg.demo,
  );
  try {
    return await parseSignerKey(readFileSync(pad, 'utf8').trim());
  } catch (fout) {
    throw new Error(`Checkpointsleutel ${pad} klopt niet: ${(fout as Error).message}`);
  }
}

/** The witnesses' cosignature keys; a missing file means no witnesses (yet). */
export function leesGetuigenBestand(pad: string): NoteVerifier[] {
  if (!existsSync(pad)) return [];
  try {
    return leesGetuigen(readFileSync(pad, 'utf8'));
  } catch (fout) {
    throw new Error(`Getuigenbestand ${pad}: ${(fout as Error).message}`);
  }
}

/**
 * Demo: the log's vkey in `<data>/demo/logboek.vkey`, and per partner a witness key in
 * `<data>/demo/getuigen/<partner>.skey` whose vkey is listed in the witness file.
 */
export async function zorgVoorLogboekDemo(
  cfg: Configuratie,
  partners: readonly string[],
  ondertekenaar: NoteSigner,
): Promise<void> {
  maakPriveMap(join(cfg.data, 'demo'));
  writeFileSync(join(cfg.data, 'demo', 'logboek.vkey'), `${vkeyVan(ondertekenaar)}\n`);
  await zorgVoorGetuigenDemo(cfg, partners);
}

/** Demo: a witness key per partner where absent, its vkey added to the witness file. */
export async function zorgVoorGetuigenDemo(
  cfg: Configuratie,
  partners: readonly string[],
): Promise<void> {
  const map = join(cfg.data, 'demo', 'getuigen');
  maakPriveMap(map);
  const nieuw: string[] = [];
  for (const partner of partners) {
    const pad = join(map, `${partner}.skey`);
    if (existsSync(pad)) continue;
    const sleutel = await nieuweSleutel(`getuige-${partner}`);
    writeFileSync(pad, `${sleutel.skey}\n`, { mode: 0o600 });
    nieuw.push(sleutel.getuigeVkey);
  }
  if (nieuw.length === 0) return;
  const bestaand = existsSync(cfg.getuigen) ? readFileSync(cfg.getuigen, 'utf8') : '';
  mkdirSync(dirname(cfg.getuigen), { recursive: true });
  writeFileSync(cfg.getuigen, `${bestaand}${nieuw.join('\n')}\n`);
}
