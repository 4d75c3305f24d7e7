/**
 * @module
 * partners.yaml `regio` (issue 19): the region's gemeenten as CBS codes with their source and
 * date, and the threshold below which published figures are suppressed. A partner's
 * `gemeenten` must be among them; a registration's gemeente among the partner's.
 */
import { z } from 'zod';
import { GEMEENTE, idVeld, lijst, patroon, tekst } from './schema-bouwstenen.js';

/** The default threshold of disclosure control: a count below it is shown as `<5`. */
export const STANDAARD_DREMPEL = 5;

export const RegioSchema = z
  .strictObject({
    naam: tekst('Naam', 'Naam van de regio, zoals Gooi en Vechtstreek.'),
    bron: tekst(
      'Bron',
      'Waar de gemeentecodes vandaan komen, zoals CBS, Gemeentelijke indeling op 1 januari 2026.',
    ),
    peildatum: patroon(
      /^\d{4}-\d{2}-\d{2}$/,
      'Een peildatum schrijft u als jjjj-mm-dd, zoals 2026-01-01.',
      'Peildatum',
      'De datum waarop de gemeentelijke indeling van de bron geldt.',
    ),
    gemeenten: lijst(
      z
        .strictObject({
          code: patroon(/^GM[0-9]{4}$/, GEMEENTE, 'Gemeentecode', 'CBS-code, zoals GM0402.'),
          naam: tekst('Naam', 'Naam van de gemeente.'),
        })
        .meta({ title: 'Gemeente' }),
      'Gemeenten',
      'De gemeenten van de regio met hun CBS-code.',
    ),
    grondslagen: lijst(
      idVeld('Grondslag-id', 'Id uit grondslagen.yaml.'),
      'Grondslagen van de cijfers',
      'Waarop de poort cijfers (geaggregeerd, afgeschermd) aan partners en ketenregisseur verstrekt; elke opvraging staat met deze grondslagen in het logboek.',
    ),
    drempel: z
      .int()
      .min(2)
      .max(20)
      .optional()
      .meta({
        title: 'Drempel',
        description: `Aantallen onder deze drempel (nul inbegrepen) worden in de cijfers afgeschermd. Standaard ${STANDAARD_DREMPEL}.`,
      }),
  })
  .meta({
    title: 'Regio',
    description:
      'De regio: de CBS-codes van haar gemeenten (met bron en peildatum) en de drempel van de cijfers. Partners en registraties mogen alleen deze gemeenten noemen.',
  });

export type RegioBestand = z.infer<typeof RegioSchema>;
