/**
 * @module
 * Loads the jurist's policy files: parse, validate against the schema, check every cross
 * reference, then compile. Takes file contents, not paths, so it runs in any runtime.
 */

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Beleid, BestandInfo } from './beleid.js';
import { BeleidFout, type BeleidMelding } from './beleid-fout.js';
import { type BeleidBestand, beleidsbestanden } from './bestanden.js';
import { type Catalogi, modelUitCatalogi } from './catalogus.js';
import { compileer } from './compileer.js';
import { controleerEntrys, type RegelsContext } from './controleer-regels.js';
import { beleidHash } from './hash.js';
import { controleerLogboekTermijn } from './logboek-termijn.js';
import type { Model } from './model.js';
import { type GeparsdBestand, parseerBestand } from './posities.js';
import { leesPseudoniemen } from './pseudoniemen-controle.js';
import { leesQuota } from './quota-controle.js';
import {
  DoelenBestandSchema,
  GrondslagenBestandSchema,
  PartnersBestandSchema,
  type RegelsBestand,
  RegelsBestandSchema,
  UitgeslotenBestandSchema,
} from './schema.js';
import { LogboekBestandSchema } from './schema-fg.js';
import { PseudoniemenBestandSchema } from './schema-pseudoniemen.js';
import { QuotaBestandSchema } from './schema-quota.js';
import { StapelregelsBestandSchema } from './schema-stapelregels.js';
import { TermijnenBestandSchema } from './schema-termijnen.js';
import { leesStapelregels } from './stapelregels-controle.js';
import { leesTermijnen } from './termijnen-controle.js';
import { valideer } from './zod-meldingen.js';

type Catalogus =
  | 'partners'
  | 'doelen'
  | 'grondslagen'
  | 'uitgesloten'
  | 'logboek'
  | 'quota'
  | 'pseudoniemen'
  | 'termijnen'
  | 'stapelregels';
const VERPLICHT: readonly Catalogus[] = ['partners', 'doelen', 'grondslagen'];

/** The checked model of a policy set, or every problem that stops it from loading. */
export interface ModelUitkomst {
  model: Model | undefined;
  fouten: BeleidMelding[];
}

/**
 * Validates and compiles a policy set. Ignores files under tests/ and files that are not YAML.
 * @throws BeleidFout with every problem found, each with file, line and column.
 */
export function laadBeleid(bestanden: readonly BeleidBestand[]): Beleid {
  const { model, fouten } = bouwModel(bestanden);
  if (model === undefined || fouten.length > 0) throw new BeleidFout(fouten);
  return compileerSet(model, bestanden);
}

/** Compiles a checked model of `bestanden`, with the hash and file list of those files. */
export function compileerSet(model: Model, bestanden: readonly BeleidBestand[]): Beleid {
  return compileer(model, beleidHash(bestanden), bestandInfo(bestanden));
}

/** Parses, validates and cross-checks the files; the model is set only when nothing is wrong. */
export function bouwModel(bestanden: readonly BeleidBestand[]): ModelUitkomst {
  const fouten: BeleidMelding[] = [];
  const catalogi: Partial<Catalogi> = {};
  const regels: Array<{ b: GeparsdBestand; r: RegelsBestand }> = [];
  const gelezen = new Map<string, string>();
  for (const { pad, tekst } of beleidsbestanden(bestanden)) {
    const soort = soortVan(pad);
    if (soort === undefined) {
      fouten.push(
        begin(
          pad,
          `Onbekend beleidsbestand. Verwacht: ${VERPLICHT.join('.yaml, ')}.yaml, uitgesloten.yaml, logboek.yaml, quota.yaml, pseudoniemen.yaml, termijnen.yaml, stapelregels.yaml of een bestand in regels/ (scenario's horen in tests/).`,
        ),
      );
      continue;
    }
    const eerder = gelezen.get(soort === 'regels' ? pad : soort);
    if (eerder !== undefined) {
      fouten.push(begin(pad, `Dit bestand bestaat ook als ${eerder}; houd er een over.`));
      continue;
    }
    gelezen.set(soort === 'regels' ? pad : soort, pad);
    const geparsd = parseerBestand(pad, tekst);
    if ('fouten' in geparsd) {
      fouten.push(...geparsd.fouten);
      continue;
    }
    leesBestand(soort, geparsd.bestand, catalogi, regels, fouten);
  }
  for (const c of VERPLICHT) {
    if (!gelezen.has(c))
      fouten.push(begin(`${c}.yaml`, `Het verplichte bestand ${c}.yaml ontbreekt in policies/.`));
  }
  const { partners, doelen, grondslagen } = catalogi;
  // Without valid catalogues every reference would look unknown: report the real cause only.
  if (!partners || !doelen || !grondslagen) return { model: undefined, fouten };
  const ctx: RegelsContext = {
    model: modelUitCatalogi(
      {
        partners,
        doelen,
        grondslagen,
        uitgesloten: catalogi.uitgesloten,
        logboek: catalogi.logboek,
      },
      fouten,
    ),
    fouten,
    regelIds: new Map(),
    bewaarPlek: new Map(),
    ontvangPlek: new Map(),
  };
  for (const { b, r } of regels) controleerEntrys(ctx, b, r);
  controleerLogboekTermijn(ctx.model, catalogi.logboek?.b, fouten);
  if (catalogi.quota) ctx.model.quota = leesQuota(ctx.model, catalogi.quota, fouten);
  if (catalogi.stapelregels) {
    ctx.model.stapelregels = leesStapelregels(ctx.model, catalogi.stapelregels, fouten);
  }
  if (catalogi.termijnen) {
    ctx.model.termijnen = leesTermijnen(ctx.model, catalogi.termijnen, fouten);
  }
  ctx.model.pseudoniemen = leesPseudoniemen(
    catalogi.pseudoniemen,
    ctx.model.uitgesloten,
    catalogi.uitgesloten?.b,
    fouten,
  );
  return { model: fouten.length === 0 ? ctx.model : undefined, fouten };
}

