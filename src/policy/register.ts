/**
 * @module
 * The verwerkingsregister (AVG art. 30 lid 1) of the processing the gateway does for each
 * partner, generated from the same policy files and the same decision function that run, so
 * the register cannot disagree with what the gateway does. Per partner: registering signals,
 * and per doel the disclosures of its signals to other partners.
 */

import type { Beleid, Doel, Grondslag, Partner } from './beleid.js';
import { ROLLEN, type Rol, VELDEN, type Veld } from './categorieen.js';
import type { MatrixRegel } from './matrix.js';
import { overdrachtMatrix, terugkoppelingMatrix } from './matrix-na-overlap.js';
import { tellenMee } from './matrix-regie.js';
import { OVERDRACHT_GEGEVENS, type OverdrachtGegeven } from './overdracht-woorden.js';
import { signaalklassen } from './signaalruimte.js';
import { STATUSSEN, type Status } from './terugkoppeling-woorden.js';

/** One processing activity in the sense of AVG art. 30 lid 1. */
export interface Verwerking {
  /** Issue 16 adds handing signals over and the terugkoppeling of statuses. */
  soort: 'registratie' | 'verstrekking' | 'overdracht' | 'terugkoppeling' | 'stapel';
  /** The controller (verwerkingsverantwoordelijke): the partner whose signals these are. */
  verantwoordelijke: Partner;
  /** For a verstrekking: the recipient's doel; for a registratie: every doel it registers for. */
  doelen: Doel[];
  grondslagen: Grondslag[];
  /** Roles of the entity of a signal: the categories of betrokkenen (art. 30 lid 1 onder c). */
  betrokkenen: Rol[];
  /** For a verstrekking, what the recipients learn; for a registratie, empty (see SOORTEN_IN_SIGNAAL). */
  gegevens: Veld[];
  /** Recipient partner ids (art. 30 lid 1 onder d); empty for a registratie. */
  ontvangers: string[];
  /** For an overdracht: what the recipient sees besides who hands over and its contact. */
  overdrachtGegevens?: OverdrachtGegeven[];
  /** For a terugkoppeling: the statuses some recipient sees, and whether one sees the owner. */
  statussen?: Status[];
  genoemd?: boolean;
  /** For a stapel (issue 17): the stapelregels its signals count for. */
  stapelregels?: string[];
  /** Months, per sterkte, and of the logboek entries (art. 30 lid 1 onder f). */
  bewaartermijn: {
    zacht: number | undefined;
    hard: number | undefined;
    logboek: number | undefined;
  };
}

