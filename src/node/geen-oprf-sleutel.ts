/**
 * @module
 * The gateway must never hold the sleutelbewaarder's key: with it and the database together,
 * pseudonyms could be reversed by guessing. It refuses to start when a file in that key
 * format lies anywhere under its data folder. The marker is repeated here on purpose: the
 * gateway's code never imports the sleutelbewaarder's key code (.dependency-cruiser.cjs);
 * a test keeps both spellings equal.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The `soort` every key file of the sleutelbewaarder carries. */
export const OPRF_SLEUTEL_MARKER = 'ketenpoort-oprf-sleutel';

/** Files under `map` that hold the marker in their first 4 KiB (relative paths). */
export function oprfSleutelsOnder(map: string): string[] {
  const gevonden: string[] = [];
  const loop = (dir: string, rel: string) => {
    let namen: string[];
    try {
      namen = readdirSync(dir);
    } catch {
      return;
    }
    for (const naam of namen) {
      const pad = join(dir, naam);
      const st = statSync(pad, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) loop(pad, join(rel, naam));
      else if (st.isFile() && bevatMarker(pad)) gevonden.push(join(rel, naam));
    }
  };
  loop(map, '');
  return gevonden;
}

function bevatMarker(pad: string): boolean {
  const buf = Buffer.alloc(4096);
  const fd = openSync(pad, 'r');
  try {
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).includes(OPRF_SLEUTEL_MARKER);
  } finally {
    closeSync(fd);
  }
}

/** Throws, naming the files, when the data folder holds a sleutelbewaarder key. */
export function weigerOprfSleutel(data: string): void {
  const gevonden = oprfSleutelsOnder(data);
  if (gevonden.length === 0) return;
  throw new Error(
    `In de datamap ${data} staat een sleutel van de sleutelbewaarder (${gevonden.join(', ')}). ` +
      'De poort mag die nooit hebben: haal het bestand weg en bewaar het alleen bij de sleutelbewaarder, een andere organisatie.',
  );
}
