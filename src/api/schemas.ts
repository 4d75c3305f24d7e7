/**
 * @module
 * Request and response bodies shared by several routes. No free-text field anywhere:
 * every value is a category, a pseudonym, an id or a time.
 */
import { z } from '@hono/zod-openapi';
import { SOORTEN } from '../identity/soorten.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from '../policy/categorieen.js';
import {
  GEEN_PERSPECTIEF_REDENEN,
  STATUSSEN,
  UITKOMSTEN,
} from '../policy/terugkoppeling-woorden.js';
import { SLEUTEL_ID_PATROON, VERSIES } from '../pseudonym/v2.js';

export const API_VERSIE = '1.0.0';

/** The response header every successful answer carries (NL API Design Rules /core/version-header). */
export const VersieKoppen = z.object({
  'API-Version': z
    .string()
    .openapi({ description: 'Volledige versie van de API', example: API_VERSIE }),
});

export const PseudoniemSchema = z
  .object({
    soort: z.enum(SOORTEN).openapi({ description: 'Soort identificerend gegeven' }),
    versie: z.enum(VERSIES).openapi({
      description:
        'Versie van het pseudoniem: v2 (OPRF bij de sleutelbewaarder) of v1 (HMAC met de ketensleutel); een poort neemt er één aan',
      example: 'v2',
    }),
    sleutel: z.string().regex(SLEUTEL_ID_PATROON, 'een sleutel-id zoals demo-v2').openapi({
      description:
        'Id van de sleutel waarmee het pseudoniem is berekend, zoals het beleid hem noemt',
      example: 'demo-v2',
    }),
    waarde: z
      .string()
      .regex(
        /^(?:[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{86})$/,
        'een pseudoniem is 86 (v2) of 43 (v1) tekens base64url (zie docs/pseudoniemen.md)',
      )
      .openapi({
        description: 'Pseudoniem, bij de partner berekend (docs/pseudoniemen.md)',
        example:
          'zRh32N7HDvJc4JG6vE-KvGSvAQMBuM0eZro9Q8VFB5iL1zmeVstfbzJdp8QE0mPD2VCp3E-wKVdT8Ec8-2Z3tg',
      }),
  })
  .refine((p) => p.waarde.length === (p.versie === 'v1' ? 43 : 86), {
    message: 'de lengte van het pseudoniem past niet bij zijn versie (v1: 43, v2: 86 tekens)',
    path: ['waarde'],
  })
  .openapi('Pseudoniem');

export const OverlapItemSchema = z
  .object({
    bestaan: z
      .literal(true)
      .openapi({ description: 'Er is elders een signaal over dezelfde entiteit' }),
    partner: z.object({ id: z.string(), naam: z.string() }).optional(),
    contact: z
      .object({ email: z.string().optional(), telefoon: z.string().optional() })
      .optional()
      .openapi({ description: 'Functioneel contact van de bron (nooit een persoon)' }),
    uitbuitingsvormen: z.array(z.enum(UITBUITINGSVORMEN)).optional(),
    sterkte: z.enum(STERKTES).optional(),
    sinds: z
      .string()
      .optional()
      .openapi({ description: 'Maand van registratie, JJJJ-MM', example: '2026-10' }),
    soorten: z
      .array(z.enum(SOORTEN))
      .optional()
      .openapi({ description: 'Welke soorten gegevens overeenkwamen' }),
    terugkoppeling: z
      .object({
        status: z.enum(STATUSSEN),
        reden: z.enum(GEEN_PERSPECTIEF_REDENEN).optional(),
        uitkomst: z.enum(UITKOMSTEN).optional(),
      })
      .optional()
      .openapi({
        description:
          'De status die de andere partner op zijn signaal bijhoudt, alleen als diens regel u terugkoppeling geeft en deze status noemt',
      }),
    doel: z.string().optional().openapi({
      description:
        'Alleen bij een signaal met meer doelen: het doel waarvoor deze overlap is beslist',
    }),
    logboekId: z.number().int().openapi({
      description:
        'Het blad van het logboek (één per verzoek) waarin deze verstrekking staat; het inclusiebewijs van dat blad bevat uw deel',
    }),
  })
  .openapi('OverlapItem');

/** The query fields of a list read with a cursor: `na` (exclusive) and at most `max` rows. */
export function cursorVelden(max: number) {
  return {
    na: z.coerce.number().int().min(0).default(0).openapi({ description: 'Cursor (exclusief)' }),
    limiet: z.coerce.number().int().min(1).max(max).default(100),
  };
}

export const SignaalIdParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({
      param: { name: 'id', in: 'path' },
      example: '3f0c9a4e-2b7d-4c1e-9a55-0d6b7e8f9a10',
    }),
});

export const SignaalSchema = z
  .object({
    id: z.string(),
    rol: z.enum(ROLLEN),
    uitbuitingsvormen: z.array(z.enum(UITBUITINGSVORMEN)),
    sterkte: z.enum(STERKTES),
    gemeente: z.string(),
    doel: z.string(),
    doelen: z
      .array(z.string())
      .optional()
      .openapi({ description: 'Alleen bij een signaal met meer doelen: alle doelen, doel eerst' }),
    nietInformeren: z.boolean(),
    referentie: z.string().nullable(),
    geregistreerdOp: z.string().openapi({ format: 'date-time' }),
    vervaltOp: z.string().openapi({ format: 'date-time' }),
    ingetrokkenOp: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('Signaal');
