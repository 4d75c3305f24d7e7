/**
 * @module
 * Scenario tests as data (policies/tests/*.yaml): each scenario asks the policy one question
 * and states the outcome it must give. Runs in `ketenpoort beleid test` and in `npm test`,
 * and reports coverage: the rules no scenario decides.
 */
import type { Beleid, Vraag } from './beleid.js';
import type { BeleidMelding, Positie } from './beleid-fout.js';
import { type BeleidBestand, normaliseerPad } from './bestanden.js';
import { type GeparsdBestand, parseerBestand } from './posities.js';
import type { Scenario, SoortVraag, Uitkomst } from './scenario-schema.js';
import { ScenarioBestandSchema } from './scenario-schema.js';
import { type ScenarioUitkomst as Beslissing, scenarioUitkomst } from './scenario-uitkomst.js';
import { controleerScenario } from './scenario-verwijzingen.js';
import { STANDAARD_WEIGERING } from './tabel.js';
import { valideer } from './zod-meldingen.js';

/** The outcome of one scenario. */
export interface ScenarioResultaat extends Positie {
  naam: string;
  geslaagd: boolean;
  /** What differs from the expectation, in Dutch; empty when it passed. */
  verschillen: string[];
  /** The rules that decided the outcome (for coverage). */
  regels: readonly string[];
  vraag: Vraag;
  /** What the scenario expects, as written in its file. */
  verwacht: Scenario['verwacht'];
  /** What the policy decided, to show beside the expectation. */
  uitkomst: ScenarioUitkomst;
}

/** The policy's own outcome for a scenario's question. */
export interface ScenarioUitkomst {
  /** What the scenario asks: a verstrekking, or a question after the match (issue 16). */
  soort: SoortVraag;
  besluit: Uitkomst;
  gegevens: readonly string[];
  /** Every rule the decision names, `standaard-weigering` included. */
  regels: readonly string[];
  grondslagen: readonly string[];
  melden: boolean;
  /** Why it was denied (absent when allowed or when no match arises): a reden or status reden. */
  reden?: string;
  /** One Dutch sentence explaining the outcome (absent when no match arises). */
  tekst?: string;
}

/** Everything `ketenpoort beleid test` reports. */
export interface ScenarioRapport {
  /** Errors in the scenario files themselves (syntax, schema, unknown names). */
  fouten: BeleidMelding[];
  resultaten: ScenarioResultaat[];
  /** Rules (verstrekken, verboden and overdragen) no scenario decides, in file order. */
  ongedekt: GedekteRegel[];
  aantalRegels: number;
}

/** A rule as the coverage report names it. */
export interface GedekteRegel {
  id: string;
  titel: string;
  positie: Positie;
}

/** The scenario files among `bestanden`: YAML under tests/. */
export function scenariobestanden(bestanden: readonly BeleidBestand[]): BeleidBestand[] {
  return bestanden
    .map((b) => ({ pad: normaliseerPad(b.pad), tekst: b.tekst }))
    .filter((b) => /^tests\/.+\.ya?ml$/i.test(b.pad))
    .sort((a, b) => (a.pad < b.pad ? -1 : a.pad > b.pad ? 1 : 0));
}

/** Runs every scenario in tests/ against `beleid`. */
export function voerScenariosUit(
  beleid: Beleid,
  bestanden: readonly BeleidBestand[],
): ScenarioRapport {
  const fouten: BeleidMelding[] = [];
  const resultaten: ScenarioResultaat[] = [];
  for (const { pad, tekst } of scenariobestanden(bestanden)) {
    const geparsd = parseerBestand(pad, tekst);
    if ('fouten' in geparsd) {
      fouten.push(...geparsd.fouten);
      continue;
    }
    const v = valideer(ScenarioBestandSchema, geparsd.bestand);
    if ('fouten' in v) {
      fouten.push(...v.fouten);
      continue;
    }
    v.waarde.scenarios.forEach((s, i) => {
      const b = geparsd.bestand;
      const eigen = controleerScenario(beleid, b, i, s);
      if (eigen.length > 0) fouten.push(...eigen);
      else resultaten.push(voerUit(beleid, b, i, s));
    });
  }
  const gedekt = new Set(resultaten.flatMap((r) => r.regels));
  const alle: GedekteRegel[] = [...beleid.regels, ...(beleid.overdragen ?? [])];
  return {
    fouten,
    resultaten,
    ongedekt: alle.filter((r) => !gedekt.has(r.id)),
    aantalRegels: alle.length,
  };
}

