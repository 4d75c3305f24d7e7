/**
 * @module
 * Differences in stapelregels and in the escalation of termijnen (issue 17): a new stapelregel,
 * one with a new recipient or doel, or one that carries more gegevens, widens what the gateway
 * tells; so does a new escalation partner. The reverse narrows.
 */
import type { Beleid, Stapelregel } from './beleid.js';
import type { Verschil, Wijziging } from './verschil-soorten.js';
import { VERRUIMINGEN } from './verschil-soorten.js';

/** Every difference in stapelregels and escalation between `oud` and `nieuw`. */
export function regieVerschil(oud: Beleid, nieuw: Beleid): Verschil[] {
  const uit: Verschil[] = [];
  const per = (b: Beleid) => new Map((b.stapelregels ?? []).map((r) => [r.id, r]));
  const [a, b] = [per(oud), per(nieuw)];
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const r = a.get(id);
    const s = b.get(id);
    const zelfde = r && s && r.ontvanger === s.ontvanger && r.doel === s.doel;
    if (!zelfde) {
      if (r) uit.push(stapel(r, 'nieuw-geweigerd', [...r.gegevens]));
      if (s) uit.push(stapel(s, 'nieuw-toegestaan', [...s.gegevens]));
      continue;
    }
    const meer = s.gegevens.filter((g) => !r.gegevens.includes(g));
    const minder = r.gegevens.filter((g) => !s.gegevens.includes(g));
    if (meer.length) uit.push(stapel(s, 'meer-gegevens', meer));
    if (minder.length) uit.push(stapel(s, 'minder-gegevens', minder));
  }
  const [e, f] = [oud.termijnen?.escalatie ?? null, nieuw.termijnen?.escalatie ?? null];
  if (e !== f) {
    if (e) uit.push(escalatie(e, 'nieuw-geweigerd'));
    if (f) uit.push(escalatie(f, 'nieuw-toegestaan'));
  }
  return uit;
}

function stapel(r: Stapelregel, wijziging: Wijziging, gegevens: string[]): Verschil {
  return {
    soort: 'stapel',
    bron: 'stapelregel',
    ontvanger: r.ontvanger ?? r.aan,
    doel: r.doel,
    wijziging,
    verruiming: VERRUIMINGEN.has(wijziging),
    signalen: `${r.minimaal} ${r.sterkte.join('/')} signalen van ${r.partners} partners in ${r.maanden} maanden`,
    aantal: 1,
    gegevens: ['aantallen', ...gegevens],
    regels: [r.id],
    grondslagen: { oud: [], nieuw: [] },
  };
}

function escalatie(partner: string, wijziging: Wijziging): Verschil {
  return {
    soort: 'escalatie',
    bron: 'termijnen',
    ontvanger: partner,
    doel: '(doel van de overdracht, het voorstel, de vraag of de casus)',
    wijziging,
    verruiming: VERRUIMINGEN.has(wijziging),
    signalen:
      'overdrachten, regievoorstellen, terugkoppelingsvragen en casussen zonder regie waarvan de termijn verstrijkt, waar de regels van beide kanten het toestaan',
    aantal: 1,
    gegevens: [],
    regels: ['escalatie'],
    grondslagen: { oud: [], nieuw: [] },
  };
}
