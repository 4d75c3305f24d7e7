/**
 * @module
 * The sleutelbewaarder's own signed configuration: which partners may ask for evaluations,
 * their public token keys and their quotas. Signed with the sleutelbewaarder's beheerder key
 * (Ed25519 over the exact bytes of the file), not part of the gateway's policy: otherwise the
 * gateway's operator could add a partner and compute pseudonyms. It also names the identity
 * providers whose tokens it trusts for people in a browser (`uitgevers`): each issuer belongs to
 * one partner of this file and counts against that partner's quotas.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { base64url, vanBase64url } from '../encoding/base64url.js';

/** The audience of every token the sleutelbewaarder accepts; the gateway's is `ketenpoort`. */
export const SLEUTELBEWAARDER_AUD = 'ketenpoort-sleutelbewaarder';

export { SLEUTELBEWAARDER_RESOURCE } from '../client/sleutelbewaarder-resource.js';

const Jwk = z.looseObject({ kty: z.string(), kid: z.string().min(1) });
const PartnerId = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);

export const ConfiguratieSchema = z
  .strictObject({
    partners: z
      .array(
        z.strictObject({
          id: PartnerId,
          sleutels: z.array(Jwk).min(1),
          quotum: z.strictObject({
            perVerzoek: z.number().int().min(1).max(1000),
            perDag: z.number().int().min(1),
          }),
        }),
      )
      .min(1),
    /** Identity providers trusted for people in a browser; none: only signed partner tokens. */
    uitgevers: z
      .array(
        z.strictObject({
          /** The issuer (`iss`) exactly as its tokens name it. */
          issuer: z.url(),
          /** Where the issuer publishes its signing keys (its `jwks_uri`). */
          jwks: z.url(),
          /** The partner of this file whose members log in there. */
          partner: PartnerId,
          /** A token must carry one of these in its `rollen` claim. */
          rollen: z.array(z.string().min(1)).min(1),
        }),
      )
      .optional(),
    /** The web origins (the gateway's werkplek) whose pages may call it from a browser (CORS). */
    herkomsten: z
      .array(z.url().refine((u) => new URL(u).origin === u, 'alleen een origin, zonder pad'))
      .optional(),
  })
  .superRefine((c, ctx) => {
    const ids = new Set(c.partners.map((p) => p.id));
    const issuers = new Set<string>();
    for (const [i, u] of (c.uitgevers ?? []).entries()) {
      if (!ids.has(u.partner)) {
        ctx.addIssue({
          code: 'custom',
          path: ['uitgevers', i, 'partner'],
          message: `${u.partner} staat niet onder partners; een uitgever telt mee voor de quota van een partner`,
        });
      }
      if (issuers.has(u.issuer)) {
        ctx.addIssue({
          code: 'custom',
          path: ['uitgevers', i, 'issuer'],
          message: `${u.issuer} staat er twee keer; een uitgever hoort bij één partner`,
        });
      }
      issuers.add(u.issuer);
    }
  });

export type Configuratie = z.infer<typeof ConfiguratieSchema>;

/** Signs the configuration's bytes; the signature file holds base64url of 64 bytes. */
export function ondertekenConfiguratie(tekst: string, beheerderGeheim: Uint8Array): string {
  return base64url(ed25519.sign(new TextEncoder().encode(tekst), beheerderGeheim));
}

/** The beheerder's public key for a secret (both 32 bytes). */
export function beheerderPubliek(geheim: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(geheim);
}

/**
 * Checks the signature and the content; throws with what to fix. A configuration that is not
 * signed by the beheerder key given at start is never used (fail closed).
 */
export function leesConfiguratieTekst(
  tekst: string,
  handtekening: string,
  beheerder: Uint8Array,
): Configuratie {
  let geldig = false;
  try {
    geldig = ed25519.verify(
      vanBase64url(handtekening.trim()),
      new TextEncoder().encode(tekst),
      beheerder,
    );
  } catch {
    geldig = false;
  }
  if (!geldig) {
    throw new Error(
      'De handtekening onder de configuratie van de sleutelbewaarder klopt niet met de beheerderssleutel. Onderteken de configuratie opnieuw (ketenpoort sleutelbewaarder onderteken).',
    );
  }
  const r = ConfiguratieSchema.safeParse(JSON.parse(tekst));
  if (!r.success) {
    const p = r.error.issues[0];
    throw new Error(
      `De configuratie van de sleutelbewaarder is ongeldig bij ${p?.path.join('.') ?? '?'}: ${p?.message ?? ''}`,
    );
  }
  return r.data;
}
