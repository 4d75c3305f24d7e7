/**
 * @module
 * Prints the gzip size of the built Worker bundle (`npm run build:worker`) and fails above 1 MB.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const GRENS = 1_000_000;
const map = process.argv[2] ?? 'dist/worker';
let ruw = 0;
let gzip = 0;
for (const naam of readdirSync(map, { recursive: true, encoding: 'utf8' })) {
  const pad = join(map, naam);
  if (!statSync(pad).isFile() || naam.endsWith('.map')) continue;
  const inhoud = readFileSync(pad);
  ruw += inhoud.length;
  gzip += gzipSync(inhoud, { level: 9 }).length;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`Workerbundel: ${kb(ruw)} onverpakt, ${kb(gzip)} gzip (grens ${kb(GRENS)}).`);
if (gzip > GRENS) {
  console.error('De Workerbundel is groter dan 1 MB gzip.');
  process.exitCode = 1;
}
