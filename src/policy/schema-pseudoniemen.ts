/**
 * @module
 * pseudoniemen.yaml: which pseudonym version this deployment accepts and, for version 2, the
 * sleutelbewaarder's public keys the clients check every answer against (docs/pseudoniemen.md).
 * Part of the signed policy set, so a key is in the policy hash and changes only with it.
 */
import { z } from 'zod';
import { idVeld, patroon, tekst } from './schema-bouwstenen.js';

const PUBLIEK =
  'Een publieke sleutel is 43 tekens base64url (32 bytes); de sleutelbewaarder drukt hem af.';

export const PseudoniemenBestandSchema = z
  .strictObject({
    versie: z.enum(['v1', 'v2']).meta({
      title: 'Versie',
      description:
        'v2 (standaard): pseudoniemen via de sleutelbewaarder (OPRF). v1: HMAC met een gedeelde ketensleutel, alleen voor een regio die die al heeft uitgedeeld. De poort weigert de andere versie.',
    }),
    ketensleutel: idVeld(
      'Ketensleutel',
      'Alleen bij versie v1: id van de ketensleutel waarmee partners pseudoniemen berekenen.',
    ).optional(),
    sleutelbewaarder: z
      .strictObject({
        sleutels: z
          .array(
            z
              .strictObject({
                id: idVeld('Sleutel-id', 'Id van de sleutel, zoals gv-2026-1.'),
                publiek: patroon(/^[A-Za-z0-9_-]{43}$/, PUBLIEK, 'Publieke sleutel', PUBLIEK),
                omschrijving: tekst('Omschrijving', 'Sinds wanneer en waarvoor.').optional(),
              })
              .meta({ title: 'Sleutel' }),
          )
          .min(1)
          .max(2)
          .meta({
            title: 'Sleutels',
            description: 'Eén sleutel, of twee tijdens een sleutelwissel.',
          }),
      })
      .meta({
        title: 'Sleutelbewaarder',
        description: 'Alleen bij versie v2: de vastgepinde publieke sleutels.',
      })
      .optional(),
  })
  .meta({
    title: 'Ketenpoort: pseudoniemen',
    description: 'Versie van de pseudoniemen en de vastgepinde sleutels (pseudoniemen.yaml).',
  });

export type PseudoniemenBestand = z.infer<typeof PseudoniemenBestandSchema>;
