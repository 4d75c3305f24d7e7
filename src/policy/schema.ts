/**
 * @module
 * The zod schemas of the jurist's policy files. They are the single source for validation
 * and for the JSON Schema an editor uses, so every field carries a Dutch description and
 * no schema transforms its input.
 */
import { z } from 'zod';
import { SOORTEN } from '../identity/soorten.js';
import { PARTNERSOORTEN, ROLLEN, STERKTES, UITBUITINGSVORMEN, VELDEN } from './categorieen.js';
import { InzagebeperkingSchema } from './schema-fg.js';

const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const id = z
  .string()
  .regex(ID, {
    error:
      'Een id bestaat uit kleine letters, cijfers, punten en streepjes, zoals vtgv-zorgcoordinatie.',
  })
  .meta({ description: 'Vaste naam (kleine letters, cijfers, punt en streepje).' });

const tekst = (beschrijving: string) => z.string().min(1).meta({ description: beschrijving });

const lijst = <T extends z.ZodType>(element: T, beschrijving: string) =>
  z.array(element).min(1).meta({ description: beschrijving });

const maanden = z
  .number()
  .int({ error: 'Een bewaartermijn is een heel aantal maanden, zoals 24.' })
  .min(1)
  .max(120)
  .meta({ description: 'Bewaartermijn in maanden (1 tot en met 120).' });

/** partners.yaml: every ketenpartner the gateway knows. */
export const PartnersBestandSchema = z.strictObject({
  partners: lijst(
    z.strictObject({
      id,
      naam: tekst('Naam van de organisatie.'),
      soort: z.enum(PARTNERSOORTEN).meta({ description: 'Soort organisatie.' }),
      contact: z
        .strictObject({
          email: z
            .email({
              error:
                'Geen geldig e-mailadres: gebruik een functionele mailbox, zoals meldpunt@organisatie.nl.',
            })
            .optional(),
          telefoon: z
            .string()
            .regex(/^\+[1-9][0-9]{7,14}$/, {
              error:
                "Schrijf het telefoonnummer internationaal (E.164), zoals '+31881234567', tussen aanhalingstekens.",
            })
            .optional(),
        })
        .meta({
          description:
            'Functioneel contact: een mailbox of lijn van de organisatie, nooit een persoon.',
        }),
      gemeenten: lijst(
        z.string().regex(/^GM[0-9]{4}$/, {
          error: 'Een gemeentecode is de CBS-code: GM en vier cijfers, zoals GM0402.',
        }),
        'CBS-codes van de gemeenten waarvoor de partner werkt.',
      ),
    }),
    'De ketenpartners.',
  ),
});

/** grondslagen.yaml: the catalogue of legal bases rules may cite. */
export const GrondslagenBestandSchema = z.strictObject({
  grondslagen: lijst(
    z.strictObject({
      id,
      titel: tekst('Korte titel.'),
      wet: tekst('De wet of het document, zoals Wmo 2015.'),
      artikel: tekst('Artikel en lid, zoals artikel 4.1.1, tweede lid.'),
      link: z
        .url({
          protocol: /^https$/,
          error:
            'De link moet een https-adres zijn, bij voorkeur op wetten.overheid.nl of eur-lex.europa.eu.',
        })
        .meta({ description: 'Officiële vindplaats (wetten.overheid.nl of EUR-Lex).' }),
      toelichting: tekst('Waarom en wanneer deze grondslag van toepassing is.'),
    }),
    'De grondslagen.',
  ),
});

/** doelen.yaml: the purposes for which partners register signals and receive disclosures. */
export const DoelenBestandSchema = z.strictObject({
  doelen: lijst(
    z.strictObject({
      id,
      titel: tekst('Korte titel.'),
      omschrijving: tekst('Wat een partner met dit doel doet.'),
    }),
    'De doelen.',
  ),
});

/** uitgesloten.yaml: entities no match may ever use, as pseudonyms of the region's ketensleutel. */
export const UitgeslotenBestandSchema = z.strictObject({
  ketensleutel: id.meta({
    description: 'Id van de ketensleutel waarmee de pseudoniemen zijn berekend.',
  }),
  uitgesloten: z
    .array(
      z.strictObject({
        soort: z.enum(SOORTEN).meta({ description: 'Soort gegeven.' }),
        pseudoniem: z.string().regex(/^[A-Za-z0-9_-]{43}$/, {
          error: "Een pseudoniem is 43 tekens base64url; bereken het met 'ketenpoort pseudoniem'.",
        }),
        omschrijving: tekst('Wat dit is en waarom het is uitgesloten (zonder persoonsgegevens).'),
      }),
    )
    .meta({ description: 'Uitgesloten entiteiten.' }),
});

