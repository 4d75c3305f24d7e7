/**
 * @module
 * The `ketenpoort` command (Node entry): runs the command named by the arguments.
 */
import { ketenpoort } from './ketenpoort.js';
import { draaiOpdracht } from './opdracht.js';

try {
  process.exitCode = await draaiOpdracht(ketenpoort, process.argv.slice(2));
} catch (fout) {
  console.error(fout instanceof Error ? fout.message : String(fout));
  process.exitCode = 1;
}
