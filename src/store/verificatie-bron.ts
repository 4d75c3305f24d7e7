/**
 * @module
 * The live store as the source for verifying the logboek: leaves with their rows as stored,
 * every checkpoint with its cosignatures, and the stored tree.
 */
import type { DeelBron } from '../logboek/verifieer-deel.js';
import type { LogboekBoom } from './boom.js';

const PAGINA = 500;

/** Reads everything `verifieerLogboek` and `verifieerDeel` need from `store.boom`. */
export function verificatieBron(boom: LogboekBoom): DeelBron {
  const tussen = async (van: number, tot: number) => {
    const uit = [];
    for (let vanaf = van; vanaf <= tot; ) {
      const pagina = (await boom.checkpoints(vanaf, PAGINA)).filter((c) => c.grootte <= tot);
      if (pagina.length === 0) break;
      const cosignaturen = await boom.cosignaturen(pagina.map((c) => c.grootte));
      for (const c of pagina) {
        uit.push({ ...c, cosignaturen: cosignaturen.filter((s) => s.grootte === c.grootte) });
      }
      vanaf = pagina.at(-1)!.grootte + 1;
    }
    return uit;
  };
  return {
    bladen: (vanaf, limiet) => boom.bladen(vanaf, limiet),
    checkpoints: () => tussen(0, Number.MAX_SAFE_INTEGER),
    checkpointsTussen: tussen,
    boom,
  };
}
