/**
 * @module
 * The schema of quota.yaml: how much each partner may try per hour and per day (registrations,
 * pseudonyms, overlap reads) and per batch, a default with per-partner exceptions, and when the
 * FG is warned of a pattern in a partner's own requests. Every field has a Dutch title and
 * description for the editor, as in the other policy schemas.
 */
import { z } from 'zod';
import { idVeld, lijst, tekst } from './schema-bouwstenen.js';

const aantal = (title: string, description: string) =>
  z
    .number()
    .int({ error: 'Een quotum is een heel aantal, zoals 200.' })
    .min(1)
    .max(100_000_000)
    .meta({ title, description });

const venster = (wat: string) => ({
  uur: aantal('Per uur', `Hoogstens zoveel ${wat} per klokuur (UTC).`),
  dag: aantal('Per dag', `Hoogstens zoveel ${wat} per dag (van 00:00 tot 24:00 UTC).`),
});

const TELLERS = {
  registraties: {
    title: 'Registraties',
    wat: 'signalen',
    description: 'Signalen die de partner registreert, los of in een batch.',
  },
  pseudoniemen: {
    title: 'Pseudoniemen',
    wat: 'pseudoniemen',
    description:
      'Pseudoniemen in die signalen, opgeteld (een signaal draagt er tot 20): elk pseudoniem is een vraag of de poort het kent.',
  },
  overlapvragen: {
    title: 'Overlapvragen',
    wat: 'overlapvragen',
    description: 'Keren dat de partner de overlap van een eigen signaal opnieuw opvraagt.',
  },
} as const;

const perVenster = (t: (typeof TELLERS)[keyof typeof TELLERS]) =>
  z.strictObject(venster(t.wat)).meta({ title: t.title, description: t.description });

const deelsPerVenster = (t: (typeof TELLERS)[keyof typeof TELLERS]) =>
  z
    .strictObject({ uur: venster(t.wat).uur.optional(), dag: venster(t.wat).dag.optional() })
    .meta({ title: t.title, description: `${t.description} Wat ontbreekt, komt uit standaard.` });

const batch = aantal('Signalen per batch', 'Hoogstens zoveel signalen in één batchverzoek.');

/** The limits every partner gets unless an afwijking names it. */
export const StandaardQuotaSchema = z
  .strictObject({
    registraties: perVenster(TELLERS.registraties),
    pseudoniemen: perVenster(TELLERS.pseudoniemen),
    overlapvragen: perVenster(TELLERS.overlapvragen),
    batch,
  })
  .meta({
    title: 'Standaard',
    description:
      'De quota van elke partner. Een poging boven een quotum krijgt 429 en de FG een waarschuwing.',
  });

/** Other limits for one partner or a group; what it does not name comes from the default. */
export const AfwijkingSchema = z
  .strictObject({
    partner: idVeld('Partner', 'De partner waarvoor deze afwijking geldt.').optional(),
    partners: lijst(
      idVeld('Partner', 'Partner-id uit partners.yaml.'),
      'Partners',
      'De partners waarvoor deze afwijking geldt (elk met een eigen telling).',
    ).optional(),
    uitleg: tekst('Uitleg', 'Waarom deze partner meer of minder mag dan de standaard.'),
    registraties: deelsPerVenster(TELLERS.registraties).optional(),
    pseudoniemen: deelsPerVenster(TELLERS.pseudoniemen).optional(),
    overlapvragen: deelsPerVenster(TELLERS.overlapvragen).optional(),
    batch: batch.optional(),
  })
  .meta({ title: 'Afwijking' });

/** When the FG is warned, and how long warnings are kept. */
export const WaarschuwingenSchema = z
  .strictObject({
    intrekkingen: z
      .strictObject({
        minuten: z
          .number()
          .int({ error: 'Het aantal minuten is een heel getal, zoals 60.' })
          .min(1)
          .max(1440)
          .meta({
            title: 'Binnen minuten',
            description: 'Een intrekking telt als snel binnen zoveel minuten na de registratie.',
          }),
        aantal: z
          .number()
          .int({ error: 'Het aantal intrekkingen is een heel getal, zoals 3.' })
          .min(0)
          .max(10_000)
          .meta({
            title: 'Zonder waarschuwing per dag',
            description:
              'Zoveel snelle intrekkingen per partner per dag (UTC) zonder waarschuwing; elke volgende geeft er een.',
          }),
      })
      .meta({
        title: 'Snelle intrekkingen',
        description:
          'Registreren en snel weer intrekken kan een manier zijn om te peilen wie een signaal heeft: de FG krijgt dan een waarschuwing.',
      }),
    bewaartermijn: z
      .number()
      .int({ error: 'De bewaartermijn van waarschuwingen is een heel aantal maanden, zoals 12.' })
      .min(1)
      .max(120)
      .meta({
        title: 'Bewaartermijn',
        description: 'Hoe lang waarschuwingen voor de FG bewaard blijven, in maanden.',
      }),
  })
  .meta({
    title: 'Waarschuwingen',
    description:
      'Wanneer de FG van de poort en de FG van de partner een waarschuwing krijgen. Alleen de eigen verzoeken van een partner tellen, nooit of een registratie overlap had.',
  });

/** quota.yaml: per partner how much it may try, and when its FG is warned. */
export const QuotaBestandSchema = z
  .strictObject({
    standaard: StandaardQuotaSchema,
    afwijkingen: z
      .array(AfwijkingSchema)
      .meta({ title: 'Afwijkingen', description: 'Andere quota voor een partner of groep.' })
      .optional(),
    waarschuwingen: WaarschuwingenSchema,
  })
  .meta({
    title: 'Ketenpoort: quota',
    description:
      'Hoeveel een partner per uur, per dag en per batch mag proberen, en wanneer de FG een waarschuwing krijgt (quota.yaml).',
  });

export type QuotaBestand = z.infer<typeof QuotaBestandSchema>;
export type Afwijking = z.infer<typeof AfwijkingSchema>;
