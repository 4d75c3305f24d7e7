/**
 * @module
 * Turns the validated catalogue files (partners, doelen, grondslagen, uitgesloten) into
 * maps, refusing duplicate ids so a rule can never refer to two things at once.
 */

import type { Doel, Grondslag, Partner, Uitgesloten } from './beleid.js';
import type { BeleidMelding } from './beleid-fout.js';
import type { Model } from './model.js';
import type { GeparsdBestand } from './posities.js';
import { ZONDER_INSTELLING } from './pseudoniemen-controle.js';
import { regio } from './regio.js';
import { regisseurs } from './regisseurs.js';
import type {
  DoelenBestand,
  GrondslagenBestand,
  PartnersBestand,
  UitgeslotenBestand,
} from './schema.js';
import type { LogboekBestand } from './schema-fg.js';
import type { PseudoniemenBestand } from './schema-pseudoniemen.js';
import type { QuotaBestand } from './schema-quota.js';
import type { StapelregelsBestand } from './schema-stapelregels.js';
import type { TermijnenBestand } from './schema-termijnen.js';

/** The validated catalogue files; `uitgesloten` is optional (no exclusions). */
export interface Catalogi {
  partners: { b: GeparsdBestand; w: PartnersBestand };
  doelen: { b: GeparsdBestand; w: DoelenBestand };
  grondslagen: { b: GeparsdBestand; w: GrondslagenBestand };
  uitgesloten?: { b: GeparsdBestand; w: UitgeslotenBestand } | undefined;
  /** logboek.yaml, optional: without it logboek entries are kept without end. */
  logboek?: { b: GeparsdBestand; w: LogboekBestand } | undefined;
  /** quota.yaml, optional: without it nothing bounds a partner's tries (beleid check warns). */
  quota?: { b: GeparsdBestand; w: QuotaBestand } | undefined;
  /** termijnen.yaml, optional: without it no termijn is watched (issue 17). */
  termijnen?: { b: GeparsdBestand; w: TermijnenBestand } | undefined;
  /** stapelregels.yaml, optional: without it nothing stacks (issue 17). */
  stapelregels?: { b: GeparsdBestand; w: StapelregelsBestand } | undefined;
  /** pseudoniemen.yaml, optional: without it version 2 with no pinned key (nothing accepted). */
  pseudoniemen?: { b: GeparsdBestand; w: PseudoniemenBestand } | undefined;
}

/** An empty model holding the catalogues; the regels/ files are added to it afterwards. */
export function modelUitCatalogi(c: Catalogi, fouten: BeleidMelding[]): Model {
  const partners = perId(c.partners.b, 'partners', c.partners.w.partners, fouten, (p) =>
    Object.freeze<Partner>({
      id: p.id,
      naam: p.naam,
      soort: p.soort,
      contact: Object.freeze({ ...p.contact }),
      gemeenten: Object.freeze([...p.gemeenten]) as string[],
    }),
  );
  const doelen = perId(
    c.doelen.b,
    'doelen',
    c.doelen.w.doelen,
    fouten,
    (d): Doel => Object.freeze({ ...d }),
  );
  const grondslagen = perId(
    c.grondslagen.b,
    'grondslagen',
    c.grondslagen.w.grondslagen,
    fouten,
    (g): Grondslag => Object.freeze({ ...g }),
  );
  const rollen = ketenrollen(c.partners, partners, fouten);
  return {
    partners,
    ketenrollen: rollen,
    regisseurs: regisseurs(c, partners, rollen, doelen, fouten),
    regio: regio(c.partners, fouten, grondslagen),
    doelen,
    grondslagen,
    uitgesloten: uitgesloten(c.uitgesloten, fouten),
    pseudoniemen: ZONDER_INSTELLING,
    bewaartermijnen: new Map(),
    ontvangen: new Map(),
    verstrekken: [],
    verboden: [],
    overdragen: [],
    bronPlek: new Map(),
    catalogi: { partners: c.partners.b, doelen: c.doelen.b, grondslagen: c.grondslagen.b },
    logboekBewaartermijn: c.logboek?.w.bewaartermijn,
  };
}

/**
 * The ketenrollen of partners.yaml (issue 16): role -> the partner that fills it, or null while
 * nobody does. A role filled by a partner the file does not list is an error.
 */
function ketenrollen(
  c: Catalogi['partners'],
  partners: ReadonlyMap<string, Partner>,
  fouten: BeleidMelding[],
): Map<string, string | null> {
  const rollen = new Map<string, string | null>();
  for (const [rol, partner] of Object.entries(c.w.ketenrollen ?? {})) {
    if (partner !== null && !partners.has(partner)) {
      fouten.push({
        ...c.b.positie(['ketenrollen', rol]),
        melding: `De ketenrol '${rol}' noemt partner '${partner}', maar die staat niet onder partners in ${c.b.pad}. Noem een partner-id uit de lijst, of laat de rol leeg zolang niemand hem vervult.`,
      });
      continue;
    }
    rollen.set(rol, partner);
  }
  return rollen;
}

function perId<T, I extends { id: string }>(
  b: GeparsdBestand,
  lijst: string,
  items: readonly I[],
  fouten: BeleidMelding[],
  maak: (item: I) => T,
): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) {
      fouten.push({
        ...b.positie([lijst, i, 'id']),
        melding: `Het id '${item.id}' staat twee keer in ${b.pad}; elk id moet uniek zijn.`,
      });
      return;
    }
    map.set(item.id, maak(item));
  });
  return map;
}

function uitgesloten(c: Catalogi['uitgesloten'], fouten: BeleidMelding[]): Uitgesloten[] {
  if (!c) return [];
  const gezien = new Set<string>();
  const lijst: Uitgesloten[] = [];
  c.w.uitgesloten.forEach((u, i) => {
    const sleutel = `${u.versie}:${u.sleutel}:${u.soort}:${u.pseudoniem}`;
    if (gezien.has(sleutel)) {
      fouten.push({
        ...c.b.positie(['uitgesloten', i, 'pseudoniem']),
        melding: 'Dit pseudoniem staat al eerder in de lijst; verwijder de dubbele regel.',
      });
      return;
    }
    gezien.add(sleutel);
    if (u.pseudoniem.length !== (u.versie === 'v1' ? 43 : 86)) {
      fouten.push({
        ...c.b.positie(['uitgesloten', i, 'pseudoniem']),
        melding: `Een pseudoniem ${u.versie} is ${u.versie === 'v1' ? 43 : 86} tekens; dit past niet bij de versie.`,
      });
      return;
    }
    lijst.push(
      Object.freeze({
        soort: u.soort,
        versie: u.versie,
        sleutel: u.sleutel,
        pseudoniem: u.pseudoniem,
        omschrijving: u.omschrijving,
      }),
    );
  });
  return lijst;
}
