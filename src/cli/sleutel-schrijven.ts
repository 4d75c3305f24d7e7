/**
 * @module
 * Writing a new secret key for the CLI: never over an existing file, readable by the owner only.
 */
import { existsSync, writeFileSync } from 'node:fs';

/** Writes `skey` to `pad` (mode 0600); false, with a message, when the file exists already. */
export function schrijfGeheimeSleutel(pad: string, skey: string): boolean {
  if (existsSync(pad)) {
    console.error(`${pad} bestaat al; kies een ander bestand.`);
    return false;
  }
  writeFileSync(pad, `${skey}\n`, { mode: 0o600 });
  return true;
}
