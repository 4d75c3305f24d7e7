/**
 * @module
 * Who holds a key in the demo region (and in the tests): web-standard, so the Worker
 * tests use the same identities as the Node ones.
 */
import type { Beleid } from '../../policy/index.js';
import type { ApiRol } from './rollen.js';

/** One demo key: its issuer, its file name, its roles and, for a jurist key, the jurist's name. */
export interface DemoIdentiteit {
  iss: string;
  naam: string;
  rollen: ApiRol[];
  jurist?: string;
}

/**
 * The demo identities: per partner a key for its systems (`partner`) and one for its own FG
 * (`fg`, sees the logboek entries about its organisation); for the gateway itself
 * (`ketenpoort`) a key for the gateway's FG and two jurist keys (two juristen, so the demo
 * can show a policy set signed under four-eyes).
 */
export function demoIdentiteiten(beleid: Beleid): DemoIdentiteit[] {
  const lijst: DemoIdentiteit[] = [];
  for (const partner of beleid.partners.keys()) {
    lijst.push({ iss: partner, naam: partner, rollen: ['partner'] });
    lijst.push({ iss: partner, naam: `${partner}-fg`, rollen: ['fg'] });
  }
  lijst.push({ iss: 'ketenpoort', naam: 'ketenpoort-fg', rollen: ['fg'] });
  lijst.push({
    iss: 'ketenpoort',
    naam: 'ketenpoort-jurist',
    rollen: ['jurist'],
    jurist: 'jurist-a',
  });
  lijst.push({
    iss: 'ketenpoort',
    naam: 'ketenpoort-jurist-2',
    rollen: ['jurist'],
    jurist: 'jurist-b',
  });
  lijst.push({ iss: 'riec-mn', naam: 'riec-mn-ketenregisseur', rollen: ['statistiek'] });
  return lijst;
}
