/**
 * @module
 * The zod schemas of the jurist's policy files. They are the single source for validation
 * and for the JSON Schema an editor uses (`ketenpoort beleid schema`), so every field carries
 * a Dutch title and description and no schema transforms its input.
 */
import { z } from 'zod';
import { SOORTEN } from '../identity/soorten.js';
import { PARTNERSOORTEN } from './categorieen.js';
import {
  GEMEENTE,
  idVeld,
  lijst,
  PSEUDONIEM,
  patroon,
  TELEFOON,
  tekst,
} from './schema-bouwstenen.js';
import { RegioSchema } from './schema-regio.js';
import { PARTNERSOORT_OMSCHRIJVING } from './woorden.js';

export {
  type RegelsBestand,
  RegelsBestandSchema,
  type VerbodRegel,
  VerbodRegelSchema,
  type VerstrekRegel,
  VerstrekRegelSchema,
} from './schema-regels.js';

/** partners.yaml: every ketenpartner the gateway knows. */
export const PartnersBestandSchema = z
  .strictObject({
    partners: lijst(
      z
        .strictObject({
          id: idVeld(
            'Partner-id',
            'Vaste naam van de partner, zoals vtgv; regels verwijzen ernaar.',
          ),
          naam: tekst('Naam', 'Naam van de organisatie.'),
          soort: idVeld(
            'Soort',
            `Soort organisatie; regels kunnen een hele soort aanwijzen met soort:<soort>. Bekend: ${PARTNERSOORTEN.map((s) => `${s} (${PARTNERSOORT_OMSCHRIJVING[s]})`).join(', ')}; een regio voegt een soort toe door hem hier te noemen, zoals coa of kmar.`,
          ),
          contact: z
            .strictObject({
              email: z
                .email({
                  error:
                    'Geen geldig e-mailadres: gebruik een functionele mailbox, zoals meldpunt@organisatie.nl.',
                })
                .meta({
                  title: 'E-mail',
                  description: 'Functionele mailbox, zoals meldpunt@organisatie.nl.',
                })
                .optional(),
              telefoon: patroon(
                /^\+[1-9][0-9]{7,14}$/,
                TELEFOON,
                'Telefoon',
                'Functionele lijn, internationaal geschreven.',
              ).optional(),
            })
            .meta({
              title: 'Contact',
              description:
                'Functioneel contact: een mailbox of lijn van de organisatie, nooit een persoon.',
            }),
          gemeenten: lijst(
            patroon(/^GM[0-9]{4}$/, GEMEENTE, 'Gemeentecode', 'CBS-code, zoals GM0402.'),
            'Gemeenten',
            'CBS-codes van de gemeenten waarvoor de partner werkt.',
          ),
        })
        .meta({ title: 'Partner' }),
      'Partners',
      'De ketenpartners.',
    ),
    regio: RegioSchema.optional(),
    ketenrollen: z
      .record(
        idVeld('Ketenrol', 'Naam van de rol in de keten, zoals meldpunt of zorgcoordinator.'),
        idVeld('Partner-id', 'De partner die deze rol in de regio vervult.').nullable().meta({
          title: 'Partner',
          description:
            'Id uit de lijst partners, of leeg (null) zolang nog niemand de rol vervult.',
        }),
      )
      .optional()
      .meta({
        title: 'Ketenrollen',
        description:
          'Wie in de regio een vaste rol in de keten vervult, zoals het regionale meldpunt of de zorgcoördinator. Een partner kan een signaal aan een ketenrol overdragen; de poort zoekt hier op welke partner dat is.',
      }),
    regisseurs: z
      .record(
        idVeld('Doel', 'Id uit doelen.yaml.'),
        idVeld(
          'Regisseur',
          'Een partner-id, of de naam van een ketenrol: wie voor dit doel als regisseur wordt voorgesteld.',
        ),
      )
      .optional()
      .meta({
        title: 'Standaardregisseurs',
        description:
          'Per doel de partner die de poort als regisseur van een casus voorstelt, zoals de zorgcoördinator voor slachtofferzorg of de gemeente voor de bestuurlijke aanpak. Voorgesteld, niet aangewezen: de partner neemt de regie aan of wijst haar af. Een regisseur die zelf geen signaal in de casus heeft, wordt overgeslagen.',
      }),
  })
  .meta({
    title: 'Ketenpoort: partners',
    description: 'De ketenpartners van de regio (partners.yaml).',
  });

