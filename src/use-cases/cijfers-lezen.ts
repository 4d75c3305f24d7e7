/**
 * @module
 * Reading the figures (issue 19): the viewer's tables of one year on the fixed grid,
 * suppressed, after the request is logged as an aggregate disclosure with the grondslagen the
 * policy names for figures. The `statistiek` role (ketenregisseur, meldpunt) sees T1-T5; a
 * partner T1-T4 for itself and the region.
 */
import { type Cijfers, maakCijfers } from '../cijfers/tabellen.js';
import type { Tabel } from '../cijfers/tellingen.js';
import { cijfersEntry } from '../logboek/geplande-entry.js';
import { bladVan } from '../matching/plan.js';
import { STANDAARD_DREMPEL } from '../policy/schema-regio.js';
import { type Aanvraag, entryContext } from './context.js';

const ALLE_TABELLEN: readonly Tabel[] = ['t1', 't2', 't3', 't4', 't5'];
const VAN_PARTNER: readonly Tabel[] = ['t1', 't2', 't3', 't4'];

/** The figures of `jaar` for the caller of `a`, which holds `rollen`. */
export async function leesCijfers(
  a: Aanvraag,
  jaar: number,
  rollen: readonly string[],
): Promise<Cijfers> {
  const { diensten: d, identiteit } = a;
  const beleid = d.beleid;
  const tabellen = rollen.includes('statistiek') ? ALLE_TABELLEN : VAN_PARTNER;
  const nu = d.klok();
  const entry = cijfersEntry(entryContext(a), beleid.regio?.grondslagen ?? [], tabellen);
  await d.store.legVast(nu, bladVan([entry], beleid.partners.keys(), d.willekeurig));
  const tellingen = await d.store.tellingen(tabellen);
  const partners = [...beleid.partners.values()];
  const gemeenten = beleid.regio
    ? [...beleid.regio.gemeenten.keys()]
    : [...new Set(partners.flatMap((p) => p.gemeenten))].sort();
  const soorten = new Set(partners.map((p) => p.soort));
  for (const t of tellingen) if (t.tabel === 't3') soorten.add(t.a);
  return maakCijfers(
    tellingen,
    {
      jaar,
      nu,
      gemeenten,
      partnersoorten: [...soorten].sort(),
      eigen: identiteit.partner,
      tabellen,
    },
    beleid.regio?.drempel ?? STANDAARD_DREMPEL,
  );
}
