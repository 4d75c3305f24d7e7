/**
 * @module
 * How an inzage reads: each entry as the betrokkene may see it (who, when, what, for which
 * doel, on which grondslag, with names from the policy), never the acting employee's id,
 * the commitments or the request ids.
 */
import { z } from '@hono/zod-openapi';
import type { Entry } from '../logboek/entry.js';
import { ACTIES } from '../logboek/entry.js';
import type { Grond } from '../logboek/inzage.js';
import type { Signaal } from '../matching/signaal.js';
import type { Beleid } from '../policy/index.js';

const Naam = z.object({ id: z.string(), naam: z.string() });

const GrondslagSchema = z
  .object({
    id: z.string(),
    titel: z.string().optional(),
    wet: z.string().optional(),
    artikel: z.string().optional(),
    link: z.string().optional(),
  })
  .openapi('InzageGrondslag');

export const InzageRegelSchema = z
  .object({
    volgnummer: z.number().int().optional().openapi({
      description: 'Volgnummer van de logboekregel; alleen voor de FG van de poort',
    }),
    blad: z.number().int().openapi({ description: 'Het blad (verzoek) waarin de regel staat' }),
    tijdstip: z.string().openapi({ format: 'date-time' }),
    actie: z.enum(ACTIES),
    bron: Naam.nullable(),
    ontvanger: Naam.nullable(),
    doel: z.object({ id: z.string(), titel: z.string() }).nullable(),
    grondslagen: z.array(GrondslagSchema),
    gegevens: z.array(z.string()).openapi({ description: 'Verstrekte gegevens' }),
    signaal: z
      .object({
        rol: z.string(),
        uitbuitingsvormen: z.array(z.string()),
        sterkte: z.string(),
        bewaardTot: z.string().openapi({ format: 'date-time' }),
      })
      .optional()
      .openapi({
        description: 'Bij een registratie: wat de partner vastlegde, zolang het signaal bestaat',
      }),
  })
  .openapi('InzageRegel');

export const GrondSchema = z
  .object({
    soort: z.enum(['niet-informeren', 'inzagebeperking', 'signaal-onbekend']),
    partner: z.string().optional(),
    regel: z.string().optional(),
    grondslagen: z.array(GrondslagSchema),
    uitleg: z.string(),
  })
  .openapi('InzageGrond');

/**
 * Resolves ids to the names of the current policy; an id it no longer knows stays bare. The
 * volgnummer only for the gateway's FG (`bereik` null): a partner's FG sees the leaf.
 */
export function inzageWeergave(
  beleid: Beleid,
  signalen: ReadonlyMap<string, Signaal>,
  bereik: string | null,
) {
  const naam = (id: string | null) =>
    id === null ? null : { id, naam: beleid.partners.get(id)?.naam ?? id };
  const grondslag = (id: string) => {
    const g = beleid.grondslagen.get(id);
    return g ? { id, titel: g.titel, wet: g.wet, artikel: g.artikel, link: g.link } : { id };
  };
  const regel = (e: Entry) => {
    const s = e.actie === 'registratie' && e.signaal ? signalen.get(e.signaal) : undefined;
    return {
      ...(bereik === null ? { volgnummer: e.volgnummer } : {}),
      blad: e.blad ?? e.volgnummer,
      tijdstip: e.tijdstip,
      actie: e.actie,
      bron: naam(e.bron),
      ontvanger: naam(e.ontvanger),
      doel:
        e.doel === null ? null : { id: e.doel, titel: beleid.doelen.get(e.doel)?.titel ?? e.doel },
      grondslagen: e.grondslagen.map(grondslag),
      gegevens: e.gegevens,
      ...(s && {
        signaal: {
          rol: s.rol,
          uitbuitingsvormen: s.uitbuitingsvormen,
          sterkte: s.sterkte,
          bewaardTot: new Date(s.vervaltOp).toISOString(),
        },
      }),
    };
  };
  const grond = (g: Grond) => ({ ...g, grondslagen: g.grondslagen.map(grondslag) });
  return { regel, grond };
}
