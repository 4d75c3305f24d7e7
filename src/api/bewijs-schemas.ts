/**
 * @module
 * Bodies of the logboek's proof routes (checkpoints, proofs, cosignatures, verification). Hashes are standard base64, as in the checkpoints
 * themselves (c2sp.org/tlog-checkpoint), so any RFC 9162 library can check them.
 */
import { z } from '@hono/zod-openapi';

const Hash = z.string().openapi({
  description: 'SHA-256-hash, base64',
  example: '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
});

export const CheckpointSchema = z
  .object({
    origin: z.string().openapi({ example: 'demo.ketenpoort.example/logboek' }),
    grootte: z.number().int().openapi({
      description: 'Aantal bladen in de boom: één per verzoek, hoeveel regels elk ook heeft',
    }),
    root: Hash,
    note: z.string().openapi({
      description:
        'Het checkpoint als C2SP signed note: origin, grootte en root, de handtekening van het logboek en de cosignaturen (cosignature/v1) van de getuigen',
    }),
    cosignaturen: z.number().int().openapi({ description: 'Aantal getuigen dat tekende' }),
    gemaaktOp: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Checkpoint');

export const InclusiebewijsSchema = z
  .object({
    blad: z.number().int().openapi({ description: 'Nummer van het blad: één per verzoek' }),
    index: z.number().int().openapi({ description: 'Plaats in de boom: blad - 1' }),
    grootte: z.number().int().openapi({ description: 'Grootte van het checkpoint' }),
    leafHash: Hash,
    bewijs: z.array(Hash).openapi({ description: 'RFC 9162 inclusion proof, van blad naar root' }),
    checkpoint: z.string().openapi({ description: 'Het ondertekende checkpoint van die grootte' }),
    inhoud: z.string().optional().openapi({
      description:
        'Het blad zelf (canonieke JSON): verzoek, tijdstip en per partij de hash van haar deel. De leaf hash is SHA-256(0x00 || inhoud). Een blad van vóór één blad per verzoek is één logboekregel: dat krijgt u alleen als u die regel volledig mag zien',
    }),
    deel: z
      .object({
        partij: z.string(),
        zout: z.string().openapi({ description: 'Het zout van dit deel, base64url' }),
        regels: z.string().openapi({
          description:
            'De regels van dit verzoek zoals uw organisatie ze mag zien, als canonieke JSON-lijst; SHA-256(zout || regels), base64url, staat in het blad onder delen.<partij>',
        }),
      })
      .optional()
      .openapi({ description: 'Het deel van uw organisatie in dit blad' }),
    regel: z.string().optional().openapi({
      description:
        'Bij een blad van vóór één blad per verzoek: de canonieke logboekregel, als uw organisatie erin handelt en hem volledig mag zien',
    }),
  })
  .openapi('Inclusiebewijs');

export const ConsistentiebewijsSchema = z
  .object({
    van: z.number().int(),
    tot: z.number().int(),
    bewijs: z.array(Hash).openapi({ description: 'RFC 9162 consistency proof' }),
  })
  .openapi('Consistentiebewijs');

export const CosignatuurVerzoekSchema = z
  .object({
    grootte: z.number().int().min(1).openapi({ description: 'Grootte van het checkpoint' }),
    cosignatuur: z.string().max(300).openapi({
      description: 'Eén regel `— <getuige> <base64>` (c2sp.org/tlog-cosignature, cosignature/v1)',
    }),
  })
  .openapi('CosignatuurVerzoek');

export const CosignatuurSchema = z
  .object({
    grootte: z.number().int(),
    getuige: z.string(),
    tijd: z.string().openapi({ format: 'date-time', description: 'Tijd in de cosignatuur' }),
    cosignaturen: z.number().int().openapi({ description: 'Getuigen van dit checkpoint nu' }),
  })
  .openapi('Cosignatuur');

export const VerificatieSchema = z
  .object({
    geldig: z.boolean(),
    bladen: z.number().int().openapi({ description: 'Gelezen bladen: de grootte van de boom' }),
    regels: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Gelezen logboekregels; alleen voor de FG van de poort' }),
    checkpoints: z.array(
      z.object({
        grootte: z.number().int(),
        geldig: z.boolean(),
        cosignaturen: z.number().int(),
        getuigen: z.array(z.string()),
      }),
    ),
    fouten: z
      .array(
        z.object({
          plaats: z.string().openapi({ example: 'blad 17' }),
          blad: z.number().int().nullable(),
          volgnummer: z.number().int().nullable(),
          grootte: z.number().int().nullable(),
          wat: z.string(),
        }),
      )
      .openapi({ description: 'Wat niet klopt; de eerste is de eerste foute plaats' }),
    vervolg: z.string().nullable().openapi({
      description:
        'Niet leeg: dit antwoord controleerde een deel van het logboek (tot en met blad `bladen`). Vraag het volgende deel met `?vervolg=` en deze waarde; `geldig` zegt of alles tot nu toe klopt. Leeg (null): de controle is af.',
    }),
  })
  .openapi('Verificatie');
