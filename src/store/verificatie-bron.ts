/**
 * @module
 * The live store as the source for verifying the logboek: leaves with their rows as stored,
 * every checkpoint with its cosignatures, and the stored tree.
 */
import type { VerificatieBron } from '../logboek/verifieer.js';
import type { LogboekBoom } from './boom.js';

const PAGINA = 500;

/** Reads everything `verifieerLogboek` needs from `store.boom`. */
export function verificatieBron(boom: LogboekBoom): VerificatieBron {
  return {
    bladen: (vanaf, limiet) => boom.bladen(vanaf, limiet),
    checkpoints: async () => {
      const uit = [];
      for (let vanaf = 0; ; ) {
        const pagina = await boom.checkpoints(vanaf, PAGINA);
        if (pagina.length === 0) break;
        const cosignaturen = await boom.cosignaturen(pagina.map((c) => c.grootte));
        for (const c of pagina) {
          uit.push({ ...c, cosignaturen: cosignaturen.filter((s) => s.grootte === c.grootte) });
        }
        vanaf = pagina.at(-1)!.grootte + 1;
      }
      return uit;
    },
    boom,
  };
}
