/**
 * @module
 * Where each partner's notices go (issue 18): operator configuration, set at the partner's
 * request, never policy. Per partner a webhook URL and/or a functional mailbox; the webhook's
 * signing secret comes from a separate secrets source (a file or the environment), never from
 * `policies/`, which is bundled and signed.
 */
import { Webhook } from 'standardwebhooks';
import { z } from 'zod';

/** One partner's addresses, checked. */
export interface Bezorgadres {
  webhook?: { url: URL; geheim: string };
  email?: string;
}

/** Per partner id its addresses. */
export type Bezorgadressen = ReadonlyMap<string, Bezorgadres>;

const Adres = z
  .object({
    webhook: z.url({ message: 'moet een volledige URL zijn, https://...' }).optional(),
    email: z.email({ message: 'moet een e-mailadres zijn (een functionele mailbox)' }).optional(),
  })
  .strict();
const Adressen = z.record(z.string(), Adres);

/**
 * Checks the configuration `invoer` (parsed YAML or JSON: `{ partner: { webhook, email } }`)
 * with the secrets `geheimen` (`{ partner: "whsec_..." }`). `http` is allowed for loopback only
 * when `loopbackToegestaan` (tests); `adresToets` refuses a URL whose host is a literal
 * address that may not be reached (the runtime's check; names are checked at connect time).
 * Throws one Error naming every wrong entry.
 */
export function leesBezorgadressen(
  invoer: unknown,
  geheimen: Readonly<Record<string, string>>,
  partners: ReadonlySet<string>,
  opties: { loopbackToegestaan?: boolean; adresToets?: (host: string) => boolean } = {},
): Bezorgadressen {
  const r = Adressen.safeParse(invoer ?? {});
  if (!r.success) {
    const regels = r.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige bezorgconfiguratie:\n${regels.join('\n')}`);
  }
  const fouten: string[] = [];
  const adressen = new Map<string, Bezorgadres>();
  for (const [partner, a] of Object.entries(r.data)) {
    if (!partners.has(partner)) {
      fouten.push(`- ${partner}: onbekende partner (niet in policies/partners.yaml)`);
      continue;
    }
    const adres: Bezorgadres = {};
    if (a.email) adres.email = a.email;
    if (a.webhook) {
      const fout = webhookFout(new URL(a.webhook), opties);
      const geheim = geheimen[partner];
      if (fout) fouten.push(`- ${partner}.webhook: ${fout}`);
      else if (!geheim || !geldigGeheim(geheim)) {
        fouten.push(
          `- ${partner}.webhook: geen geldig ondertekengeheim (whsec_ gevolgd door base64) in de geheimen`,
        );
      } else adres.webhook = { url: new URL(a.webhook), geheim };
    }
    adressen.set(partner, adres);
  }
  if (fouten.length > 0) throw new Error(`Ongeldige bezorgconfiguratie:\n${fouten.join('\n')}`);
  return adressen;
}

/** Why `url` may not be a webhook address, or undefined when it may. */
function webhookFout(
  url: URL,
  o: { loopbackToegestaan?: boolean; adresToets?: (host: string) => boolean },
): string | undefined {
  if (url.username || url.password) return 'mag geen gebruikersnaam of wachtwoord bevatten';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // RFC 6761: names under localhost are loopback; the connect-time check still resolves them.
  const loopback =
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    host.startsWith('127.');
  if (url.protocol === 'http:' && !(o.loopbackToegestaan && loopback)) {
    return 'moet https zijn';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'moet https zijn';
  if (o.adresToets && !o.adresToets(host)) {
    return 'wijst naar een privé-, loopback-, link-local- of ander niet toegestaan adres';
  }
  return undefined;
}

/** A Standard Webhooks secret: `whsec_` and base64 of at least 24 bytes. */
function geldigGeheim(geheim: string): boolean {
  if (!/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/.test(geheim)) return false;
  try {
    new Webhook(geheim);
    return true;
  } catch {
    return false;
  }
}
