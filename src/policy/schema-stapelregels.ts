/**
 * @module
 * The schema of stapelregels.yaml (issue 17): when soft signals of different partners on one
 * entity add up to a notice to the regional meldpunt. Only signals whose source's rule lets
 * the meldpunt know of them count; the notice carries only what those rules allow.
 */
import { z } from 'zod';
import { STERKTES } from './categorieen.js';
import { idVeld, keuze, lijst } from './schema-bouwstenen.js';
import { regelKop } from './schema-regeldelen.js';
import { STERKTE_OMSCHRIJVING } from './woorden.js';

const aantal = (title: string, description: string) =>
  z.number().int().min(1).max(1000).meta({ title, description });

export const STAPEL_GEGEVENS = ['partner', 'contact', 'uitbuitingsvorm', 'sterkte'] as const;

/** One stapelregel. */
export const StapelregelSchema = z
  .strictObject({
    ...regelKop,
    sterkte: lijst(
      keuze(STERKTES, STERKTE_OMSCHRIJVING, 'Sterkte', 'Welke signalen tellen.'),
      'Sterkte',
      'Alleen signalen van deze sterkte tellen, zoals zacht.',
    ),
    minimaal: aantal('Minimaal', 'Zoveel signalen of meer in dezelfde casus, zoals 3.'),
    partners: aantal('Partners', 'Van minstens zoveel verschillende partners, zoals 2.'),
    maanden: aantal('Maanden', 'Geregistreerd binnen zoveel maanden, zoals 12.'),
    aan: idVeld('Aan', 'De partner-id of ketenrol (zoals meldpunt) die de stapelmelding krijgt.'),
    doel: idVeld('Doel', 'Het doel waarvoor de ontvanger de melding krijgt, zoals signalering.'),
    gegevens: z.array(z.enum(STAPEL_GEGEVENS)).meta({
      title: 'Gegevens',
      description:
        'Wat de melding naast de aantallen mag dragen; per signaal alleen wat de regel van de bron ook toestaat.',
    }),
  })
  .meta({ title: 'Stapelregel' });

/** stapelregels.yaml. */
export const StapelregelsBestandSchema = z
  .strictObject({
    stapelregels: lijst(StapelregelSchema, 'Stapelregels', 'Wanneer zachte signalen stapelen.'),
  })
  .meta({
    title: 'Ketenpoort: stapelregels',
    description: 'Wanneer zachte signalen van verschillende partners samen een melding worden.',
  });

export type StapelregelsBestand = z.infer<typeof StapelregelsBestandSchema>;
