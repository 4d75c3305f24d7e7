/**
 * @module
 * The inbox items of an overdracht and of its answer (issue 16), as GET /v1/meldingen shows them.
 */
import { z } from '@hono/zod-openapi';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from '../policy/categorieen.js';
import { ANTWOORDEN, NIET_VOOR_ONS_REDENEN } from '../policy/overdracht-woorden.js';

const PartnerNaam = z.object({ id: z.string(), naam: z.string() });

/** An overdracht to your organisation: who hands it, its functional contact, what the rule grants. */
export const OverdrachtBerichtSchema = z
  .object({
    overdracht: z.string().openapi({ description: 'Id van de overdracht, om te beantwoorden' }),
    van: PartnerNaam,
    contact: z.object({ email: z.string().optional(), telefoon: z.string().optional() }),
    doel: z.string(),
    uitbuitingsvormen: z.array(z.enum(UITBUITINGSVORMEN)).optional(),
    sterkte: z.enum(STERKTES).optional(),
    rol: z.enum(ROLLEN).optional(),
    sinds: z.string().optional().openapi({ description: 'Maand van registratie, JJJJ-MM' }),
    referentie: z
      .string()
      .optional()
      .openapi({ description: 'Het betekenisloze kenmerk van de overdrager, nooit een naam' }),
    logboekId: z.number().int(),
  })
  .openapi('OverdrachtBericht');

/** The answer to an overdracht your organisation made. */
export const AntwoordBerichtSchema = z
  .object({
    overdracht: z.string(),
    antwoord: z.enum(ANTWOORDEN),
    reden: z.enum(NIET_VOOR_ONS_REDENEN).optional(),
    naar: PartnerNaam.optional().openapi({
      description:
        'Bij doorgezet: de volgende partner, alleen als diens eigen regel u de partner laat weten',
    }),
    logboekId: z.number().int(),
  })
  .openapi('AntwoordBericht');
