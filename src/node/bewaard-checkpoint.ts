/**
 * @module
 * The last checkpoint the gateway signed, kept in a file outside the database's folder
 * (`KETENPOORT_LAATSTE_CHECKPOINT`): never part of a backup of the database, never overwritten
 * by a restore. At start the database must reach or acknowledge it (src/use-cases/herstel.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Configuratie } from '../config/env.js';
import type { OpgeslagenCheckpoint } from '../logboek/checkpointer.js';
import { ligtIn, maakPriveMap } from './bestandsrechten.js';

/** The kept checkpoint's signed note, or undefined when none was kept yet. */
export function leesBewaardCheckpoint(cfg: Configuratie): string | undefined {
  const pad = cfg.laatsteCheckpoint;
  if (!cfg.demo && cfg.database !== ':memory:' && ligtIn(pad, dirname(resolve(cfg.database)))) {
    throw new Error(
      `Het bewaarde checkpoint ${pad} staat in de map van de database (${dirname(cfg.database)}): een back-up of terugzetting van die map zou het meenemen of overschrijven. Zet KETENPOORT_LAATSTE_CHECKPOINT op een bestand buiten die map (bijvoorbeeld /var/lib/ketenpoort-staat/laatste-checkpoint) en verplaats het bestand daarheen.`,
    );
  }
  return existsSync(pad) ? readFileSync(pad, 'utf8') : undefined;
}

/**
 * Keeps `checkpoint` in the file (replaced whole, through a temporary file and a rename). The
 * folder is made (0700) only when it is missing: a checkpoint is signed after every round of
 * writes, and creating and chmodding the folder each time cost as much as the write itself.
 */
export function schrijfBewaardCheckpoint(cfg: Configuratie, checkpoint: OpgeslagenCheckpoint) {
  const pad = cfg.laatsteCheckpoint;
  const tijdelijk = `${pad}.nieuw`;
  try {
    writeFileSync(tijdelijk, checkpoint.note, { mode: 0o600 });
  } catch (fout) {
    if ((fout as NodeJS.ErrnoException).code !== 'ENOENT') throw fout;
    maakPriveMap(dirname(resolve(pad)));
    writeFileSync(tijdelijk, checkpoint.note, { mode: 0o600 });
  }
  renameSync(tijdelijk, pad);
}
