/**
 * @module
 * Verification of the logboek in bounded parts (issue 13 item 4): a Worker has a CPU limit per
 * request, so `GET /v1/logboek/verificatie` on a Worker reads at most a fixed number of leaves
 * per request and hands back where it stopped. Each part checks its leaves exactly as
 * {@link verifieerLogboek} does, carrying the recomputed tree's frontier (O(log n) nodes), the
 * numbering and the retention check to the next part, and checks the checkpoints whose size
 * falls in its range when it reaches them; the last part runs the checks of the log's end.
 * Together the parts find what one whole run finds.
 *
 * @example
 * let deel = await verifieerDeel(bron, opties, undefined, 5000);
 * while (deel.vervolg) deel = await verifieerDeel(bron, opties, deel.vervolg, 5000);
 */
import type { Verificatie, VerificatieBron, VerificatieOpties } from './verificatie.js';
import { type HerberekenStand, herbereken } from './verifieer.js';
import { controleerCheckpoint } from './verifieer-checkpoint.js';

/** Where a verification in parts stands: plain data, carried by the caller between parts. */
export interface Voortgang {
  herberekend: HerberekenStand;
  /** The last sound checkpoint, for the consistency of the next. */
  vorigeCheckpoint?: { grootte: number; root: Uint8Array } | undefined;
  /** False once an earlier part found something wrong. */
  geldig: boolean;
}

/** A source that can also read the checkpoints of a range of sizes (else all are read and filtered). */
export type DeelBron = VerificatieBron & {
  checkpointsTussen?(van: number, tot: number): ReturnType<VerificatieBron['checkpoints']>;
};

/**
 * Verifies the next at most `maxBladen` leaves after `vanaf` (the start when undefined).
 * `uitslag` holds this part's findings and checkpoints and the counts so far; `geldig` is
 * false when this or an earlier part found something. `vervolg` is null after the last part.
 */
export async function verifieerDeel(
  bron: DeelBron,
  opties: VerificatieOpties,
  vanaf: Voortgang | undefined,
  maxBladen: number,
): Promise<{ uitslag: Verificatie; vervolg: Voortgang | null }> {
  const begin = vanaf?.herberekend.vorige ?? 0;
  const tot = begin + Math.max(1, Math.trunc(maxBladen));
  const tussen = async (van: number, totEnMet: number) =>
    bron.checkpointsTussen
      ? bron.checkpointsTussen(van, totEnMet)
      : (await bron.checkpoints()).filter((c) => c.grootte >= van && c.grootte <= totEnMet);
  // The checkpoints this part can reach; read before the leaves, to know which roots to keep.
  const binnen = await tussen(begin + 1, tot);
  const regels = await herbereken(
    bron,
    opties,
    new Set(binnen.map((c) => c.grootte)),
    vanaf?.herberekend,
    tot,
  );
  const eind = regels.stand.vorige;
  const fouten = [...regels.fouten];
  const uitslagen: Verificatie['checkpoints'] = [];
  let vorige = vanaf?.vorigeCheckpoint;
  // The last part also checks checkpoints beyond the last leaf (they name leaves that are missing).
  const voorbij = regels.klaar ? await tussen(tot + 1, Number.MAX_SAFE_INTEGER) : [];
  const bereikt = [...binnen, ...voorbij]
    .filter((c) => regels.klaar || c.grootte <= eind)
    .sort((a, b) => a.grootte - b.grootte);
  for (const cp of bereikt) {
    const r = await controleerCheckpoint(cp, vorige, regels, bron, opties);
    fouten.push(...r.fouten);
    uitslagen.push(r.uitslag);
    if (r.root && r.fouten.length === 0) vorige = { grootte: cp.grootte, root: r.root };
  }
  const geldig = (vanaf?.geldig ?? true) && fouten.length === 0;
  return {
    uitslag: {
      geldig,
      bladen: regels.aantal,
      regels: regels.regels,
      gewist: regels.gewist,
      checkpoints: uitslagen,
      fouten: fouten.slice(0, 100),
    },
    vervolg: regels.klaar ? null : { herberekend: regels.stand, vorigeCheckpoint: vorige, geldig },
  };
}
