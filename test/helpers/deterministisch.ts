/**
 * A gateway around a given store in which nothing is left to chance: the clock is set by the
 * test, ids count up, randomness is a seeded stream, and every key (storage key, checkpoint
 * key, witness key, partner token keys, token ids) is fixed. Two such gateways that receive
 * the same requests in the same order must write the same bytes, whatever store they run on.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { importJWK, type JWK, SignJWT } from 'jose';
import { maakApp } from '../../src/api/app.js';
import { demoIdentiteiten } from '../../src/api/auth/demo-identiteiten.js';
import type { VertrouwdeSleutel } from '../../src/api/auth/rollen.js';
import { maakDiensten } from '../../src/api/diensten.js';
import { getuigeVerifier, nieuweSleutel } from '../../src/logboek/sleutels.js';
import type { Beleid } from '../../src/policy/index.js';
import type { Store } from '../../src/store/store.js';
import { controleerOpslagsleutels } from '../../src/use-cases/opslagsleutel-controleren.js';
import { START } from './omgeving.js';
import { maakVraag } from './vraag.js';

const tekst = new TextEncoder();

/** 32 bytes derived from a label: the seed of every fixed key below. */
export function vasteBytes(label: string): Uint8Array {
  return sha256(tekst.encode(`ketenpoort-test:${label}`));
}

/** `n` bytes per call from SHA-256(seed || counter): the same stream in every gateway. */
export function gezaaideWillekeur(seed: string): (n: number) => Uint8Array {
  let teller = 0;
  return (n) => {
    const uit = new Uint8Array(n);
    for (let i = 0; i < n; i += 32) {
      uit.set(sha256(tekst.encode(`${seed}:${teller++}`)).subarray(0, n - i), i);
    }
    return uit;
  };
}

/** UUID-shaped ids that count up (version 4 and variant bits set, so zod accepts them). */
export function telId(): () => string {
  let teller = 0;
  return () => `00000000-0000-4000-8000-${(++teller).toString(16).padStart(12, '0')}`;
}

/** The PKCS#8 prefix of an Ed25519 private key (RFC 8410): the 32-byte seed follows it. */
const PKCS8_ED25519 = Uint8Array.from([
  0x30, 0x2e, 2, 1, 0, 0x30, 5, 6, 3, 0x2b, 0x65, 0x70, 4, 0x22, 4, 0x20,
]);

/** The Ed25519 JWK (private, with `x`) of the key whose seed derives from `label`. */
async function vasteJwk(label: string): Promise<JWK> {
  const pkcs8 = new Uint8Array([...PKCS8_ED25519, ...vasteBytes(label)]);
  const sleutel = await crypto.subtle.importKey('pkcs8', pkcs8, 'Ed25519', true, ['sign']);
  return (await crypto.subtle.exportKey('jwk', sleutel)) as JWK;
}

/** A gateway on `store` with fixed keys, counted ids, seeded randomness and a settable clock. */
export async function deterministischeGateway(store: Store, beleid: Beleid) {
  let nu = START;
  const klok = () => nu;
  const prive = new Map<string, JWK & { kid: string; iss: string }>();
  const bron = new Map<string, VertrouwdeSleutel[]>();
  for (const { iss, naam, rollen } of demoIdentiteiten(beleid)) {
    const { kty, crv, x, d } = await vasteJwk(`token:${naam}`);
    const kid = `${naam}-1`;
    prive.set(naam, { kty, crv, x, d, kid, alg: 'EdDSA', iss });
    bron.set(iss, [...(bron.get(iss) ?? []), { kty, crv, x, kid, alg: 'EdDSA', rollen }]);
  }
  const opslagsleutel = vasteBytes('opslagsleutel');
  const logboekSleutel = await nieuweSleutel(
    'test.ketenpoort.example/logboek',
    vasteBytes('checkpointsleutel'),
  );
  const getuige = await nieuweSleutel('getuige-vtgv', vasteBytes('getuige'));
  const fouten: unknown[] = [];
  // As both entry points do at start: the store records which keys its pseudonyms are keyed with.
  await controleerOpslagsleutels(store, [opslagsleutel]);
  const diensten = maakDiensten({
    store,
    beleid,
    lading: { geladenOp: START, vereist: 0, ondertekenaars: [] },
    opslagsleutel,
    vertrouwensbron: bron,
    ondertekenaar: logboekSleutel.ondertekenaar,
    getuigen: [getuigeVerifier(getuige.getuigeVkey)],
    checkpointInterval: 0,
    checkpoints: 'gedeeld',
    klok,
    willekeurig: gezaaideWillekeur('willekeurig'),
    nieuwId: telId(),
    logFout: (_id, fout) => fouten.push(fout),
  });
  const app = maakApp(diensten);

  // As maakToken (src/client/token.ts), but with a counted jti: the replay table stores it.
  let jti = 0;
  const token = async (naam: string) => {
    const jwk = prive.get(naam);
    if (!jwk) throw new Error(`geen sleutel voor ${naam}`);
    const iat = Math.floor(nu / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid, typ: 'JWT' })
      .setIssuer(jwk.iss)
      .setSubject('medewerker-1')
      .setAudience('ketenpoort')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 120)
      .setJti(`jti-${(++jti).toString().padStart(6, '0')}`)
      .sign(await importJWK(jwk, 'EdDSA'));
  };

  /** A request as identity `naam` with a fresh token. */
  const vraag = maakVraag(app, (naam) => token(naam));

  return {
    app,
    diensten,
    fouten,
    getuige,
    vraag,
    zetKlok: (ms: number) => {
      nu = ms;
    },
  };
}

export type DeterministischeGateway = Awaited<ReturnType<typeof deterministischeGateway>>;
