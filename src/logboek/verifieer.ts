/**
 * @module
 * Verification of the whole logboek, as the FG runs it (`ketenpoort logboek verifieer`,
 * `GET /v1/logboek/verificatie`): every leaf recomputed from the stored entries and the
 * salts of its parts (src/logboek/blad.ts), gap-free leaf and entry numbers, the tree
 * and its root at every checkpoint, every checkpoint signature, the consistency between
 * consecutive checkpoints (with a proof from the stored tree, as witnesses get it), and
 * the witnesses' cosignatures. Works on a live store or offline on an export plus a
 * checkpoint; streams the leaves page by page, holding O(log n) of the tree.
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
import { controleerBlad, controleerEntry, type OpgeslagenBlad } from './verifieer-entry.js';
import { type WissingStand, wissingControle } from './verifieer-wissing.js';

export type {
  Bevinding,
  CheckpointUitslag,
  TeVerifierenCheckpoint,
  Verificatie,
  VerificatieBron,
  VerificatieOpties,
} from './verificatie.js';
export type { OpgeslagenBlad, OpgeslagenEntry } from './verifieer-entry.js';

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
    bladen: regels.aantal,
    regels: regels.regels,
    gewist: regels.gewist,
    checkpoints: uitslagen,
    fouten: fouten.slice(0, MAX_BEVINDINGEN),
  };
}

/**
 * Where the recomputation stands after a part of the leaves: plain data, so a verification in
 * bounded parts (verifieer-deel.ts) can carry it from one request to the next.
 */
export interface HerberekenStand {
  /** The last leaf read. */
  vorige: number;
  vorigeRegel: number;
  aantal: number;
  regels: number;
  /** The recomputed tree's frontier: O(log n) nodes. */
  frontier: StoredNode[];
  boomAfwijking: boolean;
  wissing: WissingStand;
}

/**
 * Streams the leaves: checks each with its entries, rebuilds the tree, compares it with the
 * stored one. From `begin` (the start of the log when absent) up to leaf `tot`; the checks
 * of the log's end run only when it reached the end (`klaar`).
 */