/** Path, SHA-256 and size of each file in the set, for GET /v1/beleid. */
function bestandInfo(bestanden: readonly BeleidBestand[]): BestandInfo[] {
  const utf8 = new TextEncoder();
  return beleidsbestanden(bestanden).map(({ pad, tekst }) => {
    const bytes = utf8.encode(tekst);
    return Object.freeze({ pad, sha256: bytesToHex(sha256(bytes)), grootte: bytes.length });
  });
}

function leesBestand(
  soort: Catalogus | 'regels',
  b: GeparsdBestand,
  catalogi: Partial<Catalogi>,
  regels: Array<{ b: GeparsdBestand; r: RegelsBestand }>,
  fouten: BeleidMelding[],
): void {
  const neem = <T>(v: { waarde: T } | { fouten: BeleidMelding[] }, bewaar: (w: T) => void) => {
    if ('fouten' in v) fouten.push(...v.fouten);
    else bewaar(v.waarde);
  };
  switch (soort) {
    case 'partners':
      neem(valideer(PartnersBestandSchema, b), (w) => {
        catalogi.partners = { b, w };
      });
      break;
    case 'doelen':
      neem(valideer(DoelenBestandSchema, b), (w) => {
        catalogi.doelen = { b, w };
      });
      break;
    case 'grondslagen':
      neem(valideer(GrondslagenBestandSchema, b), (w) => {
        catalogi.grondslagen = { b, w };
      });
      break;
    case 'uitgesloten':
      neem(valideer(UitgeslotenBestandSchema, b), (w) => {
        catalogi.uitgesloten = { b, w };
      });
      break;
    case 'logboek':
      neem(valideer(LogboekBestandSchema, b), (w) => {
        catalogi.logboek = { b, w };
      });
      break;
    case 'quota':
      neem(valideer(QuotaBestandSchema, b), (w) => {
        catalogi.quota = { b, w };
      });
      break;
    case 'stapelregels':
      neem(valideer(StapelregelsBestandSchema, b), (w) => {
        catalogi.stapelregels = { b, w };
      });
      break;
    case 'termijnen':
      neem(valideer(TermijnenBestandSchema, b), (w) => {
        catalogi.termijnen = { b, w };
      });
      break;
    case 'pseudoniemen':
      neem(valideer(PseudoniemenBestandSchema, b), (w) => {
        catalogi.pseudoniemen = { b, w };
      });
      break;
    case 'regels':
      neem(valideer(RegelsBestandSchema, b), (r) => {
        regels.push({ b, r });
      });
      break;
  }
}

/** Which kind of policy file a path is, by its place in policies/. */
function soortVan(pad: string): Catalogus | 'regels' | undefined {
  if (pad.startsWith('regels/')) return 'regels';
  const naam = pad.replace(/\.ya?ml$/i, '');
  return (
    [
      'partners',
      'doelen',
      'grondslagen',
      'uitgesloten',
      'logboek',
      'quota',
      'pseudoniemen',
      'termijnen',
      'stapelregels',
    ] as const
  ).find((c) => c === naam);
}

function begin(bestand: string, melding: string): BeleidMelding {
  return { bestand, regel: 1, kolom: 1, melding };
}
