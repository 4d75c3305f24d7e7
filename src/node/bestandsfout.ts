/**
 * @module
 * The message of an error for the person at the terminal, in Dutch. Node's file errors
 * (`ENOENT: no such file or directory, scandir '...'`) become a sentence that names the path
 * and what to do; every other error keeps its own (already Dutch) message.
 */

const BESTANDSFOUTEN: Record<string, (pad: string) => string> = {
  ENOENT: (p) => `Het bestand of de map '${p}' bestaat niet. Controleer de naam en de map.`,
  ENOTDIR: (p) => `'${p}' is geen map. Geef de map, niet een bestand erin.`,
  EISDIR: (p) => `'${p}' is een map. Geef een bestand.`,
  EACCES: (p) => `Geen toegang tot '${p}'. Controleer de rechten op het bestand of de map.`,
  EPERM: (p) => `Geen toegang tot '${p}'. Controleer de rechten op het bestand of de map.`,
};

/** The Dutch message of `fout`. */
export function foutmelding(fout: unknown): string {
  const f = fout as { code?: unknown; path?: unknown; message?: unknown };
  const vertaal = typeof f.code === 'string' ? BESTANDSFOUTEN[f.code] : undefined;
  if (vertaal && typeof f.path === 'string') return vertaal(f.path);
  return fout instanceof Error ? fout.message : String(fout);
}
