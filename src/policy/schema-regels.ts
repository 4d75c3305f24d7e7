/**
 * @module
 * The schema of a regels/ file: one source partner (or group) with its retention, the doelen
 * it may receive for (second key), its disclosure rules (first key) and its verboden.
 */
import { z } from 'zod';
import { VELDEN } from './categorieen.js';
import { idVeld, keuze, lijst, maanden, tekst } from './schema-bouwstenen.js';
import { InzagebeperkingSchema } from './schema-fg.js';
import { OverdraagRegelSchema } from './schema-overdracht.js';
import { aan, grondslagIds, regelKop, wanneer } from './schema-regeldelen.js';
import { STATUS_OMSCHRIJVING, STATUSSEN } from './terugkoppeling-woorden.js';
import { VELD_OMSCHRIJVING } from './woorden.js';

/** One `verstrekken` rule: the first key, held by the source partner. */
export const VerstrekRegelSchema = z
  .strictObject({
    ...regelKop,
    aan,
    doelen: lijst(
      idVeld('Doel', 'Id uit doelen.yaml.'),
      'Doelen',
      'Het doel van de ontvanger (het doel van diens eigen signaal).',
    ),
    wanneer: wanneer.optional(),
    gegevens: lijst(
      keuze(VELDEN, VELD_OMSCHRIJVING, 'Gegeven', 'Wat de ontvanger te weten komt.'),
      'Gegevens',
      'Wat de ontvanger te weten komt; bestaan is altijd inbegrepen.',
    ),
    grondslagen: grondslagIds('Grondslagen uit grondslagen.yaml waarop de bron verstrekt.'),
    melden: z.boolean().optional().meta({
      title: 'Melden',
      description: 'true: de ontvanger krijgt later ook bericht van nieuwe overeenkomsten.',
    }),
    // Issue 16: which statuses a recipient of `terugkoppeling` sees.
    statussen: lijst(
      keuze(STATUSSEN, STATUS_OMSCHRIJVING, 'Status', 'Een status van de terugkoppeling.'),
      'Statussen',
      'Alleen bij gegevens terugkoppeling: welke statussen de ontvanger te zien krijgt; weglaten: alle.',
    ).optional(),
    inzagebeperking: InzagebeperkingSchema.optional(),
  })
  .meta({ title: 'Verstrekkingsregel' });

/** One `verboden` rule: overrides every allow that it matches. */
export const VerbodRegelSchema = z
  .strictObject({
    ...regelKop,
    aan,
    doelen: lijst(
      idVeld('Doel', 'Id uit doelen.yaml.'),
      'Doelen',
      'Geldt alleen voor deze doelen; weglaten: alle doelen.',
    ).optional(),
    wanneer: wanneer.optional(),
    grondslagen: grondslagIds('Grondslagen uit grondslagen.yaml die het verbod dragen.'),
    inzagebeperking: InzagebeperkingSchema.optional(),
  })
  .meta({ title: 'Verbod' });

/** regels/*.yaml: one source partner (or group) with its retention, receiving and disclosure rules. */
export const RegelsBestandSchema = z
  .strictObject({
    partner: idVeld('Partner', 'De partner waarvoor dit bestand geldt.').optional(),
    partners: lijst(
      idVeld('Partner', 'Partner-id uit partners.yaml.'),
      'Partners',
      'De partners waarvoor dit bestand geldt (een groep).',
    ).optional(),
    bewaartermijnen: z
      .strictObject({ zacht: maanden('Zacht').optional(), hard: maanden('Hard').optional() })
      .meta({
        title: 'Bewaartermijnen',
        description:
          'Bewaartermijn per sterkte, in maanden. Zonder termijn registreert de partner die sterkte niet.',
      })
      .optional(),
    ontvangen: z
      .array(
        z
          .strictObject({
            doel: idVeld('Doel', 'Id uit doelen.yaml.'),
            grondslagen: grondslagIds('Grondslagen waarop de partner voor dit doel mag ontvangen.'),
            uitleg: tekst('Uitleg', 'Waarom de partner voor dit doel mag ontvangen.').optional(),
          })
          .meta({ title: 'Ontvangst' }),
      )
      .meta({
        title: 'Ontvangen',
        description: 'Tweede sleutel: voor welke doelen de partner mag ontvangen.',
      })
      .optional(),
    verstrekken: z
      .array(VerstrekRegelSchema)
      .meta({
        title: 'Verstrekken',
        description: 'Eerste sleutel: wie wat mag weten over signalen van deze partner.',
      })
      .optional(),
    verboden: z
      .array(VerbodRegelSchema)
      .meta({ title: 'Verboden', description: 'Verboden gaan boven elke verstrekkingsregel.' })
      .optional(),
    // Issue 16: after the match (overdracht); its schema lives in schema-overdracht.ts.
    overdragen: z
      .array(OverdraagRegelSchema)
      .meta({
        title: 'Overdragen',
        description:
          'Aan wie de partner een eigen signaal mag overdragen, voor welk doel en wat de ontvanger dan te zien krijgt.',
      })
      .optional(),
  })
  .meta({
    title: 'Ketenpoort: regels van een partner',
    description:
      'Bewaartermijnen, ontvangst en verstrekkingsregels van een partner of groep (regels/*.yaml).',
  });

export type RegelsBestand = z.infer<typeof RegelsBestandSchema>;
export type VerstrekRegel = z.infer<typeof VerstrekRegelSchema>;
export type VerbodRegel = z.infer<typeof VerbodRegelSchema>;
