/**
 * @module
 * What the gateway's files may look like on disk: the database and its -wal/-shm are read and
 * written by the gateway's own user only (0600), their folders too (0700); a key or the kept
 * checkpoint never lies in the database's folder (a copy of that folder, a backup, a restore
 * must never carry them) and is never readable by others. Outside demo mode a violation stops
 * the start with what to do about it.
 */
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Mode bits that give anyone but the owner access. */
const ANDEREN = 0o077;

/** Makes `map` (and missing parents) with mode 0700, and sets 0700 on `map` itself. */
export function maakPriveMap(map: string): void {
  mkdirSync(map, { recursive: true, mode: 0o700 });
  chmodSync(map, 0o700);
}

/** Creates the database file empty (0600) before SQLite opens it, or sets 0600 on it and its -wal/-shm. */
export function beveiligDatabase(database: string): void {
  if (database === ':memory:') return;
  maakPriveMap(dirname(resolve(database)));
  if (!existsSync(database)) closeSync(openSync(database, 'a', 0o600));
  for (const pad of [database, `${database}-wal`, `${database}-shm`]) {
    if (existsSync(pad)) chmodSync(pad, 0o600);
  }
}

/** A key or other secret file that the gateway reads, and why it matters. */
export interface GeheimBestand {
  /** For the message: "de opslagsleutel", "de checkpointsleutel". */
  wat: string;
  pad: string;
  /** The setting that chooses the file, for the message. */
  instelling: string;
}

/**
 * Refuses (throws, naming the file and the fix) when `bestand` lies in the database's folder
 * or any folder below it, or is readable by others than the gateway's user. Demo mode only
 * tightens the mode of a file the demo made itself; it never refuses.
 */
export function controleerGeheimBestand(
  bestand: GeheimBestand,
  database: string,
  demo: boolean,
): void {
  if (!existsSync(bestand.pad)) return;
  if (demo) {
    if ((statSync(bestand.pad).mode & ANDEREN) !== 0) chmodSync(bestand.pad, 0o600);
    return;
  }
  if (database !== ':memory:' && ligtIn(bestand.pad, dirname(resolve(database)))) {
    throw new Error(
      `${hoofdletter(bestand.wat)} ${bestand.pad} staat in de map van de database (${dirname(database)}): een kopie of back-up van die map bevat dan ook de sleutel. Verplaats het bestand naar een map buiten de database (bijvoorbeeld /etc/ketenpoort of een secrets-map) en zet ${bestand.instelling} op het nieuwe pad.`,
    );
  }
  const modus = statSync(bestand.pad).mode & 0o777;
  if ((modus & ANDEREN) !== 0) {
    throw new Error(
      `${hoofdletter(bestand.wat)} ${bestand.pad} is leesbaar voor anderen dan de eigenaar (modus ${modus.toString(8).padStart(4, '0')}). Maak hem alleen voor de gebruiker van de poort leesbaar: chmod 600 ${bestand.pad}`,
    );
  }
}

/** True when `pad` is `map` itself or lies anywhere below it (symbolic links followed). */
export function ligtIn(pad: string, map: string): boolean {
  const echt = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const r = relative(echt(map), echt(pad));
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
