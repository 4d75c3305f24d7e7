/**
 * @module
 * The gateway FG's own credential at the sleutelbewaarder (issue 12): an Ed25519 key pair the
 * FG makes on its own device. The public half goes into the sleutelbewaarder's signed
 * configuration under {@link FG_SLEUTELBEWAARDER_ID} with a small quota; the private half never
 * reaches the gateway, which refuses to start when a file of this format lies under its data
 * folder (src/node/geen-oprf-sleutel.ts repeats the marker; a test keeps both equal).
 */
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** The `soort` every FG key file carries, the marker the gateway looks for. */
export const FG_SLEUTEL_SOORT = 'ketenpoort-fg-sleutelbewaarder-sleutel';

/** The FG's id (`iss`) in the sleutelbewaarder's configuration; no partner has it. */
export const FG_SLEUTELBEWAARDER_ID = 'ketenpoort-fg';

/** A small quota: an inzage asks for at most 50 identifiers (POST /v1/inzage). */
export const FG_QUOTUM = { perVerzoek: 50, perDag: 500 };

/** The private key file as the FG keeps it: a JWK with its issuer and the marker. */
export type FgSleutel = JWK & { kid: string; iss: string; soort: typeof FG_SLEUTEL_SOORT };

/** A new key pair: the file's content, and the configuration entry for the sleutelbewaarder. */
export async function nieuweFgSleutel(kid: string): Promise<{
  prive: FgSleutel;
  configuratie: {
    id: string;
    sleutels: Array<JWK & { kty: string; kid: string }>;
    quotum: typeof FG_QUOTUM;
  };
}> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  const publiek = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  return {
    prive: {
      soort: FG_SLEUTEL_SOORT,
      iss: FG_SLEUTELBEWAARDER_ID,
      ...(await exportJWK(privateKey)),
      kid,
      alg: 'EdDSA',
    },
    configuratie: {
      id: FG_SLEUTELBEWAARDER_ID,
      sleutels: [publiek as JWK & { kty: string; kid: string }],
      quotum: FG_QUOTUM,
    },
  };
}

/** Reads a key file; throws with what to fix when it is not the FG's key. */
export function leesFgSleutel(tekst: string, pad: string): FgSleutel {
  const jwk = JSON.parse(tekst) as Partial<FgSleutel>;
  if (jwk.soort !== FG_SLEUTEL_SOORT || typeof jwk.iss !== 'string' || !jwk.kid || !jwk.d) {
    throw new Error(
      `${pad} is geen sleutel van de FG bij de sleutelbewaarder. Maak er een met 'ketenpoort inzage sleutel --nieuw --uit <bestand>' op het eigen apparaat van de FG.`,
    );
  }
  return jwk as FgSleutel;
}
