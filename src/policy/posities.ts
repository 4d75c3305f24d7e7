/**
 * @module
 * Reads one policy file with the `yaml` package and finds the line and column of any
 * value in it, so every error can point at the node a jurist has to change.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { BeleidMelding, Positie } from './beleid-fout.js';

/** A parsed policy file: its plain value plus what is needed to locate nodes in it. */
export interface GeparsdBestand {
  pad: string;
  data: unknown;
  /** Position of the value at `pad` (or of its key, when `sleutel`), or of the deepest parent found. */
  positie(pad: readonly PropertyKey[], sleutel?: boolean): Positie;
}

/** Dutch explanations of the YAML parser's error codes. */
const YAML_MELDINGEN: Record<string, string> = {
  BAD_INDENT:
    'Verkeerde inspringing: zet sleutels van dezelfde map precies onder elkaar en gebruik spaties.',
  TAB_AS_INDENT: 'Inspringen met een tab kan niet in YAML: gebruik spaties.',
  DUPLICATE_KEY: 'Deze sleutel staat twee keer in dezelfde map: verwijder of hernoem er een.',
  MISSING_CHAR:
    'Hier ontbreekt een teken, bijvoorbeeld een sluitend aanhalingsteken, haakje of een dubbele punt.',
  BLOCK_AS_IMPLICIT_KEY:
    'Een sleutel moet op één tekstregel staan en eindigen met een dubbele punt.',
  MULTILINE_IMPLICIT_KEY:
    'Een sleutel moet op één tekstregel staan; staat er een dubbele punt of streepje te veel of te weinig?',
  UNEXPECTED_TOKEN:
    'Onverwacht teken: controleer dubbele punten, streepjes, inspringing en aanhalingstekens.',
  BAD_SCALAR_START:
    "Een waarde mag niet zo beginnen: zet de waarde tussen aanhalingstekens ('...').",
  BLOCK_IN_FLOW:
    'Binnen [ ] of { } mag geen ingesprongen blok staan: schrijf de lijst op losse regels.',
  MULTIPLE_DOCS: "Een beleidsbestand bevat een document: verwijder de extra '---'.",
  BAD_DQ_ESCAPE:
    'Ongeldige escape tussen dubbele aanhalingstekens: gebruik enkele aanhalingstekens.',
};

/** Parses `tekst`; returns the file, or the YAML syntax errors with their positions. */
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
  if (doc.errors.length > 0) {
    return {
      fouten: doc.errors.map((e) => ({
        ...op(e.pos[0]),
        melding: `YAML-fout: ${YAML_MELDINGEN[e.code] ?? `het bestand is geen geldige YAML (${e.code}); controleer inspringing, dubbele punten en aanhalingstekens.`}`,
      })),
    };
  }
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
