/**
 * @module
 * The schema of a scenario file in policies/tests/: a jurist states a question to the policy
 * and the outcome it must give. Scenarios are data, not policy: they are not in the hash.
 */
import { z } from 'zod';
import { SOORTEN } from '../identity/soorten.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN, VELDEN } from './categorieen.js';
import { REDEN_UITLEG, REDENEN } from './reden.js';
import { idVeld, keuze, lijst, PSEUDONIEM, patroon, tekst } from './schema-bouwstenen.js';
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

const verwacht = z
  .strictObject({
    besluit: keuze(UITKOMSTEN, UITKOMST_UITLEG, 'Besluit', 'Wat het beleid moet beslissen.'),
    gegevens: z
      .array(keuze(VELDEN, VELD_OMSCHRIJVING, 'Gegeven', 'Een veld dat de ontvanger krijgt.'))
      .meta({
        title: 'Gegevens',
        description: "Bij 'toegestaan' verplicht: precies wat de ontvanger krijgt.",
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
    reden: keuze(REDENEN, REDEN_UITLEG, 'Reden', 'Waarom geweigerd wordt.').optional(),
  })
  .meta({ title: 'Verwacht', description: 'De uitkomst die het beleid moet geven.' });

/** One scenario: a question to the policy and the outcome it must give. */
export const ScenarioSchema = z
  .strictObject({
    naam: tekst('Naam', 'Wat dit scenario laat zien, in een zin.'),
    bron: idVeld('Bron', 'De partner die het signaal heeft.'),
    ontvanger: idVeld(
      'Ontvanger',
      'De partner met een eigen signaal op dezelfde entiteit: wat krijgt die te zien?',
    ),
    doel: idVeld('Doel', 'Het doel van het signaal van de ontvanger.'),
    signaal: z
      .strictObject({
        uitbuitingsvormen: z
          .array(keuze(UITBUITINGSVORMEN, VORM_OMSCHRIJVING, 'Uitbuitingsvorm', 'Vorm.'))
          .meta({ title: 'Uitbuitingsvormen', description: 'Weglaten of [] : geen vorm bekend.' })
          .optional(),
        sterkte: keuze(STERKTES, STERKTE_OMSCHRIJVING, 'Sterkte', 'Zacht of hard.'),
        rol: keuze(ROLLEN, ROL_OMSCHRIJVING, 'Rol', 'Rol van de entiteit in het signaal.'),
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
