/**
 * @module
 * `ketenpoort logboek sleutel roteer`: hands the log over to a new checkpoint key, with the
 * gateway stopped (docs/checkpointsleutel-wisselen.md). The new secret key is written first, so
 * a handover never names a key whose secret is lost; then the handover entry and the old key's
 * checkpoint over it; then the kept checkpoint and the handover note for the witnesses.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { leesConfiguratie } from '../config/env.js';
import { willekeurigeBytes } from '../logboek/blad.js';
import { nieuweSleutel } from '../logboek/sleutels.js';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { schrijfBewaardCheckpoint } from '../node/bewaard-checkpoint.js';
import { checkpointOndertekenaar } from '../node/logboek-sleutels.js';
import { laadBeleid } from '../policy/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import { wisselCheckpointsleutel } from '../use-cases/checkpointsleutel-wisselen.js';
import { schrijfGeheimeSleutel } from './sleutel-schrijven.js';

/** Rotates the configured checkpoint key to a new one written to `uit`; the exit code. */
export async function roteerCheckpointsleutel(uit: string, database?: string): Promise<number> {
  const overdrachtPad = `${uit}.sleutelwissel`;
  if (existsSync(overdrachtPad)) {
    console.error(`${overdrachtPad} bestaat al; kies een ander bestand voor --uit.`);
    return 1;
  }
  const cfg = leesConfiguratie(process.env);
  const oud = await checkpointOndertekenaar(cfg);
  const nieuw = await nieuweSleutel(oud.name);
  if (!schrijfGeheimeSleutel(uit, nieuw.skey)) return 1;
  const beleid = laadBeleid(leesBeleidBestanden(cfg.beleid));
  const store = openSqliteStore(database ?? cfg.database);
  try {
    const { sleutelwissel, checkpoint } = await wisselCheckpointsleutel(
      store,
      beleid,
      oud,
      nieuw.vkey,
      Date.now(),
      willekeurigeBytes,
    );
    schrijfBewaardCheckpoint(cfg, checkpoint);
    writeFileSync(overdrachtPad, sleutelwissel.overdracht, { mode: 0o644 });
    console.log(
      [
        `Sleutelwissel vastgelegd in blad ${sleutelwissel.vanaf}; de oude sleutel ondertekende het checkpoint van ${sleutelwissel.vanaf} bladen.`,
        `Nieuwe geheime checkpointsleutel: ${uit} (modus 0600). Zet KETENPOORT_CHECKPOINTSLEUTEL_BESTAND daarop en start de poort.`,
        `Geef getuigen en de FG de sleutelwissel (${overdrachtPad}) en de nieuwe vkey:`,
        nieuw.vkey,
      ].join('\n'),
    );
    return 0;
  } finally {
    await store.close();
  }
}
