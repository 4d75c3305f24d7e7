/**
 * @module
 * Signs partner tokens as partner systems do (src/client/token.ts: EdDSA, a fresh jti per
 * request), with node:crypto so that signing never slows the load generator down.
 */
import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/**
 * A signer for the identities whose private keys are in `sleutelmap` (`<naam>.jwk.json`): a
 * partner, or another demo identity such as `ketenpoort-fg`, whose key names its issuer.
 */
export function tokenMaker(sleutelmap: string) {
  const sleutels = new Map<string, { kid: string; iss: string; key: KeyObject }>();
  return (partner: string, nuS: number, volgnummer: number): string => {
    let s = sleutels.get(partner);
    if (!s) {
      const jwk = JSON.parse(readFileSync(join(sleutelmap, `${partner}.jwk.json`), 'utf8'));
      const iss: string = jwk.iss ?? partner;
      s = { kid: jwk.kid, iss, key: createPrivateKey({ key: jwk, format: 'jwk' }) };
      sleutels.set(partner, s);
    }
    const kop = b64(JSON.stringify({ alg: 'EdDSA', kid: s.kid, typ: 'JWT' }));
    const claims = b64(
      JSON.stringify({
        iss: s.iss,
        sub: 'bench-1',
        aud: 'ketenpoort',
        iat: nuS,
        exp: nuS + 300,
        jti: `bench-${process.pid}-${volgnummer}`,
      }),
    );
    const invoer = `${kop}.${claims}`;
    return `${invoer}.${b64(sign(null, Buffer.from(invoer), s.key))}`;
  };
}
