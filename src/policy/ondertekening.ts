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
  /** The jurist's name from the key configuration (never the signature's own claim). */
  jurist: string;
  ondertekendOp: string;
}

/**
 * A trusted public key of a jurist, from the deployment's key configuration (never from the
 * policy folder it signs), with the name of its jurist. A key without a name counts for no one.
 */
export type JuristSleutel = JWK & { kid: string; naam?: string };

/**
 * Signs `hash` with a private JWK (with `kid` and `alg`); `jurist` (the `sub`) is the name the
 * key configuration gives the key. Returns the compact JWS.
 */
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

/**
 * The configured jurist key that `prive` is the private half of, or a Dutch reason why it may
 * not sign: it is not in the key configuration, or there it lacks the role jurist or a name.
 * `sleutels` are all trusted keys with their roles; `bron` names where they were read.
 */
export async function juristVanSleutel(
  prive: JWK & { kid: string },
  sleutels: ReadonlyArray<JWK & { kid: string; rollen: readonly string[]; naam?: string }>,
  bron: string,
): Promise<{ sleutel: JuristSleutel & { naam: string } } | { reden: string }> {
  const duim = await calculateJwkThumbprint(prive).catch(() => undefined);
  const publiek = [];
  for (const s of sleutels) {
    if (s.kid === prive.kid && duim && (await calculateJwkThumbprint(s)) === duim) publiek.push(s);
  }
  const sleutel = publiek[0];
  if (!sleutel)
    return {
      reden: `Niet ondertekend: sleutel '${prive.kid}' staat niet in de sleutelconfiguratie (${bron}). Alleen een sleutel die daar de rol jurist heeft, mag beleid ondertekenen.`,
    };
  if (!sleutel.rollen.includes('jurist'))
    return {
      reden: `Niet ondertekend: sleutel '${prive.kid}' heeft in de sleutelconfiguratie (${bron}) de rol ${sleutel.rollen.join(', ')}, niet jurist. Onderteken met uw eigen juristensleutel.`,
    };
  if (!sleutel.naam)
    return {
      reden: `Niet ondertekend: sleutel '${prive.kid}' heeft in de sleutelconfiguratie (${bron}) geen naam van een jurist. Voeg "naam" toe aan die sleutel.`,
    };
  return { sleutel: { ...sleutel, naam: sleutel.naam } };
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
 * even under two kids, and one jurist once, even with two keys: four-eyes means two people.
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
  if (!sleutel.naam)
    return `sleutel '${kid}' heeft in de sleutelconfiguratie geen naam van een jurist`;
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
  if (gezien.has(`jurist:${sleutel.naam}`)) return `jurist '${sleutel.naam}' telt al mee`;
  gezien.add(duim);
  gezien.add(`jurist:${sleutel.naam}`);
  ondertekenaars.push({
    kid: sleutel.kid,
    jurist: sleutel.naam,
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
    `Het beleid ${hash} is niet geladen: er ${vereist === 1 ? 'is' : 'zijn'} ${vereist} geldige handtekening(en) van verschillende juristen nodig, gevonden: ${ondertekenaars.length}${ondertekenaars.length ? ` (${ondertekenaars.map((o) => `${o.jurist} met sleutel ${o.kid}`).join(', ')})` : ''}.`,
    ...afgewezen.map((a) => `  ${a.pad}: ${a.reden}`),
    "Laat het beleid ondertekenen met 'ketenpoort beleid onderteken --sleutel <jurist.jwk.json>'.",
  ];
  throw new Error(regels.join('\n'));
}
