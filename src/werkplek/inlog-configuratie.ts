/**
 * @module
 * Where people log in: per organisation (a partner, or `ketenpoort` for the gateway's own FG
 * and jurist) exactly one OpenID Connect issuer, the roles that issuer may grant and the
 * claim that carries them. An issuer belongs to one organisation; a partner's issuer can never
 * grant the gateway's FG or jurist role, because roles hold only at the issuer's own
 * organisation and a partner may not be given `jurist`. Client secrets are not in this file.
 */
import { z } from 'zod';
import { API_ROLLEN, type ApiRol } from '../api/auth/rollen.js';
import { POORT } from '../logboek/zoeken.js';

/** The roles a partner's issuer may grant: at its own organisation, never the jurist's. */
const PARTNERROLLEN: readonly ApiRol[] = ['partner', 'fg', 'statistiek'];
/** The roles the gateway organisation's issuer may grant. */
const POORTROLLEN: readonly ApiRol[] = ['fg', 'jurist'];

const Uitgever = z
  .object({
    issuer: z.url({ message: 'moet een URL zijn, zoals https://login.organisatie.nl' }),
    client: z.string().min(1, 'moet de client-id bij deze uitgever zijn'),
    claim: z.string().min(1).default('rollen'),
    rollen: z.array(z.enum(API_ROLLEN)).min(1, 'noem minstens één rol'),
    /**
     * The public client (no secret, PKCE) with which a page gets the browser's own token for
     * the sleutelbewaarder; absent: that organisation's people cannot pseudonymise in a page.
     */
    browserClient: z.string().min(1).optional(),
  })
  .strict();

const Schema = z.record(z.string().min(1), Uitgever);

/** One organisation's issuer, as the werkplek uses it. */
export interface Uitgever {
  organisatie: string;
  issuer: string;
  client: string;
  geheim: string;
  claim: string;
  rollen: readonly ApiRol[];
  browserClient?: string | undefined;
}

/** Per organisation id, its issuer. */
export type Inlogconfiguratie = ReadonlyMap<string, Uitgever>;

/**
 * Checks `invoer` (the parsed configuration file) against the partners of the policy set and
 * the client secrets; throws an Error naming every mistake, so the gateway does not start.
 */
export function leesInlogconfiguratie(
  invoer: unknown,
  partners: ReadonlySet<string>,
  geheimen: Readonly<Record<string, string>>,
): Inlogconfiguratie {
  const r = Schema.safeParse(invoer);
  if (!r.success) {
    const regels = r.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige inlogconfiguratie:\n${regels.join('\n')}`);
  }
  const fouten: string[] = [];
  const perIssuer = new Map<string, string>();
  const uit = new Map<string, Uitgever>();
  for (const [organisatie, u] of Object.entries(r.data)) {
    const poort = organisatie === POORT;
    if (!poort && !partners.has(organisatie)) {
      fouten.push(`- ${organisatie}: geen partner in partners.yaml en niet '${POORT}'`);
    }
    const toegestaan = poort ? POORTROLLEN : PARTNERROLLEN;
    for (const rol of u.rollen.filter((x) => !toegestaan.includes(x))) {
      fouten.push(
        poort
          ? `- ${organisatie}: de uitgever van de poort geeft alleen de rollen ${POORTROLLEN.join(', ')}, niet '${rol}'`
          : `- ${organisatie}: de uitgever van een partner mag de rol '${rol}' niet geven; FG en jurist van de poort komen van de uitgever van '${POORT}'`,
      );
    }
    const issuer = u.issuer.replace(/\/+$/, '');
    const ander = perIssuer.get(issuer);
    if (ander) fouten.push(`- ${organisatie}: uitgever ${issuer} hoort al bij ${ander}`);
    perIssuer.set(issuer, organisatie);
    const geheim = geheimen[organisatie];
    if (!geheim) fouten.push(`- ${organisatie}: het clientgeheim ontbreekt in het geheimenbestand`);
    uit.set(organisatie, { organisatie, ...u, issuer: u.issuer, geheim: geheim ?? '' });
  }
  if (fouten.length > 0) throw new Error(`Ongeldige inlogconfiguratie:\n${fouten.join('\n')}`);
  return uit;
}

/**
 * The roles a person gets from the claim `waarde` of an ID token of `uitgever`: every role
 * asked for must be one the issuer may grant, or the login is refused (undefined), as is a
 * login without any role.
 */
export function rollenUitClaim(uitgever: Uitgever, waarde: unknown): ApiRol[] | undefined {
  const gevraagd =
    typeof waarde === 'string'
      ? waarde.split(/\s+/).filter(Boolean)
      : Array.isArray(waarde)
        ? waarde
        : [];
  if (gevraagd.length === 0 || !gevraagd.every((r) => typeof r === 'string')) return undefined;
  const rollen = [...new Set(gevraagd as string[])];
  if (!rollen.every((r) => (uitgever.rollen as readonly string[]).includes(r))) return undefined;
  return rollen as ApiRol[];
}
