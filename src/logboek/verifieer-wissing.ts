/**
 * @module
 * Verifying the logboek's own retention. An erased leaf has no text and no entries; it keeps
 * its number, time and leaf hash (from the stored tree, or from an export), so the tree, every
 * checkpoint and every proof still verify. Erasing is allowed only as a prefix, only as far
 * as the last `logboek-gewist` entry says (`totEnMetBlad`, `totEnMetRegel`), and only for
 * leaves older than its `grens`, which must lie at least its `maanden` before the erasure.
 * Anything else is reported: a leaf emptied by hand is not retention.
 */
import type { Entry, Wissing } from './entry.js';
import type { Bevinding } from './verificatie.js';
import type { OpgeslagenBlad, OpgeslagenEntry } from './verifieer-entry.js';

/** The text an erased leaf keeps. */
export const GEWIST_BLAD = '';

/** What the retention checks found: how far leaves were erased, and what is wrong. */
export interface WissingUitslag {
  /** Erased leaves (all at the start of the log). */
  bladen: number;
  /** The last erased leaf; 0 when none. */
  totEnMetBlad: number;
  fouten: Bevinding[];
}

/** Follows the leaves in order; `eind` gives the verdict on the erasures seen. */
/**
 * What the check has seen so far, as plain data: a verification in parts (verifieer-deel.ts)
 * carries it from one part to the next.
 */
export interface WissingStand {
  gewist: number;
  laatsteGewist: number;
  nietGewistGezien: boolean;
  jongste?: { nummer: number; tijdstip: number } | undefined;
  eersteRegelNa?: number | undefined;
  laatste?: (Wissing & { tijdstip: string; volgnummer: number }) | undefined;
}

export function wissingControle(
  stand: WissingStand = { gewist: 0, laatsteGewist: 0, nietGewistGezien: false },
) {
  let { gewist, laatsteGewist, nietGewistGezien, jongste, eersteRegelNa, laatste } = stand;
  const fouten: Bevinding[] = [];
  const bladFout = (blad: number, wat: string) =>
    fouten.push({ plaats: `blad ${blad}`, blad, volgnummer: null, grootte: null, wat });
  return {
    /** The state to carry to the next part of a verification. */
    stand(): WissingStand {
      return { gewist, laatsteGewist, nietGewistGezien, jongste, eersteRegelNa, laatste };
    },
    /** True when `b` is erased (then its rows and text are not checked as a leaf's). */
    isGewist(b: OpgeslagenBlad): boolean {
      return b.inhoud === GEWIST_BLAD;
    },
    /** Checks an erased leaf on its own and in order. */
    gewist(b: OpgeslagenBlad): void {
      gewist += 1;
      laatsteGewist = b.nummer;
      if (b.regels.length > 0) {
        bladFout(b.nummer, `is gewist maar heeft nog ${b.regels.length} logboekregel(s)`);
      }
      if (nietGewistGezien) {
        bladFout(
          b.nummer,
          'is gewist na een blad dat niet gewist is: wissen gaat alleen van voren af',
        );
      }
      if (b.tijdstip !== undefined && (jongste === undefined || b.tijdstip >= jongste.tijdstip)) {
        jongste = { nummer: b.nummer, tijdstip: b.tijdstip };
      }
    },
    /** Notes a leaf that keeps its content. */
    bewaard(): void {
      nietGewistGezien = true;
    },
    /** Notes a row of a kept leaf: the first after the erased ones, and every erasure entry. */
    regel(r: OpgeslagenEntry): void {
      if (gewist > 0 && eersteRegelNa === undefined) eersteRegelNa = r.volgnummer;
      if (r.actie !== undefined && r.actie !== 'logboek-gewist') return;
      let e: Entry;
      try {
        e = JSON.parse(r.inhoud) as Entry;
      } catch {
        return; // reported as a bad row elsewhere
      }
      if (e.actie === 'logboek-gewist' && e.wissing) {
        laatste = { ...e.wissing, tijdstip: e.tijdstip, volgnummer: e.volgnummer };
      }
    },
    /**
     * The first volgnummer a kept leaf may have after erased ones, when known here; the
     * caller accepts that jump in the numbering, and `eind` checks it against the entry.
     */
    sprong(r: OpgeslagenEntry, vorige: number): boolean {
      return gewist > 0 && eersteRegelNa === undefined && vorige === 0 && r.volgnummer > 1;
    },
    eind(): WissingUitslag {
      if (gewist === 0) return { bladen: 0, totEnMetBlad: 0, fouten };
      if (!laatste) {
        bladFout(
          1,
          `is gewist (tot en met blad ${laatsteGewist}), maar geen logboekregel 'logboek-gewist' noemt dat`,
        );
        return { bladen: gewist, totEnMetBlad: laatsteGewist, fouten };
      }
      if (laatsteGewist > laatste.totEnMetBlad) {
        bladFout(
          laatste.totEnMetBlad + 1,
          `is gewist, maar het laatst vastgelegde wissen (regel ${laatste.volgnummer}) ging tot en met blad ${laatste.totEnMetBlad}`,
        );
      }
      const grens = Date.parse(laatste.grens);
      if (jongste && !(jongste.tijdstip < grens)) {
        bladFout(
          jongste.nummer,
          `is gewist maar is jonger dan de bewaartermijn: vastgelegd ${new Date(jongste.tijdstip).toISOString()}, grens ${laatste.grens}`,
        );
      }
      const uiterst = new Date(laatste.tijdstip);
      uiterst.setUTCMonth(uiterst.getUTCMonth() - laatste.maanden);
      if (!(grens <= uiterst.getTime())) {
        fouten.push({
          plaats: `regel ${laatste.volgnummer}`,
          blad: null,
          volgnummer: laatste.volgnummer,
          grootte: null,
          wat: `het wissen noemt grens ${laatste.grens}, maar ${laatste.maanden} maanden vóór het wissen is ${uiterst.toISOString()}`,
        });
      }
      const verwacht = laatste.totEnMetRegel + 1;
      if (eersteRegelNa !== undefined && eersteRegelNa !== verwacht) {
        fouten.push({
          plaats: `regel ${Math.min(eersteRegelNa, verwacht)}`,
          blad: null,
          volgnummer: Math.min(eersteRegelNa, verwacht),
          grootte: null,
          wat: `na de gewiste bladen volgt regel ${eersteRegelNa}, het wissen ging tot en met regel ${laatste.totEnMetRegel}`,
        });
      }
      return { bladen: gewist, totEnMetBlad: laatsteGewist, fouten };
    },
  };
}