/** grondslagen.yaml: the catalogue of legal bases rules may cite. */
export const GrondslagenBestandSchema = z
  .strictObject({
    grondslagen: lijst(
      z
        .strictObject({
          id: idVeld('Grondslag-id', 'Vaste naam van de grondslag, zoals wmo-4.1.1.'),
          titel: tekst('Titel', 'Korte titel.'),
          wet: tekst(
            'Wet',
            'De wet, verordening of het convenant, zoals Wet maatschappelijke ondersteuning 2015.',
          ),
          artikel: tekst('Artikel', 'Artikel en lid, zoals artikel 4.1.1, tweede lid.'),
          link: z
            .url({
              protocol: /^https$/,
              error:
                'De link moet een https-adres zijn, bij voorkeur op wetten.overheid.nl of eur-lex.europa.eu.',
            })
            .meta({
              title: 'Vindplaats',
              description:
                'Officiële vindplaats: wetten.overheid.nl met het BWB-id (https://wetten.overheid.nl/BWBR0035362/) of EUR-Lex.',
            }),
          toelichting: tekst('Toelichting', 'Waarom en wanneer deze grondslag van toepassing is.'),
        })
        .meta({ title: 'Grondslag' }),
      'Grondslagen',
      'De grondslagen.',
    ),
  })
  .meta({
    title: 'Ketenpoort: grondslagen',
    description: 'De catalogus van grondslagen (grondslagen.yaml).',
  });

/** doelen.yaml: the purposes for which partners register signals and receive disclosures. */
export const DoelenBestandSchema = z
  .strictObject({
    doelen: lijst(
      z
        .strictObject({
          id: idVeld('Doel-id', 'Vaste naam van het doel, zoals zorgcoordinatie.'),
          titel: tekst('Titel', 'Korte titel.'),
          omschrijving: tekst('Omschrijving', 'Wat een partner met dit doel doet.'),
        })
        .meta({ title: 'Doel' }),
      'Doelen',
      'De doelen.',
    ),
  })
  .meta({ title: 'Ketenpoort: doelen', description: 'De doelen (doelen.yaml).' });

/** uitgesloten.yaml: entities no match may ever use, each a pseudonym of one version and key. */
export const UitgeslotenBestandSchema = z
  .strictObject({
    uitgesloten: z
      .array(
        z
          .strictObject({
            soort: z.enum(SOORTEN).meta({ title: 'Soort', description: 'Soort gegeven.' }),
            versie: z.enum(['v1', 'v2']).meta({
              title: 'Versie',
              description: 'Versie van het pseudoniem; dezelfde als in pseudoniemen.yaml.',
            }),
            sleutel: idVeld(
              'Sleutel',
              'Id van de sleutel waarmee het pseudoniem is berekend (ketensleutel bij v1, sleutel van de sleutelbewaarder bij v2).',
            ),
            pseudoniem: patroon(
              /^(?:[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{86})$/,
              PSEUDONIEM,
              'Pseudoniem',
              'Pseudoniem v1 (43 tekens base64url) of v2 (86 tekens).',
            ),
            omschrijving: tekst(
              'Omschrijving',
              'Wat dit is en waarom het is uitgesloten (zonder persoonsgegevens).',
            ),
          })
          .meta({ title: 'Uitgesloten entiteit' }),
      )
      .meta({ title: 'Uitgesloten', description: 'Uitgesloten entiteiten.' }),
  })
  .meta({
    title: 'Ketenpoort: uitgesloten entiteiten',
    description: 'Entiteiten waarop nooit een overeenkomst ontstaat (uitgesloten.yaml).',
  });

export type PartnersBestand = z.infer<typeof PartnersBestandSchema>;
export type GrondslagenBestand = z.infer<typeof GrondslagenBestandSchema>;
export type DoelenBestand = z.infer<typeof DoelenBestandSchema>;
export type UitgeslotenBestand = z.infer<typeof UitgeslotenBestandSchema>;
