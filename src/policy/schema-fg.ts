/**
 * @module
 * The policy settings the FG's tools read: the bewaartermijn of the logboek itself
 * (logboek.yaml) and the marker on a rule that restricts a betrokkene's right of access
 * (AVG art. 23, UAVG art. 41). Kept apart from the rule schemas so they stay small.
 */
import { z } from 'zod';

const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** On a rule: entries decided by it are held back from a betrokkene's inzage, on these grounds. */
export const InzagebeperkingSchema = z
  .strictObject({
    grondslagen: z
      .array(z.string().regex(ID, { error: 'Een grondslag is een id uit grondslagen.yaml.' }))
      .min(1)
      .meta({
        description:
          'Grondslagen uit grondslagen.yaml die de beperking dragen, zoals uavg-41 (AVG art. 23, UAVG art. 41).',
      }),
    uitleg: z.string().min(1).meta({
      description:
        'Waarom de betrokkene regels op grond van deze regel niet te zien krijgt; de FG ziet deze uitleg bij een inzageverzoek.',
    }),
  })
  .meta({
    title: 'Inzagebeperking',
    description:
      'Beperking van het inzagerecht: logboekregels van deze regel blijven buiten het inzageoverzicht voor de betrokkene en worden apart aan de FG getoond.',
  });

/** logboek.yaml: how long logboek entries are kept. */
export const LogboekBestandSchema = z
  .strictObject({
    bewaartermijn: z
      .number()
      .int({ error: 'De bewaartermijn van het logboek is een heel aantal maanden, zoals 84.' })
      .min(1)
      .max(1200)
      .meta({
        description:
          'Bewaartermijn van logboekregels in maanden. Minstens zo lang als de langste bewaartermijn van signalen, zodat de FG elke verwerking kan verantwoorden.',
      }),
  })
  .meta({
    title: 'Ketenpoort: logboek',
    description: 'Hoe lang logboekregels worden bewaard (logboek.yaml).',
  });

export type Inzagebeperking = z.infer<typeof InzagebeperkingSchema>;
export type LogboekBestand = z.infer<typeof LogboekBestandSchema>;
