/**
 * @module
 * The schema of a scenario file in policies/tests/: a jurist states a question to the policy
 * and the outcome it must give. Scenarios are data, not policy: they are not in the hash.
 */
import { z } from 'zod';
import { SOORTEN } from '../identity/soorten.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN, VELDEN } from './categorieen.js';
import {
  ANTWOORDEN,
  type Antwoord,
  OVERDRACHT_GEGEVEN_OMSCHRIJVING,
  OVERDRACHT_GEGEVENS,
} from './overdracht-woorden.js';
import { REDEN_UITLEG, REDENEN } from './reden.js';
import { idVeld, keuze, lijst, PSEUDONIEM, patroon, tekst } from './schema-bouwstenen.js';
import { STATUS_OMSCHRIJVING, STATUSSEN } from './terugkoppeling-woorden.js';
import { STATUS_REDEN_UITLEG, STATUS_REDENEN } from './uitleg-na-overlap.js';
import {
  ROL_OMSCHRIJVING,
  STERKTE_OMSCHRIJVING,
  VELD_OMSCHRIJVING,
  VORM_OMSCHRIJVING,
} from './woorden.js';

/** The outcomes a scenario can expect. */
export const UITKOMSTEN = ['toegestaan', 'geweigerd', 'geen-overeenkomst'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

const UITKOMST_UITLEG: Record<Uitkomst, string> = {
  toegestaan: 'de ontvanger krijgt precies de genoemde gegevens',
  geweigerd: 'de ontvanger krijgt niets',
  'geen-overeenkomst':
    'er ontstaat geen overeenkomst, omdat elk gedeeld gegeven in uitgesloten.yaml staat',
};

/** What a scenario asks (issue 16 added the questions after the match). */
export const SOORTEN_VRAAG = [
  'verstrekking',
  'overdracht',
  'antwoord',
  'status',
  'terugkoppelingsvraag',
  'regie',
  'stapel',
  'escalatie',
] as const;
export type SoortVraag = (typeof SOORTEN_VRAAG)[number];

const SOORT_UITLEG: Record<SoortVraag, string> = {
  verstrekking:
    'wat krijgt de ontvanger, met een eigen signaal op dezelfde entiteit, te zien (standaard)',
  overdracht: 'mag de bron haar signaal aan de ontvanger overdragen voor het doel',
  antwoord:
    "mag de ontvanger van een overdracht van de bron zo antwoorden (bij 'doorgezet': aan 'naar')",
  status: "ziet de ontvanger de 'status' van een signaal van de bron waar hij bij betrokken is",
  terugkoppelingsvraag: 'bereikt een vraag om terugkoppeling van de ontvanger de bron',
  regie:
    'wat ziet de ontvanger, lid van de casus, ervan dat de bron de regie heeft (partner, contact, of alleen dat de regie belegd is)',
  stapel:
    'telt een signaal van de bron mee in een stapelmelding aan de ontvanger voor het doel, en met welke gegevens',
  escalatie:
    'hoort de ontvanger, als escalatiepartner van termijnen.yaml, van een verstreken termijn met een signaal van de bron (de sleutel van de bron), en wordt de bron genoemd',
};

const ANTWOORD_UITLEG: Record<Antwoord, string> = {
  aangenomen: 'de ontvanger neemt het signaal aan als eigen signaal',
  niet_voor_ons: 'de ontvanger wijst af met een reden uit een vaste lijst',
  doorgezet: "de ontvanger zet het signaal door naar de partner onder 'naar'",
};

/** Every gegeven a scenario can expect: of a verstrekking, and of an overdracht. */
const GEGEVENS = [...new Set([...VELDEN, ...OVERDRACHT_GEGEVENS])] as [string, ...string[]];
const GEGEVEN_OMSCHRIJVING: Record<string, string> = {
  ...Object.fromEntries(
    OVERDRACHT_GEGEVENS.map((g) => [
      g,
      `Bij een overdracht: ${OVERDRACHT_GEGEVEN_OMSCHRIJVING[g]}`,
    ]),
  ),
  ...VELD_OMSCHRIJVING,
};

const verwacht = z
  .strictObject({
    besluit: keuze(UITKOMSTEN, UITKOMST_UITLEG, 'Besluit', 'Wat het beleid moet beslissen.'),
    gegevens: z
      .array(keuze(GEGEVENS, GEGEVEN_OMSCHRIJVING, 'Gegeven', 'Een veld dat de ontvanger krijgt.'))
      .meta({
        title: 'Gegevens',
        description:
          "Bij 'toegestaan' verplicht (bij verstrekking en overdracht): precies wat de ontvanger krijgt.",
      })
      .optional(),
    regels: z
      .array(idVeld('Regel', "Regel-id, of 'standaard-weigering'."))
      .meta({
        title: 'Regels',
        description:
          "Bij 'toegestaan' verplicht: de regels die het toestaan. Bij 'geweigerd': het verbod dat wint, of standaard-weigering.",
      })
      .optional(),
    grondslagen: z
      .array(idVeld('Grondslag', 'Id uit grondslagen.yaml.'))
      .meta({
        title: 'Grondslagen',
        description: "Bij 'toegestaan' verplicht: alle grondslagen van bron en ontvanger.",
      })
      .optional(),
    melden: z
      .boolean()
      .meta({
        title: 'Melden',
        description: 'Krijgt de ontvanger bericht van latere overeenkomsten?',
      })
      .optional(),
    genoemd: z
      .boolean()
      .meta({
        title: 'Genoemd',
        description:
          "Bij antwoord 'doorgezet': hoort de bron naar wie is doorgezet? Bij status: noemt de status de bron?",
      })
      .optional(),
    reden: keuze(
      [...REDENEN, ...STATUS_REDENEN],
      { ...REDEN_UITLEG, ...STATUS_REDEN_UITLEG },
      'Reden',
      'Waarom geweigerd wordt (bij een status: waarom de ontvanger hem niet ziet).',
    ).optional(),
  })
  .meta({ title: 'Verwacht', description: 'De uitkomst die het beleid moet geven.' });

/** One scenario: a question to the policy and the outcome it must give. */
export const ScenarioSchema = z
  .strictObject({
    naam: tekst('Naam', 'Wat dit scenario laat zien, in een zin.'),
    soort: keuze(
      SOORTEN_VRAAG,
      SOORT_UITLEG,
      'Soort',
      'Wat het scenario vraagt; weglaten: verstrekking.',
    ).optional(),
    bron: idVeld('Bron', 'De partner die het signaal heeft.'),
    ontvanger: idVeld(
      'Ontvanger',
      "De partner met een eigen signaal op dezelfde entiteit: wat krijgt die te zien? Bij een overdracht aan een ketenrol: laat weg en noem 'ketenrol'.",
    ).optional(),
    ketenrol: idVeld(
      'Ketenrol',
      "Bij soort 'overdracht', in plaats van 'ontvanger': een ketenrol uit partners.yaml (zoals zorgcoordinator); het scenario draagt over aan de partner die de rol vervult.",
    ).optional(),
    doel: idVeld(
      'Doel',
      'Het doel van het signaal van de ontvanger; bij overdracht en antwoord: het doel van de overdracht.',
    ),
    antwoord: keuze(
      ANTWOORDEN,
      ANTWOORD_UITLEG,
      'Antwoord',
      "Bij soort 'antwoord': welk antwoord.",
    ).optional(),
    naar: idVeld(
      'Naar',
      "Bij antwoord 'doorgezet': de partner waarnaar wordt doorgezet.",
    ).optional(),
    status: keuze(
      STATUSSEN,
      STATUS_OMSCHRIJVING,
      'Status',
      "Bij soort 'status': welke status.",
    ).optional(),
    signaal: z
      .strictObject({
        uitbuitingsvormen: z
          .array(keuze(UITBUITINGSVORMEN, VORM_OMSCHRIJVING, 'Uitbuitingsvorm', 'Vorm.'))
          .meta({ title: 'Uitbuitingsvormen', description: 'Weglaten of [] : geen vorm bekend.' })
          .optional(),
        sterkte: keuze(STERKTES, STERKTE_OMSCHRIJVING, 'Sterkte', 'Zacht of hard.'),
        rol: keuze(ROLLEN, ROL_OMSCHRIJVING, 'Rol', 'Rol van de entiteit in het signaal.'),
        doel: idVeld(
          'Doel',
          "Bij antwoord 'doorgezet': het doel van het signaal van de bron zelf (daaronder leest de poort de regel van 'naar' naar de bron); weglaten: het doel van de overdracht.",
        ).optional(),
      })
      .meta({ title: 'Signaal', description: 'De categorieën van het signaal van de bron.' }),
    via: z
      .array(
        z.strictObject({
          soort: z.enum(SOORTEN).meta({ title: 'Soort', description: 'Soort gegeven.' }),
          pseudoniem: patroon(
            /^(?:[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{86})$/,
            PSEUDONIEM,
            'Pseudoniem',
            'Pseudoniem van de versie in pseudoniemen.yaml (v2: 86 tekens, v1: 43).',
          ),
        }),
      )
      .min(1)
      .meta({
        title: 'Via',
        description:
          'Optioneel: de gedeelde pseudoniemen. Staan ze alle in uitgesloten.yaml, dan ontstaat geen overeenkomst.',
      })
      .optional(),
    verwacht,
  })
  .meta({ title: 'Scenario' });

/** tests/*.yaml: scenarios for the policy set in the folder above. */
export const ScenarioBestandSchema = z
  .strictObject({
    scenarios: lijst(ScenarioSchema, "Scenario's", 'Vragen aan het beleid met hun uitkomst.'),
  })
  .meta({
    title: "Ketenpoort: scenario's",
    description:
      "Scenario's voor het beleid (policies/tests/*.yaml); 'ketenpoort beleid test' voert ze uit.",
  });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioBestand = z.infer<typeof ScenarioBestandSchema>;
