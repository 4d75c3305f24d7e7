/**
 * @module
 * The outcome of one scenario's question, whatever it asks: a verstrekking, an overdracht,
 * an answer to one, a status or a request for terugkoppeling (issue 16). Each comes from the
 * same decision the gateway makes, so a scenario tests the runtime, not a copy of it.
 */
import { beslisAannemen, beslisDoorzetten } from './antwoord-besluit.js';
import type { Beleid, Vraag } from './beleid.js';
import { VELDEN } from './categorieen.js';
import { OVERDRACHT_GEGEVENS } from './overdracht-woorden.js';
import { escalatieUitkomst } from './scenario-escalatie.js';
import { regieUitkomst } from './scenario-regie.js';
import type { Scenario } from './scenario-schema.js';
import { uitleg } from './uitleg.js';
import { uitlegOverdracht, uitlegStatus } from './uitleg-na-overlap.js';

/** What a question decided, in the words a scenario states. */
export interface ScenarioUitkomst {
  toegestaan: boolean;
  /** In list order: VELDEN for a verstrekking, OVERDRACHT_GEGEVENS for an overdracht. */
  gegevens: readonly string[];
  /** The full list gegevens come from, to order an expectation. */
  volgorde: readonly string[];
  regels: readonly string[];
  grondslagen: readonly string[];
  melden?: boolean;
  genoemd?: boolean;
  /** The closed reason it is denied; undefined when allowed or when the kind has none. */
  reden?: string | undefined;
  /** One Dutch sentence explaining the outcome. */
  tekst: string;
  /** The rules this scenario decides, for coverage (no standaard-weigering). */
  dekt: readonly string[];
}

/** Decides the question of scenario `s` (already checked against the set). */
export function scenarioUitkomst(beleid: Beleid, s: Scenario, vraag: Vraag): ScenarioUitkomst {
  const soort = s.soort ?? 'verstrekking';
  if (soort === 'overdracht') {
    const u = uitlegOverdracht(beleid, vraag);
    return { ...overdracht(u.besluit), reden: u.reden };
  }
  if (soort === 'antwoord') return antwoord(beleid, s, vraag);
  if (soort === 'regie' || soort === 'stapel') return regieUitkomst(beleid, soort, vraag);
  if (soort === 'escalatie') return escalatieUitkomst(beleid, vraag);
  if (soort === 'status' && s.status !== undefined) {
    const u = uitlegStatus(beleid, vraag, s.status);
    const toegestaan = u.zichtbaar;
    const tekst = toegestaan
      ? `Zichtbaar: ${vraag.ontvanger} ziet status '${s.status}' onder ${u.regels.join(', ')}.`
      : `Niet zichtbaar (${u.reden}): ${u.verstrekking.besluit.reden}`;
    return {
      toegestaan,
      gegevens: [],
      volgorde: [],
      regels: u.regels,
      grondslagen: toegestaan ? u.grondslagen.map((g) => g.id) : u.verstrekking.besluit.grondslagen,
      genoemd: u.genoemd,
      reden: u.reden,
      tekst,
      dekt: u.terugkoppelingsregels.filter((t) => t.terugkoppeling).map((t) => t.id),
    };
  }
  const u = uitleg(beleid, vraag);
  const b = u.besluit;
  if (soort === 'terugkoppelingsvraag') {
    const toegestaan = b.toegestaan && b.gegevens.includes('terugkoppeling');
    const regels = beleid.regels.filter(
      (r) => b.regels.includes(r.id) && r.gegevens.includes('terugkoppeling'),
    );
    return {
      toegestaan,
      gegevens: [],
      volgorde: [],
      regels: b.regels,
      grondslagen: b.grondslagen,
      reden: b.toegestaan ? (toegestaan ? undefined : 'geen-terugkoppeling') : u.reden,
      tekst: toegestaan
        ? `Toegestaan: de vraag van ${vraag.ontvanger} bereikt ${vraag.bron} onder ${b.regels.join(', ')}.`
        : b.toegestaan
          ? `Geweigerd: geen regel van ${vraag.bron} die past geeft ${vraag.ontvanger} terugkoppeling.`
          : b.reden,
      dekt: toegestaan ? regels.map((r) => r.id) : b.toegestaan ? [] : b.regels,
    };
  }
  return {
    toegestaan: b.toegestaan,
    gegevens: b.gegevens,
    volgorde: VELDEN.filter((v) => v !== 'bestaan'),
    regels: b.regels,
    grondslagen: b.grondslagen,
    melden: b.melden,
    reden: u.reden,
    tekst: b.reden,
    dekt: b.regels,
  };
}

function overdracht(b: {
  toegestaan: boolean;
  gegevens: readonly string[];
  regels: readonly string[];
  grondslagen: readonly string[];
  reden: string;
}): ScenarioUitkomst {
  return {
    toegestaan: b.toegestaan,
    gegevens: b.gegevens,
    volgorde: OVERDRACHT_GEGEVENS,
    regels: b.regels,
    grondslagen: b.grondslagen,
    tekst: b.reden,
    dekt: b.regels,
  };
}

function antwoord(beleid: Beleid, s: Scenario, vraag: Vraag): ScenarioUitkomst {
  if (s.antwoord === 'doorgezet' && s.naar !== undefined) {
    const d = beslisDoorzetten(
      beleid,
      { ...vraag, ontvanger: s.naar },
      s.signaal.doel ?? vraag.doel,
    );
    const u = uitlegOverdracht(beleid, { ...vraag, ontvanger: s.naar });
    return { ...overdracht(d), genoemd: d.genoemd, reden: u.reden };
  }
  if (s.antwoord === 'aangenomen') {
    const a = beslisAannemen(beleid, vraag);
    return {
      toegestaan: a.toegestaan,
      gegevens: [],
      volgorde: [],
      regels: [],
      grondslagen: a.grondslagen,
      tekst: a.reden,
      dekt: [],
    };
  }
  // niet_voor_ons: the policy never stops a recipient from declining; only the reason flows.
  return {
    toegestaan: true,
    gegevens: [],
    volgorde: [],
    regels: [],
    grondslagen: [],
    tekst: `Toegestaan: ${vraag.ontvanger} mag altijd afwijzen; ${vraag.bron} hoort alleen de reden uit de vaste lijst.`,
    dekt: [],
  };
}
