/**
 * @module
 * Zero-config start: creates what a demo region needs under `data/` when it is absent:
 * the storage key, the public demo ketensleutel, and a key pair per partner in the policies.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { demoIdentiteiten } from '../api/auth/demo-identiteiten.js';
import type { VertrouwdeSleutel } from '../api/auth/rollen.js';
import type { Configuratie } from '../config/env.js';
import { base64url } from '../encoding/base64url.js';
import type { Beleid } from '../policy/index.js';
import { leesOpslagsleutels } from '../pseudonym/opslag.js';
import { controleerGeheimBestand, maakPriveMap } from './bestandsrechten.js';

/**
 * The public demo ketensleutel (the bytes 0..31, id `demo-v1`), the same as the key of the
 * published test vectors. The example `uitgesloten.yaml` is computed with it. Never for real use.
 */
export const DEMO_KETENSLEUTEL = {
  id: 'demo-v1',
  sleutel: base64url(Uint8Array.from({ length: 32 }, (_, i) => i)),
};

/**
 * The storage key: the setting, else its file (`KETENPOORT_OPSLAGSLEUTEL_BESTAND`, default
 * `<data>/opslagsleutel`). Only demo mode creates a missing file; outside it the file must lie
 * outside the database's folder and be readable by the gateway's user only.
 */
export function leesOpslagsleutel(cfg: Configuratie): Uint8Array[] {
  if (cfg.opslagsleutel) return leesOpslagsleutels(cfg.opslagsleutel);
  const pad = cfg.opslagsleutelBestand;
  if (!existsSync(pad)) {
    if (!cfg.demo) {
      throw new Error(
        `Geen opslagsleutel: ${pad} bestaat niet. Zet KETENPOORT_OPSLAGSLEUTEL, of KETENPOORT_OPSLAGSLEUTEL_BESTAND op een bestand buiten de map van de database, gemaakt met: npx ketenpoort beheer opslagsleutel --nieuw --uit <bestand>`,
      );
    }
    maakPriveMap(dirname(pad));
    writeFileSync(pad, `${base64url(crypto.getRandomValues(new Uint8Array(32)))}\n`, {
      mode: 0o600,
    });
  }
  controleerGeheimBestand(
    { wat: 'de opslagsleutel', pad, instelling: 'KETENPOORT_OPSLAGSLEUTEL_BESTAND' },
    cfg.database,
    cfg.demo,
  );
  try {
    return leesOpslagsleutels(readFileSync(pad, 'utf8'));
  } catch (fout) {
    throw new Error(`Opslagsleutel ${pad} klopt niet: ${(fout as Error).message}`);
  }
}

/**
 * Creates the demo ketensleutel and an Ed25519 key pair per demo identity, where absent:
 * the private JWK in `<naam>.jwk.json`, the public key (with its roles, and for a jurist key
 * the jurist's name) in `<iss>.jwks.json`.
 */
export async function zorgVoorDemo(
  data: string,
  sleutelmap: string,
  beleid: Beleid,
): Promise<void> {
  maakPriveMap(sleutelmap);
  // The keys may live elsewhere (KETENPOORT_SLEUTELS), so the demo folder needs its own mkdir.
  maakPriveMap(join(data, 'demo'));
  const ketensleutel = join(data, 'demo', 'ketensleutel.json');
  if (!existsSync(ketensleutel))
    writeFileSync(ketensleutel, `${JSON.stringify(DEMO_KETENSLEUTEL, null, 2)}\n`);
  for (const { iss, naam, rollen, jurist } of demoIdentiteiten(beleid)) {
    const prive = join(sleutelmap, `${naam}.jwk.json`);
    const jwks = join(sleutelmap, `${iss}.jwks.json`);
    const kid = `${naam}-demo-1`;
    if (existsSync(prive)) {
      if (jurist) geefJuristNaam(jwks, kid, jurist);
      continue;
    }
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
    const privJwk = { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', iss };
    const pubJwk: VertrouwdeSleutel = {
      ...(await exportJWK(publicKey)),
      kid,
      alg: 'EdDSA',
      use: 'sig',
      rollen,
      ...(jurist ? { naam: jurist } : {}),
    };
    writeFileSync(prive, `${JSON.stringify(privJwk, null, 2)}\n`, { mode: 0o600 });
    const keys = [...leesJwks(jwks).filter((k) => k.kid !== kid), pubJwk];
    writeFileSync(jwks, `${JSON.stringify({ keys }, null, 2)}\n`);
  }
}

function leesJwks(pad: string): VertrouwdeSleutel[] {
  return existsSync(pad)
    ? (JSON.parse(readFileSync(pad, 'utf8')) as { keys: VertrouwdeSleutel[] }).keys
    : [];
}

/**
 * Demo data made before jurist keys carried a name: gives the demo jurist key its name, so
 * an existing demo folder still starts. Touches only a demo key without a name.
 */
function geefJuristNaam(jwks: string, kid: string, jurist: string): void {
  const keys = leesJwks(jwks);
  const sleutel = keys.find((k) => k.kid === kid);
  if (!sleutel || sleutel.naam !== undefined) return;
  sleutel.naam = jurist;
  writeFileSync(jwks, `${JSON.stringify({ keys }, null, 2)}\n`);
}
