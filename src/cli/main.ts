/**
 * @module
 * The `ketenpoort` command (Node entry): runs the command named by the arguments.
 */
import { foutmelding } from '../node/bestandsfout.js';
import { ketenpoort } from './ketenpoort.js';
import { draaiOpdracht } from './opdracht.js';

try {
  process.exitCode = await draaiOpdracht(ketenpoort, process.argv.slice(2));
} catch (fout) {
  console.error(foutmelding(fout));
  process.exitCode = 1;
}
