/**
 * @module
 * Reads one policy file with the `yaml` package and finds the line and column of any
 * value in it, so every error can point at the node a jurist has to change.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { BeleidMelding, Positie } from './beleid-fout.js';
import { eersteYamlFout } from './yaml-fout.js';

/** A parsed policy file: its plain value plus what is needed to locate nodes in it. */
export interface GeparsdBestand {
  pad: string;
  data: unknown;
  /** Position of the value at `pad` (or of its key, when `sleutel`), or of the deepest parent found. */
  positie(pad: readonly PropertyKey[], sleutel?: boolean): Positie;
}

/**
 * Parses `tekst`; returns the file, or its first YAML syntax error at the mistake's position
 * (the parser's follow-on errors left out, see yaml-fout.ts).
 */
export function parseerBestand(
  pad: string,
  tekst: string,
): { bestand: GeparsdBestand } | { fouten: BeleidMelding[] } {
  const lc = new LineCounter();
  const doc = parseDocument(tekst, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const op = (offset: number): Positie => {
    const { line, col } = lc.linePos(offset);
    return { bestand: pad, regel: Math.max(line, 1), kolom: Math.max(col, 1) };
  };
  if (doc.errors.length > 0) return { fouten: [eersteYamlFout(pad, tekst, doc.errors)] };
  let data: unknown;
  try {
    // Aliases are resolved here; a bounded count stops a 'billion laughs' file.
    data = doc.toJS({ maxAliasCount: 50 });
  } catch {
    return {
      fouten: [
        { ...op(0), melding: 'YAML-fout: te veel verwijzingen (*alias); schrijf de waarden uit.' },
      ],
    };
  }
  const positie = (pad: readonly PropertyKey[], sleutel = false): Positie => {
    const gevonden = zoekNode(doc.contents, pad, sleutel);
    return op(gevonden?.range?.[0] ?? 0);
  };
  return { bestand: { pad, data, positie } };
}

/** Walks maps and sequences along `pad`; stops at the deepest node that exists. */
function zoekNode(start: unknown, pad: readonly PropertyKey[], sleutel: boolean): Node | undefined {
  let node = start as Node | null | undefined;
  for (let i = 0; i < pad.length && node; i++) {
    const stap = pad[i];
    if (isMap(node)) {
      const paar = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(stap),
      );
      if (!paar) return node;
      const laatste = i === pad.length - 1;
      const waarde = paar.value as Node | null;
      // An empty value (`titel:`) has no node of its own: point at its key.
      if ((laatste && sleutel) || !waarde) return paar.key as Node;
      node = waarde;
    } else if (isSeq(node) && typeof stap === 'number') {
      const volgende = node.items[stap] as Node | null | undefined;
      if (!volgende) return node;
      node = volgende;
    } else {
      return node;
    }
  }
  return node ?? undefined;
}