/** The register: per partner its registration and one verstrekking per doel it discloses for. */
export function verwerkingsregister(beleid: Beleid, matrix: readonly MatrixRegel[]): Verwerking[] {
  const klassen = signaalklassen();
  const rollenVan = (ks: readonly number[][]) => {
    const rollen = new Set(ks.flat().map((k) => klassen[k]?.signaal.rol));
    return ROLLEN.filter((r) => rollen.has(r));
  };
  const overdrachten = overdrachtMatrix(beleid);
  const terugkoppeling = terugkoppelingMatrix(beleid, matrix);
  const uit: Verwerking[] = [];
  for (const partner of beleid.partners.values()) {
    const bewaartermijn = {
      zacht: beleid.bewaartermijnMaanden(partner.id, 'zacht'),
      hard: beleid.bewaartermijnMaanden(partner.id, 'hard'),
      logboek: beleid.logboekBewaartermijnMaanden,
    };
    const ontvangen = beleid.ontvangen.get(partner.id) ?? new Map<string, readonly string[]>();
    if (ontvangen.size > 0) {
      uit.push({
        soort: 'registratie',
        verantwoordelijke: partner,
        doelen: [...ontvangen.keys()].flatMap((d) => beleid.doelen.get(d) ?? []),
        grondslagen: grondslagen(beleid, [...ontvangen.values()].flat()),
        betrokkenen: [...ROLLEN],
        gegevens: [],
        ontvangers: [],
        bewaartermijn,
      });
    }
    for (const doel of beleid.doelen.values()) {
      const regels = matrix.filter((m) => m.bron === partner.id && m.doel === doel.id);
      if (regels.length === 0) continue;
      const rollen = new Set(regels.flatMap((m) => m.klassen.map((k) => klassen[k]?.signaal.rol)));
      const velden = new Set(regels.flatMap((m) => m.gegevens));
      uit.push({
        soort: 'verstrekking',
        verantwoordelijke: partner,
        doelen: [doel],
        grondslagen: grondslagen(
          beleid,
          regels.flatMap((m) => m.grondslagen),
        ),
        betrokkenen: ROLLEN.filter((r) => rollen.has(r)),
        gegevens: VELDEN.filter((v) => velden.has(v)),
        ontvangers: [...beleid.partners.keys()].filter((p) =>
          regels.some((m) => m.ontvanger === p),
        ),
        bewaartermijn,
      });
    }
    for (const doel of beleid.doelen.values()) {
      const eigen = overdrachten.filter((o) => o.bron === partner.id && o.doel === doel.id);
      if (eigen.length === 0) continue;
      const gegevens = new Set(eigen.flatMap((o) => o.gegevens));
      uit.push({
        soort: 'overdracht',
        verantwoordelijke: partner,
        doelen: [doel],
        grondslagen: grondslagen(
          beleid,
          eigen.flatMap((o) => o.grondslagen),
        ),
        betrokkenen: rollenVan(eigen.map((o) => o.klassen)),
        gegevens: [],
        overdrachtGegevens: OVERDRACHT_GEGEVENS.filter((g) => gegevens.has(g)),
        ontvangers: ontvangersIn(beleid, eigen),
        bewaartermijn,
      });
    }
    for (const doel of beleid.doelen.values()) {
      const eigen = terugkoppeling.filter((t) => t.bron === partner.id && t.doel === doel.id);
      if (eigen.length === 0) continue;
      const statussen = new Set(eigen.flatMap((t) => t.statussen));
      uit.push({
        soort: 'terugkoppeling',
        verantwoordelijke: partner,
        doelen: [doel],
        grondslagen: grondslagen(
          beleid,
          eigen.flatMap((t) => t.grondslagen),
        ),
        betrokkenen: rollenVan(eigen.map((t) => t.klassen)),
        gegevens: [],
        statussen: STATUSSEN.filter((s) => statussen.has(s)),
        genoemd: eigen.some((t) => t.genoemd),
        ontvangers: ontvangersIn(beleid, eigen),
        bewaartermijn,
      });
    }
    uit.push(...stapelVerwerkingen(beleid, partner, bewaartermijn));
  }
  return uit;
}

/**
 * Issue 17: per doel, the stapelregels the partner's signals count for (its rule lets the
 * recipient know of them): their counts, and what those rules allow, reach the recipient.
 */
function stapelVerwerkingen(
  beleid: Beleid,
  partner: Partner,
  bewaartermijn: Verwerking['bewaartermijn'],
): Verwerking[] {
  const regels = (beleid.stapelregels ?? []).filter(
    (r) =>
      r.ontvanger !== null &&
      r.ontvanger !== partner.id &&
      tellenMee(beleid, r.ontvanger, r.doel, r.sterkte).includes(partner.id),
  );
  return [...new Set(regels.map((r) => r.doel))].map((doel) => {
    const eigen = regels.filter((r) => r.doel === doel);
    return {
      soort: 'stapel' as const,
      verantwoordelijke: partner,
      doelen: beleid.doelen.get(doel) ? [beleid.doelen.get(doel) as Doel] : [],
      grondslagen: [],
      betrokkenen: [...ROLLEN],
      gegevens: [],
      stapelregels: eigen.map((r) => r.id),
      ontvangers: [...new Set(eigen.map((r) => r.ontvanger as string))],
      bewaartermijn,
    };
  });
}

/** The recipients among `stromen`, in catalogue order. */
function ontvangersIn(beleid: Beleid, stromen: ReadonlyArray<{ ontvanger: string }>): string[] {
  return [...beleid.partners.keys()].filter((p) => stromen.some((s) => s.ontvanger === p));
}

function grondslagen(beleid: Beleid, ids: readonly string[]): Grondslag[] {
  return [...new Set(ids)].sort().flatMap((id) => beleid.grondslagen.get(id) ?? []);
}
