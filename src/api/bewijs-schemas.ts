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
    grootte: z.number().int().openapi({ description: 'Aantal logboekregels in de boom' }),
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
    volgnummer: z.number().int(),
    index: z.number().int().openapi({ description: 'Plaats in de boom: volgnummer - 1' }),
    grootte: z.number().int().openapi({ description: 'Grootte van het checkpoint' }),
    leafHash: Hash,
    bewijs: z.array(Hash).openapi({ description: 'RFC 9162 inclusion proof, van blad naar root' }),
    checkpoint: z.string().openapi({ description: 'Het ondertekende checkpoint van die grootte' }),
    regel: z.string().optional().openapi({
      description:
        'De canonieke logboekregel (het blad), alleen als uw organisatie erin staat als partner, bron of ontvanger',
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
    regels: z.number().int(),
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
          plaats: z.string().openapi({ example: 'regel 17' }),
          volgnummer: z.number().int().nullable(),
          grootte: z.number().int().nullable(),
          wat: z.string(),
        }),
      )
      .openapi({ description: 'Wat niet klopt; de eerste is de eerste foute plaats' }),
  })
  .openapi('Verificatie');
