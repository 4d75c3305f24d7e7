/**
 * @module
 * The checks of one checkpoint during verification (see verifieer.ts): the log's signature
 * and the form of the note, its root against the recomputed tree, the consistency proof
 * from the previous good checkpoint out of the stored tree, and the witnesses' cosignatures.
 */
import { type Checkpoint, openCheckpoint, verifyCosignature } from './checkpoint.js';
import { webHasher } from './hash.js';
import { verifyConsistency } from './merkle.js';
import { type NodeSource, proofFromNodes } from './merkle-nodes.js';
import { consistencyRanges } from './merkle-ranges.js';
import { type NoteVerifier, splitNote, verifyNote } from './note.js';
import { openMetReeks } from './sleutelreeks.js';
import { getuigeVerifier } from './sleutels.js';
import type {
  Bevinding,
  Herberekend,
  TeVerifierenCheckpoint,
  VerificatieBron,
  VerificatieOpties,
} from './verificatie.js';

/** Checks one checkpoint: signature, form, root, consistency with the previous, cosignatures. */
export async function controleerCheckpoint(
  cp: TeVerifierenCheckpoint,
  vorige: { grootte: number; root: Uint8Array } | undefined,
  regels: Herberekend,
  bron: VerificatieBron,
  opties: VerificatieOpties,
) {
  const fouten: Bevinding[] = [];
  const fout = (wat: string) =>
    fouten.push({
      plaats: `checkpoint ${cp.grootte}`,
      blad: null,
      volgnummer: null,
      grootte: cp.grootte,
      wat,
    });
  let inhoud: Required<Checkpoint> | undefined;
  try {
    inhoud = (
      opties.sleutels
        ? await openMetReeks(cp.note, opties.sleutels)
        : await openCheckpoint(cp.note, opties.log.name, [opties.log])
    ).checkpoint;
  } catch (e) {
    fout(`de handtekening van het logboek of de vorm klopt niet: ${(e as Error).message}`);
  }
  if (inhoud) {
    if (inhoud.size !== cp.grootte) fout(`de ondertekende note noemt grootte ${inhoud.size}`);
    if (cp.root && !gelijk(cp.root, inhoud.root))
      fout('de opgeslagen root wijkt af van de ondertekende');
    const herberekend = regels.roots.get(cp.grootte);
    if (cp.grootte > regels.aantal) {
      fout(
        `het logboek heeft maar ${regels.aantal} bladen: blad ${regels.aantal + 1} tot en met ${cp.grootte} ontbreken`,
      );
    } else if (!gelijk(herberekend, inhoud.root)) {
      const eerste = regels.fouten.find((f) => f.blad !== null && f.blad <= cp.grootte);
      fout(
        `de ondertekende root past niet bij blad 1 tot en met ${cp.grootte}: ${
          eerste
            ? `eerste afwijkende blad is ${eerste.blad}`
            : `een of meer bladen${bron.boom ? ' (en de boom erbij)' : ''} zijn gewijzigd, ergens in blad ${(vorige?.grootte ?? 0) + 1} tot en met ${cp.grootte}`
        }`,
      );
    }
    if (
      vorige &&
      bron.boom &&
      !(await consistent(bron.boom.knopen, vorige, cp.grootte, inhoud.root, opties))
    ) {
      fout(
        `niet consistent met checkpoint ${vorige.grootte}: het bewijs uit de opgeslagen boom klopt niet`,
      );
    }
  }
  const getuigen = inhoud ? await telCosignaturen(cp, opties.getuigen ?? [], fout) : [];
  return {
    fouten,
    root: inhoud?.root,
    uitslag: {
      grootte: cp.grootte,
      geldig: fouten.length === 0,
      cosignaturen: getuigen.length,
      getuigen,
    },
  };
}

async function consistent(
  knopen: NodeSource,
  vorige: { grootte: number; root: Uint8Array },
  grootte: number,
  root: Uint8Array,
  opties: VerificatieOpties,
): Promise<boolean> {
  try {
    const hasher = opties.hasher ?? webHasher;
    const bewijs = await proofFromNodes(consistencyRanges(vorige.grootte, grootte), knopen, hasher);
    return verifyConsistency(vorige.grootte, grootte, vorige.root, root, bewijs, hasher);
  } catch {
    return false;
  }
}

/** The witnesses with a valid cosignature: stored beside the checkpoint, or inside its note. */
async function telCosignaturen(
  cp: TeVerifierenCheckpoint,
  getuigen: readonly NoteVerifier[],
  fout: (wat: string) => void,
): Promise<string[]> {
  const namen = new Set<string>();
  const { body } = splitNote(cp.note);
  for (const c of cp.cosignaturen) {
    // The key comes from the verifier's own trusted list, never from the stored row: whoever
    // can write the database could otherwise add witnesses of their own.
    let v: NoteVerifier | undefined;
    try {
      const opgeslagen = getuigeVerifier(c.vkey);
      v = getuigen.find(
        (g) =>
          g.name === c.getuige &&
          g.keyId === opgeslagen.keyId &&
          gelijk(g.publicKey, opgeslagen.publicKey),
      );
    } catch {
      v = undefined;
    }
    if (!v) continue;
    let tijd: number | null = null;
    try {
      tijd = await verifyCosignature(body, c.regel, v);
    } catch {
      tijd = null;
    }
    if (tijd === null) fout(`de cosignatuur van getuige ${c.getuige} klopt niet`);
    else namen.add(c.getuige);
  }
  for (const g of getuigen) {
    try {
      await verifyNote(cp.note, [g]);
      namen.add(g.name);
    } catch (e) {
      if ((e as { code?: string }).code === 'handtekening-ongeldig') {
        fout(`de cosignatuur van getuige ${g.name} in de note klopt niet`);
      }
    }
  }
  return [...namen].sort();
}

/** Byte equality; false when either is missing. */
export function gelijk(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);
}