const wanneer = z
  .strictObject({
    uitbuitingsvormen: lijst(
      z.enum(UITBUITINGSVORMEN),
      'Geldt als het signaal minstens een van deze vormen heeft.',
    ).optional(),
    sterkte: lijst(z.enum(STERKTES), 'Geldt alleen voor signalen met deze sterkte.').optional(),
    rol: lijst(z.enum(ROLLEN), 'Geldt alleen voor signalen met deze rol.').optional(),
  })
  .meta({ description: 'Voorwaarden aan het signaal; wat ontbreekt geldt altijd.' });

const aan = lijst(
  z.string().min(1),
  "Ontvangers: partner-ids, een groep als 'soort:gemeente', of '*' (alleen bij verboden).",
);

const regelKop = {
  id,
  titel: tekst('Korte titel van de regel.'),
  uitleg: tekst('In gewone taal: waarom dit mag of niet mag.'),
};

/** One `verstrekken` rule: the first key, held by the source partner. */
export const VerstrekRegelSchema = z.strictObject({
  ...regelKop,
  aan,
  doelen: lijst(id, 'Het doel van de ontvanger (het doel van diens eigen signaal).'),
  wanneer: wanneer.optional(),
  gegevens: lijst(z.enum(VELDEN), 'Wat de ontvanger te weten komt.'),
  grondslagen: lijst(id, 'Grondslagen uit grondslagen.yaml.'),
  melden: z.boolean().optional().meta({
    description: 'true: de ontvanger krijgt later ook bericht van nieuwe overeenkomsten.',
  }),
  inzagebeperking: InzagebeperkingSchema.optional(),
});

/** One `verboden` rule: overrides every allow that it matches. */
export const VerbodRegelSchema = z.strictObject({
  ...regelKop,
  aan,
  doelen: lijst(id, 'Geldt alleen voor deze doelen; weglaten: alle doelen.').optional(),
  wanneer: wanneer.optional(),
  grondslagen: lijst(id, 'Grondslagen uit grondslagen.yaml die het verbod dragen.'),
  inzagebeperking: InzagebeperkingSchema.optional(),
});

/** regels/*.yaml: one source partner (or group) with its retention, receiving and disclosure rules. */
export const RegelsBestandSchema = z.strictObject({
  partner: id.meta({ description: 'De partner waarvoor dit bestand geldt.' }).optional(),
  partners: lijst(id, 'De partners waarvoor dit bestand geldt (een groep).').optional(),
  bewaartermijnen: z
    .strictObject({ zacht: maanden.optional(), hard: maanden.optional() })
    .meta({ description: 'Bewaartermijn per sterkte, in maanden.' })
    .optional(),
  ontvangen: z
    .array(
      z.strictObject({
        doel: id,
        grondslagen: lijst(id, 'Grondslagen waarop de partner voor dit doel mag ontvangen.'),
        uitleg: tekst('Waarom de partner voor dit doel mag ontvangen.').optional(),
      }),
    )
    .meta({ description: 'Tweede sleutel: voor welke doelen de partner mag ontvangen.' })
    .optional(),
  verstrekken: z
    .array(VerstrekRegelSchema)
    .meta({ description: 'Eerste sleutel: wie wat mag weten over signalen van deze partner.' })
    .optional(),
  verboden: z
    .array(VerbodRegelSchema)
    .meta({ description: 'Verboden gaan boven elke verstrekkingsregel.' })
    .optional(),
});

export type PartnersBestand = z.infer<typeof PartnersBestandSchema>;
export type GrondslagenBestand = z.infer<typeof GrondslagenBestandSchema>;
export type DoelenBestand = z.infer<typeof DoelenBestandSchema>;
export type UitgeslotenBestand = z.infer<typeof UitgeslotenBestandSchema>;
export type RegelsBestand = z.infer<typeof RegelsBestandSchema>;
export type VerstrekRegel = z.infer<typeof VerstrekRegelSchema>;
export type VerbodRegel = z.infer<typeof VerbodRegelSchema>;
