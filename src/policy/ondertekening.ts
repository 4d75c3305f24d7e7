/**
 * @module
 * Signed policy sets: a jurist signs the hash of a set (a JWS, via jose); a gateway that is
 * configured to require it loads a set only with valid signatures of enough distinct jurist
 * keys (four-eyes). Web-standard only, so Node and the Worker check the same way.
 */
import {
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';

/** The media type of a policy signature, so an API token can never pass for one. */
export const HANDTEKENING_TYP = 'ketenpoort-beleid+jwt';
const AUD = 'ketenpoort-beleid';
const ALGORITMEN = ['EdDSA', 'ES256'];

/** One signature file: `handtekeningen/<kid>.jws` next to the policy files. */
export interface Handtekening {
  pad: string;
  tekst: string;
}

/** A jurist whose valid signature was found. */
export interface Ondertekenaar {
  kid: string;
  /** The jurist's user id as signed (`sub`). */
  jurist: string;
  ondertekendOp: string;
}

/** A trusted public key of a jurist. */
export type JuristSleutel = JWK & { kid: string };

/** Signs `hash` as `jurist` with a private JWK (with `kid` and `alg`); returns the compact JWS. */
export async function ondertekenBeleid(
  hash: string,
  sleutel: JWK & { kid: string; iss?: string },
  opties: { jurist: string; nu: number },
): Promise<string> {
  const alg = sleutel.alg ?? 'EdDSA';
  const prive = await importJWK(sleutel, alg);
  return new SignJWT({ beleid: hash })
    .setProtectedHeader({ alg, kid: sleutel.kid, typ: HANDTEKENING_TYP })
    .setIssuer(sleutel.iss ?? 'ketenpoort')
    .setSubject(opties.jurist)
    .setAudience(AUD)
    .setIssuedAt(Math.floor(opties.nu / 1000))
    .sign(prive);
}

/** The hash a signature claims, without checking it; for listing files only. */
export function getekendeHash(tekst: string): string | undefined {
  try {
    const h = decodeJwt(tekst).beleid;
    return typeof h === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks every signature against the trusted jurist keys and `hash`. One key counts once,
 * even under two kids, so four-eyes means two different keys.
 */
export async function controleerHandtekeningen(
  hash: string,
  handtekeningen: readonly Handtekening[],
  sleutels: readonly JuristSleutel[],
): Promise<{ ondertekenaars: Ondertekenaar[]; afgewezen: Array<{ pad: string; reden: string }> }> {
  const ondertekenaars: Ondertekenaar[] = [];
  const afgewezen: Array<{ pad: string; reden: string }> = [];
  const gezien = new Set<string>();
  for (const { pad, tekst } of handtekeningen) {
    const reden = await waaromOngeldig(hash, tekst.trim(), sleutels, gezien, ondertekenaars);
    if (reden) afgewezen.push({ pad, reden });
  }
  return { ondertekenaars, afgewezen };
}

async function waaromOngeldig(
  hash: string,
  tekst: string,
  sleutels: readonly JuristSleutel[],
  gezien: Set<string>,
  ondertekenaars: Ondertekenaar[],
): Promise<string | undefined> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(tekst).kid;
  } catch {
    return 'geen geldige JWS';
  }
  const sleutel = sleutels.find((s) => s.kid === kid);
  if (!sleutel) return `sleutel '${kid ?? '(geen kid)'}' is geen vertrouwde juristensleutel`;
  let payload: Record<string, unknown>;
  try {
    const alg = sleutel.alg ?? 'EdDSA';
    ({ payload } = await jwtVerify(tekst, await importJWK(sleutel, alg), {
      audience: AUD,
      typ: HANDTEKENING_TYP,
      algorithms: ALGORITMEN,
    }));
  } catch {
    return `handtekening van '${kid}' klopt niet`;
  }
  if (payload.beleid !== hash)
    return `handtekening van '${kid}' hoort bij een ander beleid (${String(payload.beleid).slice(0, 12)}...)`;
  const duim = await calculateJwkThumbprint(sleutel);
  if (gezien.has(duim)) return `sleutel van '${kid}' telt al mee`;
  gezien.add(duim);
  ondertekenaars.push({
    kid: sleutel.kid,
    jurist: typeof payload.sub === 'string' ? payload.sub : sleutel.kid,
    ondertekendOp: new Date(Number(payload.iat) * 1000).toISOString(),
  });
  return undefined;
}

/**
 * The signers of `hash`, or an Error that says in Dutch why the set may not load: too few
 * valid signatures from distinct jurist keys, with every rejected file and its reason.
 */
export async function vereisOndertekening(
  hash: string,
  handtekeningen: readonly Handtekening[],
  sleutels: readonly JuristSleutel[],
  vereist: number,
): Promise<Ondertekenaar[]> {
  const { ondertekenaars, afgewezen } = await controleerHandtekeningen(
    hash,
    handtekeningen,
    sleutels,
  );
  if (ondertekenaars.length >= vereist) return ondertekenaars;
  const regels = [
    `Het beleid ${hash} is niet geladen: er ${vereist === 1 ? 'is' : 'zijn'} ${vereist} geldige handtekening(en) van verschillende juristen nodig, gevonden: ${ondertekenaars.length}${ondertekenaars.length ? ` (${ondertekenaars.map((o) => o.kid).join(', ')})` : ''}.`,
    ...afgewezen.map((a) => `  ${a.pad}: ${a.reden}`),
    "Laat het beleid ondertekenen met 'ketenpoort beleid onderteken --sleutel <jurist.jwk.json>'.",
  ];
  throw new Error(regels.join('\n'));
}
