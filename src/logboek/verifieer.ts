/**
 * @module
 * Verification of the whole logboek, as the FG runs it (`ketenpoort logboek verifieer`,
 * `GET /v1/logboek/verificatie`): every leaf recomputed from the stored entries, the tree
 * and its root at every checkpoint, every checkpoint signature, the consistency between
 * consecutive checkpoints (with a proof from the stored tree, as witnesses get it), and
 * the witnesses' cosignatures. Works on a live store or offline on an export plus a
 * checkpoint; streams the entries page by page, holding O(log n) of the tree.
 *
 * @example
 * const uitslag = await verifieerLogboek(bron, { log: logVerifier(ondertekenaar) });
 * if (!uitslag.geldig) console.error(uitslag.fouten[0]);
 */
import { webHasher } from './hash.js';
import { appendLeaves, frontierRoot, type StoredNode } from './merkle-nodes.js';
import type {
  CheckpointUitslag,
  Herberekend,
  Verificatie,
  VerificatieBron,
  VerificatieOpties,
} from './verificatie.js';
import { controleerCheckpoint, gelijk } from './verifieer-checkpoint.js';
import { controleerEntry, type OpgeslagenEntry } from './verifieer-entry.js';

export type {
  Bevinding,
  CheckpointUitslag,
  TeVerifierenCheckpoint,
  Verificatie,
  VerificatieBron,
  VerificatieOpties,
} from './verificatie.js';
export type { OpgeslagenEntry } from './verifieer-entry.js';

const MAX_BEVINDINGEN = 100;
const encoder = new TextEncoder();

/** Verifies the logboek from `bron`; never throws on bad data, reports it instead. */
export async function verifieerLogboek(
  bron: VerificatieBron,
  opties: VerificatieOpties,
): Promise<Verificatie> {
  const checkpoints = [...(await bron.checkpoints())].sort((a, b) => a.grootte - b.grootte);
  const regels = await herbereken(bron, opties, new Set(checkpoints.map((c) => c.grootte)));
  const fouten = [...regels.fouten];
  const uitslagen: CheckpointUitslag[] = [];
  let vorige: { grootte: number; root: Uint8Array } | undefined;
  for (const cp of checkpoints) {
    const r = await controleerCheckpoint(cp, vorige, regels, bron, opties);
    fouten.push(...r.fouten);
    uitslagen.push(r.uitslag);
    if (r.root && r.fouten.length === 0) vorige = { grootte: cp.grootte, root: r.root };
  }
  return {
    geldig: fouten.length === 0,
    regels: regels.aantal,
    checkpoints: uitslagen,
    fouten: fouten.slice(0, MAX_BEVINDINGEN),
  };
}

/** Streams the entries: checks each row, rebuilds the tree, compares it with the stored one. */
async function herbereken(
  bron: VerificatieBron,
  opties: VerificatieOpties,
  gevraagd: ReadonlySet<number>,
): Promise<Herberekend> {
  const hasher = opties.hasher ?? webHasher;
  const uit: Herberekend = { aantal: 0, roots: new Map(), fouten: [] };
  const regelFout = (volgnummer: number, wat: string) =>
    uit.fouten.push({ plaats: `regel ${volgnummer}`, volgnummer, grootte: null, wat });
  let frontier: StoredNode[] = [];
  let vorige = 0;
  let boomAfwijking = false;
  for (;;) {
    const rijen = await bron.rijen(vorige + 1, opties.pagina ?? 1000);
    if (rijen.length === 0) break;
    const opgeslagen = bron.boom ? await bladeren(bron.boom, rijen) : undefined;
    const berekend: StoredNode[] = [];
    for (const rij of rijen) {
      if (rij.volgnummer !== vorige + 1) {
        const tot = rij.volgnummer - 1;
        regelFout(
          vorige + 1,
          `ontbreekt${tot > vorige + 1 ? ` (tot en met regel ${tot})` : ''}: na regel ${vorige} volgt regel ${rij.volgnummer}`,
        );
      }
      vorige = rij.volgnummer;
      const blad = hasher.leaf(encoder.encode(rij.inhoud));
      const wat = controleerEntry(rij);
      const boomBlad = opgeslagen?.get(rij.volgnummer - 1);
      if (opgeslagen && !boomBlad) wat.push('staat niet in de opgeslagen boom');
      if (boomBlad && !gelijk(boomBlad, blad)) {
        wat.push('de inhoud past niet bij de opgeslagen boom: de regel is na vastleggen gewijzigd');
      }
      if (wat.length > 0) regelFout(rij.volgnummer, wat.join('; '));
      const groei = appendLeaves(frontier, [blad], hasher);
      frontier = groei.frontier;
      berekend.push(...groei.nodes.filter((n) => n.level > 0));
      uit.aantal += 1;
      if (gevraagd.has(uit.aantal)) uit.roots.set(uit.aantal, frontierRoot(frontier, hasher));
    }
    // Interior nodes are compared only while the entries are sound: otherwise every
    // ancestor of a bad entry would differ too, and say nothing new.
    if (bron.boom && !boomAfwijking && uit.fouten.length === 0) {
      const afwijking = await eersteAfwijking(bron.boom, berekend);
      if (afwijking) {
        boomAfwijking = true;
        uit.fouten.push({
          plaats: `boomknoop ${afwijking.level}/${afwijking.index}`,
          volgnummer: null,
          grootte: null,
          wat: `de opgeslagen boom wijkt af van de regels ${afwijking.index * 2 ** afwijking.level + 1} tot en met ${(afwijking.index + 1) * 2 ** afwijking.level}; bewijzen uit de boom kloppen daar niet`,
        });
      }
    }
  }
  if (bron.boom) {
    const boomGrootte = await bron.boom.grootte();
    if (boomGrootte > vorige) {
      regelFout(
        vorige + 1,
        `ontbreekt: de boom heeft ${boomGrootte} bladeren, het logboek eindigt bij regel ${vorige}`,
      );
    }
  }
  return uit;
}

/** The stored leaves for a page of rows, by leaf index. */
async function bladeren(boom: NonNullable<VerificatieBron['boom']>, rijen: OpgeslagenEntry[]) {
  const van = Math.max(0, rijen[0]!.volgnummer - 1);
  const tot = Math.max(van, rijen.at(-1)!.volgnummer - 1);
  const knopen = await boom.knopenReeks(0, van, tot);
  return new Map(knopen.map((k) => [k.index, k.hash]));
}

/** The first recomputed interior node whose stored counterpart differs or is missing. */
async function eersteAfwijking(boom: NonNullable<VerificatieBron['boom']>, nodes: StoredNode[]) {
  const perNiveau = new Map<number, StoredNode[]>();
  for (const n of nodes) perNiveau.set(n.level, [...(perNiveau.get(n.level) ?? []), n]);
  for (const [niveau, lijst] of perNiveau) {
    const opgeslagen = await boom.knopenReeks(niveau, lijst[0]!.index, lijst.at(-1)!.index);
    const per = new Map(opgeslagen.map((k) => [k.index, k.hash]));
    const mis = lijst.find((n) => !gelijk(per.get(n.index), n.hash));
    if (mis) return mis;
  }
  return undefined;
}
