/**
 * @module
 * The schema of termijnen.yaml (issue 17): in how many werkdagen an overdracht is answered, a
 * regie proposal leads to regie and a new casus gets a regisseur or a proposal, who hears of a
 * termijn that passed (besides the partner that waits), and the days set equal to feestdagen by decree (Algemene termijnenwet art. 3 lid 3).
 */
import { z } from 'zod';
import { idVeld, patroon, tekst } from './schema-bouwstenen.js';

const DATUM = 'Een datum is JJJJ-MM-DD, zoals 2026-04-27.';

const werkdagen = (title: string, description: string) =>
  z
    .number()
    .int({ error: 'Een termijn is een heel aantal werkdagen, zoals 5.' })
    .min(1)
    .max(250)
    .meta({ title, description });

/** termijnen.yaml. */
export const TermijnenBestandSchema = z
  .strictObject({
    termijnen: z
      .strictObject({
        overdracht: werkdagen(
          'Overdracht',
          'Binnen zoveel werkdagen beantwoordt de ontvanger een overdracht; daarna hoort de overdrager het, en de escalatiepartner waar de regels het toestaan.',
        ).optional(),
        regie: werkdagen(
          'Regie',
          'Binnen zoveel werkdagen na een regievoorstel is de regie belegd; daarna hoort de voorsteller het, en de escalatiepartner waar de regels het toestaan.',
        ).optional(),
        casus: werkdagen(
          'Casus zonder regie',
          'Binnen zoveel werkdagen nadat een casus ontstaat (de eerste overlap tussen twee partners) heeft die een regisseur of een open regievoorstel; daarna horen de leden die de casus zien het, en de escalatiepartner waar de regels het toestaan.',
        ).optional(),
      })
      .meta({
        title: 'Termijnen',
        description:
          'Termijnen in werkdagen: maandag tot en met vrijdag, zonder de algemeen erkende feestdagen (Algemene termijnenwet art. 3), in de tijd van Amsterdam. Een gevraagde terugkoppeling heeft de datum die de vrager noemt.',
      }),
    escalatie: idVeld(
      'Escalatie',
      'Een partner-id of ketenrol (zoals meldpunt) die hoort dat een termijn is verstreken, alleen waar de regels van de betrokken partners dat toestaan.',
    ).optional(),
    gelijkgesteld: z
      .array(
        z
          .strictObject({
            datum: patroon(/^\d{4}-\d{2}-\d{2}$/, DATUM, 'Datum', 'De gelijkgestelde dag.'),
            bron: tekst('Bron', 'Het besluit dat de dag gelijkstelt, met vindplaats.'),
            vastgesteld: patroon(
              /^\d{4}-\d{2}-\d{2}$/,
              DATUM,
              'Vastgesteld',
              'De datum van dat besluit.',
            ),
          })
          .meta({ title: 'Gelijkgestelde dag' }),
      )
      .default([])
      .meta({
        title: 'Gelijkgestelde dagen',
        description:
          'Dagen die bij besluit met een algemeen erkende feestdag zijn gelijkgesteld (Algemene termijnenwet art. 3 lid 3), elk met bron en datum. Goede Vrijdag en 5 mei rekent de poort zelf mee, elk jaar.',
      }),
  })
  .meta({
    title: 'Ketenpoort: termijnen',
    description: 'Termijnen na de overlap en wie hoort dat ze verstreken zijn (termijnen.yaml).',
  });

export type TermijnenBestand = z.infer<typeof TermijnenBestandSchema>;
