/**
 * @module
 * The counters of t1-t4 recounted from stored signals (issue 19): while the signals exist, the
 * counters written with each event must equal this; after their destruction only the counters
 * remain. Used by tests and by `ketenpoort` checks, never to publish.
 */
import type { Aard, Melder, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import { registratieTellingen, type Teltoename } from './tellingen.js';

/** A stored signal as far as the figures count it. */
export interface TelbaarSignaal {
  partner: string;
  gemeente: string;
  aard?: Aard | undefined;
  melder?: Melder | undefined;
  uitbuitingsvormen: readonly Uitbuitingsvorm[];
  sterkte: Sterkte;
  geregistreerdOp: number;
}

/** The t1-t4 counters of `signalen`, summed per cell and sorted; `soortVan` gives a partner's kind. */
export function hertel(
  signalen: readonly TelbaarSignaal[],
  soortVan: (partner: string) => string,
): Teltoename[] {
  const som = new Map<string, Teltoename>();
  for (const s of signalen) {
    const geteld = {
      ...s,
      partnersoort: soortVan(s.partner),
      aard: s.aard ?? 'signaal',
      melder: s.melder ?? 'professional',
    };
    for (const t of registratieTellingen(geteld, false)) telBij(som, t);
  }
  return sorteer([...som.values()]);
}

/** `tellingen` summed per cell and sorted, so two lists of counters can be compared. */
export function somPerCel(tellingen: readonly Teltoename[]): Teltoename[] {
  const som = new Map<string, Teltoename>();
  for (const t of tellingen) telBij(som, t);
  return sorteer([...som.values()]);
}

function telBij(som: Map<string, Teltoename>, t: Teltoename): void {
  const sleutel = [t.tabel, t.periode, t.partner, t.a, t.b].join('\u0000');
  const oud = som.get(sleutel);
  som.set(sleutel, oud ? { ...oud, aantal: oud.aantal + t.aantal } : { ...t });
}

function sorteer(lijst: Teltoename[]): Teltoename[] {
  const sleutel = (t: Teltoename) => [t.tabel, t.periode, t.partner, t.a, t.b].join('\u0000');
  return lijst.sort((x, y) => (sleutel(x) < sleutel(y) ? -1 : 1));
}
