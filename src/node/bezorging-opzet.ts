/**
 * @module
 * Issue 18 in Node: the partners' addresses from KETENPOORT_BEZORGING, their webhook secrets
 * from KETENPOORT_BEZORGGEHEIMEN, mail over KETENPOORT_SMTP, the werkplek's start address from
 * KETENPOORT_URL. Nothing configured: no delivery service. A setting that is half there
 * refuses the start and says what to add.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { leesBezorgadressen } from '../bezorging/configuratie.js';
import type { Configuratie } from '../config/env.js';
import type { Beleid } from '../policy/index.js';
import type { Store } from '../store/store.js';
import { hostToegestaan } from './adres-toets.js';
import { maakNodeBezorger, type NodeBezorger } from './bezorger.js';
import { leesGeheimenBestand } from './geheimen-bestand.js';
import { nodeMailVerzender } from './mail-verzenden.js';
import { nodeWebhookVerzender } from './webhook-verzenden.js';

/** The delivery service of the configuration, or undefined when no addresses are configured. */
export function bezorgerUitConfiguratie(
  cfg: Configuratie,
  store: Store,
  beleid: Beleid,
  klok: () => number,
): NodeBezorger | undefined {
  if (!cfg.bezorging) return undefined;
  const geheimen = cfg.bezorggeheimen
    ? leesGeheimenBestand('KETENPOORT_BEZORGGEHEIMEN', cfg.bezorggeheimen, cfg.beleid)
    : {};
  const adressen = leesBezorgadressen(
    parse(readFileSync(cfg.bezorging, 'utf8')),
    geheimen,
    new Set(beleid.partners.keys()),
    { adresToets: (host) => hostToegestaan(host) },
  );
  const mail = [...adressen.values()].some((a) => a.email);
  if (mail && !(cfg.smtp && cfg.mailAfzender && cfg.openbareUrl)) {
    throw new Error(
      'KETENPOORT_BEZORGING noemt e-mailadressen: zet ook KETENPOORT_SMTP, KETENPOORT_MAIL_AFZENDER en KETENPOORT_URL (het startadres van de werkplek in de mail).',
    );
  }
  return maakNodeBezorger(
    {
      opslag: store.bezorgingen,
      adressen,
      webhook: nodeWebhookVerzender(),
      mail:
        mail && cfg.smtp && cfg.mailAfzender
          ? nodeMailVerzender(cfg.smtp, cfg.mailAfzender)
          : undefined,
      startUrl: `${cfg.openbareUrl ?? ''}/`,
    },
    klok,
  );
}
