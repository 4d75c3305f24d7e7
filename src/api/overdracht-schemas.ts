/**
 * @module
 * The inbox items of an overdracht and of its answer (issue 16), as GET /v1/meldingen shows them.
 */
import { z } from '@hono/zod-openapi';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from '../policy/categorieen.js';
import { ANTWOORDEN, NIET_VOOR_ONS_REDENEN } from '../policy/overdracht-woorden.js';
import {
  GEEN_PERSPECTIEF_REDENEN,
  STATUSSEN,
  UITKOMSTEN,
} from '../policy/terugkoppeling-woorden.js';

const PartnerNaam = z.object({ id: z.string(), naam: z.string() });

/** An overdracht to your organisation: who hands it, its functional contact, what the rule grants. */
export const OverdrachtBerichtSchema = z
  .object({
    overdracht: z.string().openapi({ description: 'Id van de overdracht, om te beantwoorden' }),
    van: PartnerNaam,
    contact: z.object({ email: z.string().optional(), telefoon: z.string().optional() }),
    doel: z.string(),
    ketenrol: z.string().optional().openapi({
      description: 'De ketenrol waarin u de overdracht kreeg, als de overdrager een rol noemde',
    }),
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

/** A status of a signal you are linked to (terugkoppeling), as far as its owner's rule allows. */
export const TerugkoppelingBerichtSchema = z
  .object({
    overdracht: z
      .string()
      .optional()
      .openapi({ description: 'Uw overdracht waaruit het signaal is overgenomen' }),
    vraag: z.string().optional().openapi({ description: 'Uw vraag om terugkoppeling' }),
    verstrekking: z.number().int().optional().openapi({
      description: 'Het blad van het logboek waarin u het signaal als overlap kreeg (logboekId)',
    }),
    partner: PartnerNaam.optional(),
    status: z.enum(STATUSSEN),
    reden: z.enum(GEEN_PERSPECTIEF_REDENEN).optional(),
    uitkomst: z.enum(UITKOMSTEN).optional(),
    logboekId: z.number().int(),
  })
  .openapi('TerugkoppelingBericht');

/** A request for terugkoppeling on your own signal (its id is in `signaal` of the notice). */
export const TerugkoppelingsvraagBerichtSchema = z
  .object({
    vraag: z.string(),
    van: PartnerNaam.optional().openapi({
      description: 'Wie vraagt, alleen als diens eigen regel u de partner laat weten',
    }),
    gevraagdVoor: z.string().openapi({ description: 'Gevraagd voor deze datum, JJJJ-MM-DD' }),
    logboekId: z.number().int(),
  })
  .openapi('TerugkoppelingsvraagBericht');
