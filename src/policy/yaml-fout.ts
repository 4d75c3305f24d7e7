/**
 * @module
 * One YAML syntax error per file, at the line of the mistake, in Dutch with the fix. The
 * `yaml` parser reports one mistake as many errors (a tab or a wrong indent gives a dozen
 * follow-on errors), some at a blank line before it or at the end of the file. We take its
 * own positions, move them to the first character the error is about, take the earliest as
 * the cause and drop the rest: fixing the first mistake is what the jurist has to do next.
 */
import { type CST, LineCounter, Parser, type YAMLError } from 'yaml';
import type { BeleidMelding } from './beleid-fout.js';

/** Dutch explanations of the YAML parser's error codes. */
const YAML_MELDINGEN: Record<string, string> = {
  BAD_INDENT:
    'Verkeerde inspringing: zet sleutels van dezelfde map precies onder elkaar en gebruik spaties.',
  TAB_AS_INDENT:
    'Inspringen met een tab kan niet in YAML: vervang de tab aan het begin van deze tekstregel door spaties.',
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

interface Oorzaak {
  offset: number;
  melding: string;
}

/** The first cause among the parser's `errors` of `tekst`, as one message at its position. */
export function eersteYamlFout(
  pad: string,
  tekst: string,
  errors: readonly YAMLError[],
): BeleidMelding {
  const lc = new LineCounter();
  const open = nietAfgesloten(tekst, lc);
  const oorzaken = errors.map((e): Oorzaak => {
    if (open.aanhalingsteken && e.code === 'MISSING_CHAR' && /quote/i.test(e.message))
      return open.aanhalingsteken;
    // An open quote swallows the closing bracket too: the quote is the cause.
    const haakje = open.aanhalingsteken ?? open.haakje;
    if (haakje && /end with a [\]}]|flow (sequence|mapping|collection)/i.test(e.message))
      return haakje;
    return uitleg(tekst, e, teken(tekst, e.pos[0]));
  });
  const eerste = oorzaken.reduce((a, b) => (b.offset < a.offset ? b : a));
  const { line, col } = lc.linePos(eerste.offset);
  return {
    bestand: pad,
    regel: Math.max(line, 1),
    kolom: Math.max(col, 1),
    melding: `YAML-fout: ${eerste.melding}`,
  };
}

/** The Dutch cause of one parser error at `offset` (already moved to a character). */
function uitleg(tekst: string, e: YAMLError, offset: number): Oorzaak {
  const regel = tekstregel(tekst, offset);
  const kolom = offset - regel.begin + 1;
  const inspringing = /^ */.exec(regel.tekst)?.[0].length ?? 0;
  const streepje = tekst[offset] === '-' && kolom === inspringing + 1;
  if (streepje && (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'BAD_INDENT')) {
    const vorige = vorigLijstitem(tekst, regel.begin);
    if (vorige !== undefined && vorige !== kolom)
      return {
        offset,
        melding: `Verkeerde inspringing: dit lijstitem begint in kolom ${kolom}, het item erboven in kolom ${vorige}. Zet de streepjes van één lijst precies onder elkaar, met spaties.`,
      };
  }
  const zonderStreepje = e.code === 'MISSING_CHAR' && /without - indicator/.test(e.message);
  if (zonderStreepje || (e.code === 'BAD_INDENT' && kolom === inspringing + 1)) {
    const boven = vorigeSleutelkolom(tekst, regel.begin);
    if (boven !== kolom) return inspringfout(offset, kolom, boven);
  }
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    // `id: x` followed by a line indented one space too deep reads as one key over two lines.
    const eigen = vorigeSleutelkolom(tekst, regel.begin + regel.tekst.length + 1);
    const volgende = tekst.indexOf('\n', offset) + 1;
    const r = volgende > 0 ? tekstregel(tekst, volgende) : undefined;
    const k = r ? (/^ */.exec(r.tekst)?.[0].length ?? 0) + 1 : 0;
    if (r && eigen !== undefined && k > eigen && /^\s*[\w-]+:/.test(r.tekst))
      return inspringfout(r.begin + k - 1, k, eigen);
  }
  const bekend = YAML_MELDINGEN[e.code];
  return {
    offset,
    melding:
      bekend ??
      `het bestand is geen geldige YAML (${e.code}); controleer inspringing, dubbele punten en aanhalingstekens.`,
  };
}

