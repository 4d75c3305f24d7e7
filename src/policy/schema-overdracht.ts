/**
 * @module
 * The schema of an `overdragen` rule (issue 16): to whom a partner may hand one of its own
 * signals, for which doel, and what the recipient then sees besides the partner's functional
 * contact. Kept apart from schema-regels.ts so the after-the-match rules read as one block.
 */
import { z } from 'zod';
import { OVERDRACHT_GEGEVEN_OMSCHRIJVING, OVERDRACHT_GEGEVENS } from './overdracht-woorden.js';
import { idVeld, keuze, lijst } from './schema-bouwstenen.js';
import { aan, grondslagIds, regelKop, wanneer } from './schema-regeldelen.js';

/** One `overdragen` rule: the first key of an overdracht, held by the partner that hands over. */
export const OverdraagRegelSchema = z
  .strictObject({
    ...regelKop,
    aan,
    doelen: lijst(
      idVeld('Doel', 'Id uit doelen.yaml.'),
      'Doelen',
      'Het doel waarvoor de ontvanger het signaal overneemt; de ontvanger moet ervoor mogen ontvangen.',
    ),
    wanneer: wanneer.optional(),
    gegevens: z
      .array(
        keuze(
          OVERDRACHT_GEGEVENS,
          OVERDRACHT_GEGEVEN_OMSCHRIJVING,
          'Gegeven',
          'Wat de ontvanger van de overdracht ziet.',
        ),
      )
      .meta({
        title: 'Gegevens',
        description:
          'Wat de ontvanger ziet naast wie overdraagt en diens functionele contact. referentie: het betekenisloze kenmerk van de overdrager, nooit een naam.',
      }),
    grondslagen: grondslagIds('Grondslagen uit grondslagen.yaml waarop de partner overdraagt.'),
  })
  .meta({ title: 'Overdrachtsregel' });

export type OverdraagRegel = z.infer<typeof OverdraagRegelSchema>;