function voerUit(beleid: Beleid, b: GeparsdBestand, i: number, s: Scenario): ScenarioResultaat {
  const vraag: Vraag = {
    bron: s.bron,
    ontvanger: s.ontvanger ?? beleid.ketenrollen?.get(s.ketenrol ?? '') ?? '',
    doel: s.doel,
    signaal: {
      uitbuitingsvormen: s.signaal.uitbuitingsvormen ?? [],
      sterkte: s.signaal.sterkte,
      rol: s.signaal.rol,
    },
  };
  const basis = {
    ...b.positie(['scenarios', i, 'naam']),
    naam: s.naam,
    vraag,
    verwacht: s.verwacht,
  };
  const uitgesloten = new Set(beleid.uitgesloten.map((u) => `${u.soort}:${u.pseudoniem}`));
  const geenOvereenkomst =
    s.via?.every((v) => uitgesloten.has(`${v.soort}:${v.pseudoniem}`)) === true;
  if (geenOvereenkomst) {
    const verschillen =
      s.verwacht.besluit === 'geen-overeenkomst'
        ? []
        : [
            `verwacht '${s.verwacht.besluit}', maar er ontstaat geen overeenkomst: elk gedeeld gegeven staat in uitgesloten.yaml`,
          ];
    const uitkomst: ScenarioUitkomst = {
      soort: s.soort ?? 'verstrekking',
      besluit: 'geen-overeenkomst',
      gegevens: [],
      regels: [],
      grondslagen: [],
      melden: false,
    };
    return { ...basis, geslaagd: verschillen.length === 0, verschillen, regels: [], uitkomst };
  }
  const u = scenarioUitkomst(beleid, s, vraag);
  const verschillen = vergelijk(s, u);
  const regels = u.dekt.filter((r) => r !== STANDAARD_WEIGERING);
  const uitkomst: ScenarioUitkomst = {
    soort: s.soort ?? 'verstrekking',
    besluit: u.toegestaan ? 'toegestaan' : 'geweigerd',
    gegevens: u.gegevens,
    regels: u.regels,
    grondslagen: u.grondslagen,
    melden: u.melden ?? false,
    tekst: u.tekst,
    ...(u.reden === undefined ? {} : { reden: u.reden }),
  };
  return { ...basis, geslaagd: verschillen.length === 0, verschillen, regels, uitkomst };
}

/** Every difference between the expectation and the outcome, so one run shows all of them. */
function vergelijk(s: Scenario, u: Beslissing): string[] {
  const v = s.verwacht;
  const uit: string[] = [];
  const werkelijk = u.toegestaan ? 'toegestaan' : 'geweigerd';
  if (v.besluit !== werkelijk) {
    uit.push(`verwacht '${v.besluit}', maar het besluit is '${werkelijk}': ${u.tekst}`);
    return uit;
  }
  if (v.gegevens && u.toegestaan) {
    const bestaan = (s.soort ?? 'verstrekking') === 'verstrekking' ? ['bestaan'] : [];
    const verwacht = [...bestaan, ...u.volgorde.filter((f) => v.gegevens?.includes(f))];
    if (!gelijk(verwacht, u.gegevens))
      uit.push(`gegevens: verwacht ${toon(verwacht)}, kreeg ${toon(u.gegevens)}`);
  }
  if (v.regels && !gelijk(v.regels, u.regels))
    uit.push(`regels: verwacht ${toon(v.regels)}, kreeg ${toon(u.regels)}`);
  if (v.grondslagen && !gelijk(v.grondslagen, u.grondslagen))
    uit.push(`grondslagen: verwacht ${toon(v.grondslagen)}, kreeg ${toon(u.grondslagen)}`);
  if (v.melden !== undefined && v.melden !== u.melden)
    uit.push(`melden: verwacht ${v.melden}, kreeg ${u.melden}`);
  if (v.genoemd !== undefined && v.genoemd !== u.genoemd)
    uit.push(`genoemd: verwacht ${v.genoemd}, kreeg ${u.genoemd ?? false}`);
  if (v.reden !== undefined && v.reden !== u.reden)
    uit.push(`reden: verwacht '${v.reden}', kreeg '${u.reden ?? 'geen (toegestaan)'}'`);
  return uit;
}

function gelijk(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((w) => y.has(w));
}

function toon(lijst: readonly string[]): string {
  return lijst.length ? `[${[...lijst].sort().join(', ')}]` : '[]';
}