export async function herbereken(
  bron: VerificatieBron,
  opties: VerificatieOpties,
  gevraagd: ReadonlySet<number>,
  begin?: HerberekenStand,
  tot = Number.POSITIVE_INFINITY,
): Promise<Herberekend & { stand: HerberekenStand; klaar: boolean }> {
  const hasher = opties.hasher ?? webHasher;
  const uit: Herberekend = {
    aantal: begin?.aantal ?? 0,
    regels: begin?.regels ?? 0,
    gewist: begin?.wissing.gewist ?? 0,
    roots: new Map(),
    fouten: [],
  };
  const wissing = wissingControle(begin?.wissing);
  const bladFout = (blad: number, wat: string) =>
    uit.fouten.push({ plaats: `blad ${blad}`, blad, volgnummer: null, grootte: null, wat });
  const regelFout = (volgnummer: number, blad: number, wat: string) =>
    uit.fouten.push({ plaats: `regel ${volgnummer}`, blad, volgnummer, grootte: null, wat });
  let frontier: StoredNode[] = begin?.frontier ?? [];
  let vorige = begin?.vorige ?? 0;
  let vorigeRegel = begin?.vorigeRegel ?? 0;
  let boomAfwijking = begin?.boomAfwijking ?? false;
  let klaar = false;
  for (;;) {
    const limiet = Math.min(opties.pagina ?? 1000, tot - vorige);
    if (limiet <= 0) break;
    const pagina = await bron.bladen(vorige + 1, limiet);
    if (pagina.length === 0) {
      klaar = true;
      break;
    }
    const opgeslagen = bron.boom ? await boomBladeren(bron.boom, pagina) : undefined;
    const berekend: StoredNode[] = [];
    for (const b of pagina) {
      if (b.nummer !== vorige + 1) {
        const tot = b.nummer - 1;
        bladFout(
          vorige + 1,
          `ontbreekt${tot > vorige + 1 ? ` (tot en met blad ${tot})` : ''}: na blad ${vorige} volgt blad ${b.nummer}`,
        );
      }
      vorige = b.nummer;
      if (wissing.isGewist(b)) {
        // Erased by the logboek's retention: its leaf hash stands in for its text.
        wissing.gewist(b);
        const hash = opgeslagen?.get(b.nummer - 1) ?? b.leafHash;
        if (!hash) {
          bladFout(
            b.nummer,
            'is gewist en er is geen leaf-hash van (niet in de boom, niet in de export)',
          );
        }
        const groei = appendLeaves(frontier, [hash ?? new Uint8Array(32)], hasher);
        frontier = groei.frontier;
        berekend.push(...groei.nodes.filter((n) => n.level > 0));
        uit.aantal += 1;
        if (gevraagd.has(uit.aantal)) uit.roots.set(uit.aantal, frontierRoot(frontier, hasher));
        continue;
      }
      wissing.bewaard();
      for (const r of b.regels) {
        // The first row after erased leaves continues where the erasure says it stopped.
        if (wissing.sprong(r, vorigeRegel)) vorigeRegel = r.volgnummer - 1;
        wissing.regel(r);
        if (r.volgnummer !== vorigeRegel + 1) {
          const tot = r.volgnummer - 1;
          regelFout(
            vorigeRegel + 1,
            b.nummer,
            `ontbreekt${tot > vorigeRegel + 1 ? ` (tot en met regel ${tot})` : ''}: na regel ${vorigeRegel} volgt regel ${r.volgnummer}`,
          );
        }
        vorigeRegel = r.volgnummer;
        const wat = controleerEntry(r);
        if (wat.length > 0) regelFout(r.volgnummer, b.nummer, wat.join('; '));
        uit.regels += 1;
      }
      const blad = hasher.leaf(encoder.encode(b.inhoud));
      const wat = controleerBlad(b);
      if (b.leafHash && !gelijk(b.leafHash, blad))
        wat.push('de leaf-hash naast het blad past niet bij de inhoud');
      const boomBlad = opgeslagen?.get(b.nummer - 1);
      if (opgeslagen && !boomBlad) wat.push('staat niet in de opgeslagen boom');
      if (boomBlad && !gelijk(boomBlad, blad)) {
        wat.push('de inhoud past niet bij de opgeslagen boom: het blad is na vastleggen gewijzigd');
      }
      if (wat.length > 0) bladFout(b.nummer, wat.join('; '));
      const groei = appendLeaves(frontier, [blad], hasher);
      frontier = groei.frontier;
      berekend.push(...groei.nodes.filter((n) => n.level > 0));
      uit.aantal += 1;
      if (gevraagd.has(uit.aantal)) uit.roots.set(uit.aantal, frontierRoot(frontier, hasher));
    }
    // Interior nodes are compared only while the leaves are sound: otherwise every
    // ancestor of a bad leaf would differ too, and say nothing new.
    if (bron.boom && !boomAfwijking && uit.fouten.length === 0) {
      const afwijking = await eersteAfwijking(bron.boom, berekend);
      if (afwijking) {
        boomAfwijking = true;
        uit.fouten.push({
          plaats: `boomknoop ${afwijking.level}/${afwijking.index}`,
          blad: null,
          volgnummer: null,
          grootte: null,
          wat: `de opgeslagen boom wijkt af van de bladen ${afwijking.index * 2 ** afwijking.level + 1} tot en met ${(afwijking.index + 1) * 2 ** afwijking.level}; bewijzen uit de boom kloppen daar niet`,
        });
      }
    }
  }
  if (!klaar) klaar = (await bron.bladen(vorige + 1, 1)).length === 0;
  const stand = (): HerberekenStand => ({
    vorige,
    vorigeRegel,
    aantal: uit.aantal,
    regels: uit.regels,
    frontier,
    boomAfwijking,
    wissing: wissing.stand(),
  });
  if (!klaar) return { ...uit, stand: stand(), klaar };
  const gewist = wissing.eind();
  uit.gewist = gewist.bladen;
  uit.fouten.push(...gewist.fouten);
  if (bron.boom) {
    const boomGrootte = await bron.boom.grootte();
    if (boomGrootte > vorige) {
      bladFout(
        vorige + 1,
        `ontbreekt: de boom heeft ${boomGrootte} bladen, het logboek eindigt bij blad ${vorige}`,
      );
    }
    // A row whose leaf does not exist is read by no leaf above, but a search would find it.
    const { regels, laatste } = await bron.boom.omvang();
    if (regels !== uit.regels || laatste !== vorigeRegel) {
      uit.fouten.push({
        plaats: 'logboek',
        blad: null,
        volgnummer: null,
        grootte: null,
        wat: `het logboek heeft ${regels} regels (de laatste ${laatste}), de bladen ${uit.regels} (de laatste ${vorigeRegel}): er staan regels buiten de bladen`,
      });
    }
  }
  return { ...uit, stand: stand(), klaar };
}

/** The stored leaves for a page of leaves, by leaf index. */
async function boomBladeren(boom: NonNullable<VerificatieBron['boom']>, pagina: OpgeslagenBlad[]) {
  const van = Math.max(0, pagina[0]!.nummer - 1);
  const tot = Math.max(van, pagina.at(-1)!.nummer - 1);
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
