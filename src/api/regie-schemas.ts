/**
 * @module
 * The bodies of regie (issue 17): a casus as its member sees it, a proposal, an answer, and the
 * inbox items of each, as GET /v1/meldingen shows them.
 */
import { z } from '@hono/zod-openapi';
import { REGIE_ANTWOORDEN } from '../matching/regie.js';
import { TERMIJN_SOORTEN } from '../matching/termijn.js';
import { STERKTES, UITBUITINGSVORMEN } from '../policy/categorieen.js';

const PartnerNaam = z.object({ id: z.string(), naam: z.string() });
const Contact = z.object({ email: z.string().optional(), telefoon: z.string().optional() });
const casusId = z
  .string()
  .openapi({ description: 'Id van de casus', example: 'k2Jd0x3mQ1aZ8vWc7bY6nA' });

/** Who leads, as far as the regisseur's rule toward you allows. */
export const RegieZichtSchema = z
  .object({
    belegd: z.literal(true),
    regisseur: PartnerNaam.optional().openapi({
      description: 'Alleen als de regel van de regisseur u de partner laat weten',
    }),
    contact: Contact.optional().openapi({
      description: 'Alleen als de regel van de regisseur u het functionele contact geeft',
    }),
    doel: z.string().optional().openapi({ description: 'Alleen als u zelf de regisseur bent' }),
  })
  .openapi('RegieZicht');

export const CasussenSchema = z
  .object({
    signaal: z.string(),
    casussen: z.array(
      z
        .object({
          id: casusId,
          regie: RegieZichtSchema.optional().openapi({
            description:
              'Ontbreekt als niemand regie heeft, en ook als de regel van de regisseur u niets laat weten',
          }),
        })
        .openapi('Casus'),
    ),
    logboekId: z.number().int(),
  })
  .openapi('Casussen');

export const RegieVerzoekSchema = z
  .object({
    naar: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'een partner-id uit het beleid')
      .optional()
      .openapi({
        description:
          'De voorgestelde regisseur: uw eigen partner-id om de regie te nemen; zonder naar de standaardregisseur die het beleid voor het doel noemt',
        example: 'zorgcoordinator-gv',
      }),
    doel: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'een doel uit doelen.yaml')
      .openapi({ example: 'zorgcoordinatie' }),
  })
  .strict()
  .openapi('RegieVerzoek');

export const VoorstelAntwoordSchema = z
  .object({
    voorstel: z.string(),
    casus: casusId,
    naar: z.string(),
    doel: z.string(),
    status: z.enum(['open', 'aangenomen']).openapi({
      description:
        'aangenomen als u de regie zelf nam; anders open, ook als de voorgestelde partner niet in de casus zit',
    }),
    logboekId: z.number().int(),
  })
  .openapi('RegieVoorstelAntwoord');

export const RegieReactieSchema = z
  .object({ antwoord: z.enum(REGIE_ANTWOORDEN) })
  .strict()
  .openapi('RegieReactie');

export const RegieReactieAntwoordSchema = z
  .object({
    voorstel: z.string(),
    casus: casusId,
    antwoord: z.enum(REGIE_ANTWOORDEN),
    logboekId: z.number().int(),
  })
  .openapi('RegieReactieAntwoord');

/** A proposal that your organisation take regie (its casus via `signaal` of the notice). */
export const RegievoorstelBerichtSchema = z
  .object({
    voorstel: z.string().openapi({ description: 'Id van het voorstel, om te beantwoorden' }),
    casus: casusId,
    doel: z.string(),
    partner: PartnerNaam.optional().openapi({
      description: 'Wie voorstelt, als diens regel het u laat weten',
    }),
    contact: Contact.optional(),
    standaard: z.literal(true).optional().openapi({
      description:
        'De poort stelt u zelf voor, als standaardregisseur van het doel (partners.yaml, regisseurs)',
    }),
    logboekId: z.number().int(),
  })
  .openapi('RegievoorstelBericht');

/** The answer to a proposal your organisation made. */
export const RegieantwoordBerichtSchema = z
  .object({
    voorstel: z.string(),
    casus: casusId,
    antwoord: z.enum(REGIE_ANTWOORDEN),
    logboekId: z.number().int(),
  })
  .openapi('RegieantwoordBericht');

/** Regie of a casus you are in was given or handed over. */
export const RegieBerichtSchema = z
  .object({ casus: casusId, logboekId: z.number().int() })
  .extend(RegieZichtSchema.omit({ doel: true }).shape)
  .openapi('RegieBericht');

/** A termijn you wait on has passed (issue 17): your overdracht, proposal, request or casus. */
export const TermijnBerichtSchema = z
  .object({
    soort: z.enum(TERMIJN_SOORTEN),
    overdracht: z.string().optional(),
    voorstel: z.string().optional(),
    casus: z.string().optional(),
    vraag: z.string().optional(),
    doel: z.string().optional(),
    verstrekenOp: z.string().openapi({ format: 'date-time' }),
    logboekId: z.number().int(),
  })
  .openapi('TermijnBericht');

/**
 * To the escalation partner: a termijn that passed, named as the rules allow. For an overdracht
 * `van` is the owner and `naar` the recipient; for a regie proposal the proposer and the
 * proposed partner; for a request for terugkoppeling the asker and the owner; for a casus
 * without regie `leden` names its members.
 */
export const EscalatieBerichtSchema = z
  .object({
    soort: z.enum(TERMIJN_SOORTEN),
    doel: z.string(),
    van: PartnerNaam.optional().openapi({
      description:
        'De eigenaar (overdracht), voorsteller (regie) of vrager (terugkoppeling), als diens regel het u laat weten',
    }),
    naar: PartnerNaam.optional().openapi({
      description: 'Wie niet op tijd antwoordde, als diens regel het u laat weten',
    }),
    leden: z.array(PartnerNaam).optional().openapi({
      description:
        'Bij een casus zonder regie: de leden wier regel u de partner laat weten; alleen als de regels van ten minste twee partners het u laten weten, hoort u het',
    }),
    verstrekenOp: z.string().openapi({ format: 'date-time' }),
    logboekId: z.number().int(),
  })
  .openapi('EscalatieBericht');

/** To the meldpunt: soft signals stacked in one casus, with what the sources' rules allow. */
export const StapelBerichtSchema = z
  .object({
    stapelmelding: z.string(),
    regel: z.string().openapi({ description: 'De stapelregel die afging' }),
    casus: casusId,
    doel: z.string(),
    aantal: z
      .number()
      .int()
      .openapi({ description: 'Getelde signalen: alleen die de bron u laat weten' }),
    partners: z.number().int().openapi({ description: 'Van zoveel verschillende partners' }),
    uitbuitingsvormen: z.array(z.enum(UITBUITINGSVORMEN)).optional(),
    sterktes: z.array(z.enum(STERKTES)).optional(),
    contacten: z
      .array(z.object({ id: z.string(), naam: z.string(), contact: Contact.optional() }))
      .optional()
      .openapi({
        description: 'Alleen partners wier regel u de partner (en het contact) laat weten',
      }),
    logboekId: z.number().int(),
  })
  .openapi('StapelBericht');
