/**
 * @module
 * `ketenpoort beheer backup` and `ketenpoort beheer restore`. A backup is SQLite's online
 * backup of the database alone: never the keys, never the kept last checkpoint. A restore puts
 * a backup back and then acknowledges in the logboek what was lost since (the leaves after the
 * backup that the last signed checkpoint covered), so the gateway starts again and witnesses
 * see an acknowledged fork, not a silent one.
 */
import { closeSync, copyFileSync, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { leesConfiguratie } from '../config/env.js';
import { willekeurigeBytes } from '../logboek/blad.js';
import { reeksVanPoort } from '../logboek/sleutelreeks.js';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { beveiligDatabase } from '../node/bestandsrechten.js';
import { leesBewaardCheckpoint } from '../node/bewaard-checkpoint.js';
import { laadBeleid } from '../policy/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import { leesSleutelwissels } from '../use-cases/checkpointsleutel-wisselen.js';
import { erkenHerstel } from '../use-cases/herstel.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';
import { geconfigureerdeSleutel } from './sleutel-lezen.js';

export const beheerBackup: Opdracht = {
  naam: 'beheer backup',
  gebruik: ['--uit <bestand> [--database <bestand>]'],
  uitleg:
    'Maakt een back-up van de database (SQLite online backup, ook terwijl de poort draait) in ' +
    'een nieuw bestand met modus 0600. Sleutels en het bewaarde checkpoint gaan niet mee.',
  voerUit: async (args) => {
    const { values: v } = parseArgs({
      args,
      options: { uit: { type: 'string' }, database: { type: 'string' } },
    });
    if (!v.uit) return gebruiksfout(beheerBackup, 'Geef --uit <bestand>.');
    const database = v.database ?? leesConfiguratie(process.env).database;
    if (!existsSync(database)) {
      console.error(`Database ${database} bestaat niet.`);
      return 1;
    }
    if (existsSync(v.uit)) {
      console.error(`${v.uit} bestaat al; kies een ander bestand.`);
      return 1;
    }
    // Created first, empty and 0600: the backup never lands in a file others can read.
    closeSync(openSync(v.uit, 'wx', 0o600));
    const db = new Database(database, { fileMustExist: true });
    try {
      await db.backup(v.uit);
    } finally {
      db.close();
    }
    console.log(`Back-up van ${database} geschreven naar ${v.uit}.`);
    return 0;
  },
};

export const beheerRestore: Opdracht = {
  naam: 'beheer restore',
  gebruik: ['[--van <back-up>] [--database <bestand>]'],
  uitleg:
    'Zet een back-up terug (--van; stop de poort eerst) en legt in het logboek vast welke ' +
    'bladen daarbij verloren gingen en wat het laatste checkpoint ervoor was. Zonder --van: ' +
    'legt alleen dat vast, voor een database die op een andere manier is teruggezet.',
  voerUit: async (args) => {
    const { values: v } = parseArgs({
      args,
      options: { van: { type: 'string' }, database: { type: 'string' } },
    });
    const cfg = leesConfiguratie(process.env);
    const database = v.database ?? cfg.database;
    if (v.van !== undefined && !zetTerug(v.van, database)) return 1;
    const bewaard = leesBewaardCheckpoint(cfg);
    if (bewaard === undefined) {
      console.log(
        `Er is geen bewaard checkpoint (${cfg.laatsteCheckpoint}); er valt niets te erkennen.`,
      );
      return 0;
    }
    const beleid = laadBeleid(leesBeleidBestanden(cfg.beleid));
    const log = await geconfigureerdeSleutel(cfg);
    const store = openSqliteStore(database);
    try {
      const sleutels = await reeksVanPoort(log, await leesSleutelwissels(store));
      const oordeel = await erkenHerstel(
        store,
        beleid,
        bewaard,
        sleutels,
        Date.now(),
        willekeurigeBytes,
      );
      if (oordeel.uitslag === 'niet') {
        const van = oordeel.afwijkend ? 1 : oordeel.boom + 1;
        console.log(
          `Verlies erkend in het logboek: de bladen ${van} tot en met ${oordeel.grootte} van het laatste checkpoint (${oordeel.grootte} bladen) staan niet in deze database. De poort start weer; meld de terugzetting aan de getuigen en de FG.`,
        );
      } else {
        console.log(
          'Het logboek reikt tot het laatste checkpoint of erkent het al; niets vastgelegd.',
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

/** Replaces `database` by the backup `van` (its -wal and -shm removed first); false when `van` is no database. */
function zetTerug(van: string, database: string): boolean {
  try {
    const db = new Database(van, { readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM bladen').get();
    } finally {
      db.close();
    }
  } catch {
    console.error(`${van} is geen back-up van een Ketenpoort-database.`);
    return false;
  }
  // A WAL left beside the database belongs to the database being replaced, not to the backup.
  for (const pad of [`${database}-wal`, `${database}-shm`]) rmSync(pad, { force: true });
  const tijdelijk = `${database}.terugzetten`;
  rmSync(tijdelijk, { force: true });
  copyFileSync(van, tijdelijk);
  renameSync(tijdelijk, database);
  beveiligDatabase(database);
  console.log(`Back-up ${van} teruggezet in ${database}.`);
  return true;
}
