/**
 * @module
 * Reads the trusted partner keys: one `<partner>.jwks.json` per partner in a folder,
 * each key with a `kid` and the roles it carries; a jurist key also with the jurist's `naam`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { API_ROLLEN, type VertrouwdeSleutel } from '../api/auth/rollen.js';

const Jwks = z.object({
  keys: z
    .array(
      z
        .object({
          kty: z.enum(['OKP', 'EC']),
          kid: z.string().min(1),
          rollen: z.array(z.enum(API_ROLLEN)).min(1),
          naam: z.string().trim().min(1).optional(),
        })
        .passthrough()
        .refine((k) => !('d' in k), 'een vertrouwde sleutel mag geen privé-deel (d) bevatten')
        .superRefine((k, ctx) => {
          if (k.rollen.includes('jurist') && k.naam === undefined)
            ctx.addIssue({
              code: 'custom',
              message: `sleutel '${k.kid}' heeft de rol jurist maar geen naam: voeg "naam": "<naam van de jurist>" toe`,
            });
        }),
    )
    .min(1),
});

/** Map of partner id to its keys; throws naming the file and the problem. */
export function leesVertrouwensbron(map: string): Map<string, VertrouwdeSleutel[]> {
  const bron = new Map<string, VertrouwdeSleutel[]>();
  if (!existsSync(map) || !statSync(map).isDirectory())
    throw new Error(
      `De sleutelmap ${map} bestaat niet (zie KETENPOORT_SLEUTELS): daarin staat per partner een <partner>.jwks.json.`,
    );
  for (const naam of readdirSync(map)) {
    if (!naam.endsWith('.jwks.json')) continue;
    const r = Jwks.safeParse(JSON.parse(readFileSync(join(map, naam), 'utf8')));
    if (!r.success) {
      throw new Error(
        `Sleutelbestand ${join(map, naam)} klopt niet: ${r.error.issues[0]?.message}`,
      );
    }
    bron.set(naam.slice(0, -'.jwks.json'.length), r.data.keys as unknown as VertrouwdeSleutel[]);
  }
  return bron;
}