function inspringfout(offset: number, kolom: number, boven: number | undefined): Oorzaak {
  const erboven = boven === undefined ? '' : `, de tekstregel erboven in kolom ${boven}`;
  return {
    offset,
    melding: `Verkeerde inspringing: deze tekstregel begint in kolom ${kolom}${erboven}. Zet sleutels van dezelfde map precies onder elkaar, met spaties.`,
  };
}

/**
 * A quoted value or a [ ] / { } list that is never closed: the parser reports it at the end
 * of the file or at the next line, but its own syntax tree knows where the value starts,
 * which is where the jurist must look.
 */
function nietAfgesloten(
  tekst: string,
  lc: LineCounter,
): { aanhalingsteken?: Oorzaak; haakje?: Oorzaak } {
  const uit: { aanhalingsteken?: Oorzaak; haakje?: Oorzaak } = {};
  const bezoek = (x: unknown): void => {
    if (typeof x !== 'object' || x === null) return;
    if (Array.isArray(x)) {
      for (const y of x) bezoek(y);
      return;
    }
    const t = x as CST.Token;
    if (t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar') {
      const q = t.source[0] ?? "'";
      if (!uit.aanhalingsteken && (t.source.length < 2 || !t.source.trimEnd().endsWith(q)))
        uit.aanhalingsteken = {
          offset: t.offset,
          melding: `Hier begint een waarde tussen aanhalingstekens (${q}) die niet wordt afgesloten. Zet een ${q} aan het eind van de waarde, op dezelfde tekstregel.`,
        };
      return;
    }
    if (t.type === 'flow-collection' && !uit.haakje) {
      const dicht = t.end.some((e) => e.type === 'flow-seq-end' || e.type === 'flow-map-end');
      const haak = t.start.source === '{' ? '}' : ']';
      if (!dicht)
        uit.haakje = {
          offset: t.offset,
          melding: `Hier begint een ${haak === ']' ? 'lijst' : 'map'} tussen ${t.start.source} ${haak} die niet wordt afgesloten. Zet een ${haak} aan het eind, op dezelfde tekstregel.`,
        };
    }
    for (const v of Object.values(x)) bezoek(v);
  };
  for (const token of new Parser(lc.addNewLine).parse(tekst)) bezoek(token);
  return uit;
}

/** `offset` moved past spaces and line ends to the character the error is about. */
function teken(tekst: string, offset: number): number {
  let i = Math.min(offset, tekst.length);
  while (i < tekst.length && /[ \r\n]/.test(tekst[i] ?? '')) i++;
  return i < tekst.length ? i : Math.min(offset, Math.max(tekst.length - 1, 0));
}

function tekstregel(tekst: string, offset: number): { begin: number; tekst: string } {
  const begin = tekst.lastIndexOf('\n', offset - 1) + 1;
  const eind = tekst.indexOf('\n', offset);
  return { begin, tekst: tekst.slice(begin, eind === -1 ? undefined : eind) };
}

/** The non-blank, non-comment lines above the line starting at `begin`, nearest first. */
function* regelsErboven(tekst: string, begin: number): Generator<string> {
  const boven = tekst.slice(0, Math.max(begin - 1, 0)).split('\n');
  for (let i = boven.length - 1; i >= 0; i--) {
    const r = boven[i] ?? '';
    if (r.trim() !== '' && !r.trimStart().startsWith('#')) yield r;
  }
}

/** The column of the dash of the nearest list item above. */
function vorigLijstitem(tekst: string, begin: number): number | undefined {
  for (const r of regelsErboven(tekst, begin)) {
    const m = /^( *)- /.exec(r);
    if (m) return (m[1]?.length ?? 0) + 1;
  }
  return undefined;
}

/** The column where the content of the nearest line above starts (after a list dash). */
function vorigeSleutelkolom(tekst: string, begin: number): number | undefined {
  for (const r of regelsErboven(tekst, begin)) {
    const m = /^( *)(- +)?/.exec(r);
    return (m?.[1]?.length ?? 0) + (m?.[2]?.length ?? 0) + 1;
  }
  return undefined;
}
