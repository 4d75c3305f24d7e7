/**
 * @module
 * The logboek entry as the FG's routes return it: the fields of the canonical entry and the
 * leaf it is in. The gateway's FG reads exactly what is hashed; a partner's FG reads it as its
 * part of the leaf holds it (src/logboek/blad.ts): without what its policy does not let it
 * know, and without the volgnummer.
 */
import { z } from '@hono/zod-openapi';
import { ACTIES } from '../logboek/entry.js';

export const LogboekRegelSchema = z
  .object({
    volgnummer: z.number().int().optional().openapi({
      description:
        'Volgnummer (1, 2, ...) van de regel over het hele logboek; alleen voor de FG van de poort',
    }),
    blad: z.number().int().openapi({
      description:
        'Het blad van de boom (één per verzoek) waarin de regel staat; het inclusiebewijs van dat blad bevat het deel van uw organisatie',
    }),
    tijdstip: z.string().openapi({ format: 'date-time' }),
    actie: z.enum(ACTIES),
    partner: z
      .string()
      .openapi({ description: "Handelende partner, of 'ketenpoort' voor de poort zelf" }),
    gebruiker: z
      .string()
      .nullable()
      .openapi({ description: 'Pseudoniem medewerker- of functie-id uit het token' }),
    bron: z.string().nullable(),
    ontvanger: z.string().nullable(),
    signaal: z.string().nullable(),
    gegevens: z.array(z.string()).openapi({ description: 'Verstrekte gegevens' }),
    doel: z.string().nullable(),
    grondslagen: z.array(z.string()),
    regels: z.array(z.string()).openapi({ description: 'Regel-ids van het besluit' }),
    beleid: z.string().openapi({ description: 'Hash van de beleidsset' }),
    verzoek: z
      .object({
        id: z.string(),
        traceparent: z.string().nullable().openapi({
          description: 'W3C Trace Context van de aanroeper, als die er een meestuurde',
        }),
      })
      .nullable(),
    betrokkene: z
      .array(z.string())
      .openapi({ description: 'Commitments aan de pseudoniemen van de betrokkene' }),
    herstel: z
      .object({
        verlorenVan: z.number().int().openapi({ description: 'Eerste verloren blad' }),
        verlorenTot: z.number().int().openapi({ description: 'Laatste verloren blad' }),
        checkpoint: z.string().openapi({
          description:
            'Het laatste checkpoint dat de poort vóór het verlies ondertekende (signed note)',
        }),
      })
      .optional()
      .openapi({
        description:
          'Alleen bij actie herstel: een teruggezette back-up; welke bladen verloren gingen en het laatste checkpoint ervoor',
      }),
    sleutelwissel: z
      .object({
        vanaf: z.number().int().openapi({
          description: 'Boomgrootte vanaf waar de nieuwe sleutel checkpoints ondertekent',
        }),
        vorige: z.string().openapi({ description: 'De oude checkpointsleutel (vkey)' }),
        vkey: z.string().openapi({ description: 'De nieuwe checkpointsleutel (vkey)' }),
        overdracht: z.string().openapi({
          description: 'De sleutelwissel als signed note, ondertekend door de oude sleutel',
        }),
      })
      .optional()
      .openapi({
        description:
          'Alleen bij actie sleutelwissel: de poort ondertekent checkpoints vanaf hier met een nieuwe sleutel',
      }),
    pseudoniemsleutels: z
      .object({
        versie: z.enum(['v1', 'v2']),
        sleutels: z.array(
          z.object({
            id: z.string().openapi({ description: 'Sleutel-id uit pseudoniemen.yaml' }),
            vingerafdruk: z.string().nullable().openapi({
              description:
                'SHA-256 (hex) van de publieke sleutel van de sleutelbewaarder; null bij een ketensleutel (v1)',
            }),
          }),
        ),
      })
      .optional()
      .openapi({
        description:
          'Alleen bij actie beleid-geladen: de versie van pseudoniemen en de vastgepinde sleutels van het geladen beleid',
      }),
  })
  .openapi('LogboekRegel');
