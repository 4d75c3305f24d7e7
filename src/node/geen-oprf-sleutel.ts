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

/**
 * The `soort` of the gateway FG's own key at the sleutelbewaarder (src/client/fg-sleutel.ts):
 * the gateway must not hold it either, or it could pseudonymise at the FG's quota.
 */
export const FG_SLEUTEL_MARKER = 'ketenpoort-fg-sleutelbewaarder-sleutel';

/** Files under `map` that hold the OPRF key marker in their first 4 KiB (relative paths). */
export function oprfSleutelsOnder(map: string): string[] {
  return bestandenMetMarker(map, OPRF_SLEUTEL_MARKER);
}

/** Files under `map` holding the FG key marker in their first 4 KiB (relative paths). */
export function fgSleutelsOnder(map: string): string[] {
  return bestandenMetMarker(map, FG_SLEUTEL_MARKER);
}

function bestandenMetMarker(map: string, marker: string): string[] {
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
      else if (st.isFile() && bevatMarker(pad, marker)) gevonden.push(join(rel, naam));
    }
  };
  loop(map, '');
  return gevonden;
}

function bevatMarker(pad: string, marker: string): boolean {
  const buf = Buffer.alloc(4096);
  const fd = openSync(pad, 'r');
  try {
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).includes(marker);
  } finally {
    closeSync(fd);
  }
}

/**
 * Throws, naming the files, when the data folder holds a sleutelbewaarder key or the FG's own
 * key at the sleutelbewaarder.
 */
export function weigerOprfSleutel(data: string): void {
  const gevonden = oprfSleutelsOnder(data);
  if (gevonden.length > 0) {
    throw new Error(
      `In de datamap ${data} staat een sleutel van de sleutelbewaarder (${gevonden.join(', ')}). ` +
        'De poort mag die nooit hebben: haal het bestand weg en bewaar het alleen bij de sleutelbewaarder, een andere organisatie.',
    );
  }
  const fg = fgSleutelsOnder(data);
  if (fg.length > 0) {
    throw new Error(
      `In de datamap ${data} staat de sleutel van de FG bij de sleutelbewaarder (${fg.join(', ')}). ` +
        'De poort mag die nooit hebben: haal het bestand weg en bewaar het alleen op het eigen apparaat van de FG.',
    );
  }
}
