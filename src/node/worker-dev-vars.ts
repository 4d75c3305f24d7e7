/**
 * @module
 * Demo mode: the secrets `npm run dev:worker` hands to the local Worker through `.dev.vars`
 * (not in git). Only the Worker build asks for them; a test run sets its own bindings.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuratie } from '../config/env.js';
import { base64url } from '../encoding/base64url.js';
import { nieuweSleutel } from '../logboek/sleutels.js';
import { zorgVoorGetuigenDemo } from './logboek-sleutels.js';

/** The Worker secrets that `wrangler dev` reads from `.dev.vars`, each a fresh random key. */
const DEV_GEHEIMEN = ['OPSLAGSLEUTEL'] as const;

/**
 * Adds what is missing from `pad` (`.dev.vars`): a random OPSLAGSLEUTEL, the local Worker's
 * own CHECKPOINTSLEUTEL and the demo witnesses of `partners` as GETUIGEN. Existing values stay.
 */
export async function zorgVoorDevVars(cfg: Configuratie, partners: string[], pad: string) {
  zorgVoorDevGeheimen(pad);
  await zorgVoorWorkerLogboek(pad, cfg, partners);
}

/** Adds each missing secret of DEV_GEHEIMEN to `pad` as 32 random bytes. */
function zorgVoorDevGeheimen(pad: string): void {
  const bestaand = existsSync(pad) ? readFileSync(pad, 'utf8') : '';
  const ontbrekend = DEV_GEHEIMEN.filter((naam) => !new RegExp(`^${naam}=`, 'm').test(bestaand));
  if (ontbrekend.length === 0) return;
  const regels = ontbrekend.map(
    (naam) => `${naam}=${base64url(crypto.getRandomValues(new Uint8Array(32)))}`,
  );
  const scheiding = bestaand === '' || bestaand.endsWith('\n') ? '' : '\n';
  writeFileSync(pad, `${bestaand}${scheiding}${regels.join('\n')}\n`, { mode: 0o600 });
}

/**
 * The local Worker's own logboek key (another origin than the Node demo's: they are two
 * logs) in `pad`, its vkey in `<data>/demo/worker-logboek.vkey`, and the demo witnesses'
 * vkeys as GETUIGEN.
 */
async function zorgVoorWorkerLogboek(pad: string, cfg: Configuratie, partners: string[]) {
  const bestaand = existsSync(pad) ? readFileSync(pad, 'utf8') : '';
  const regels: string[] = [];
  if (!/^CHECKPOINTSLEUTEL=/m.test(bestaand)) {
    const sleutel = await nieuweSleutel('worker.demo.ketenpoort.example/logboek');
    mkdirSync(join(cfg.data, 'demo'), { recursive: true });
    writeFileSync(join(cfg.data, 'demo', 'worker-logboek.vkey'), `${sleutel.vkey}\n`);
    regels.push(`CHECKPOINTSLEUTEL=${sleutel.skey}`);
  }
  if (!/^GETUIGEN=/m.test(bestaand)) {
    await zorgVoorGetuigenDemo(cfg, partners);
    const vkeys = readFileSync(cfg.getuigen, 'utf8').split(/\s+/).filter(Boolean);
    regels.push(`GETUIGEN="${vkeys.join(' ')}"`);
  }
  if (regels.length === 0) return;
  const scheiding = bestaand === '' || bestaand.endsWith('\n') ? '' : '\n';
  writeFileSync(pad, `${bestaand}${scheiding}${regels.join('\n')}\n`, { mode: 0o600 });
}
