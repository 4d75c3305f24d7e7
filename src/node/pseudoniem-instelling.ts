/**
 * @module
 * What a partner's tool needs for pseudonyms v2, read on the partner's side: the key pinned in
 * the signed policy (never the key list the sleutelbewaarder itself serves) and where the
 * sleutelbewaarder listens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuratie } from '../config/env.js';
import { vanBase64url } from '../encoding/base64url.js';
import { laadBeleid } from '../policy/index.js';
import type { VastgepindeSleutel } from '../pseudonym/v2.js';
import { leesBeleidBestanden } from './beleid-lezen.js';

/** The one pseudonym version of the deployment whose policy is in `beleidMap`. */
export function pseudoniemVersie(beleidMap: string): 'v1' | 'v2' {
  return laadBeleid(leesBeleidBestanden(beleidMap)).pseudoniemen.versie;
}

/** The pinned key from the policy folder; `id` chooses one during a rotation (default: the last). */
export function vastgepindeSleutel(beleidMap: string, id?: string): VastgepindeSleutel {
  const { versie, sleutels } = laadBeleid(leesBeleidBestanden(beleidMap)).pseudoniemen;
  if (versie !== 'v2') {
    throw new Error(
      `Het beleid in ${beleidMap} gebruikt pseudoniemen ${versie}; gebruik --ketensleutel.`,
    );
  }
  const s = id ? sleutels.find((k) => k.id === id) : sleutels.at(-1);
  if (!s?.publiek) {
    throw new Error(
      `Het beleid in ${beleidMap} pint ${id ? `geen sleutel ${id}` : 'geen sleutel'} (pseudoniemen.yaml).`,
    );
  }
  return { id: s.id, publiek: vanBase64url(s.publiek) };
}

/** The sleutelbewaarder's URL: the setting, else the one its (demo) folder names. */
export function sleutelbewaarderUrl(cfg: Configuratie): string {
  if (cfg.sleutelbewaarderUrl) return cfg.sleutelbewaarderUrl;
  const pad = join(cfg.sleutelbewaarderMap, 'url');
  if (existsSync(pad)) return readFileSync(pad, 'utf8').trim();
  throw new Error(
    'Waar luistert de sleutelbewaarder? Zet KETENPOORT_SLEUTELBEWAARDER_URL, of start de demo met npm start.',
  );
}
