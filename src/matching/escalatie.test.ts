/**
 * The two keys of an escalation alone (issue 17): it goes only where both the waiting side's
 * rule and the late side's rule let the escalation partner know, names a partner only under
 * `partner`, and never goes to a party of the matter itself.
 */
import { describe, expect, it } from 'vitest';
import { testSignaal } from '../../test/helpers/signaal.js';
import { laadBeleid } from '../policy/laad.js';
import { escaleer } from './escalatie.js';

const partner = (id: string) =>
  `  - { id: ${id}, naam: Partner ${id}, soort: gemeente, contact: { email: info@${id}.example }, gemeenten: [GM0402] }\n`;
const regels = (id: string, verstrekken: string) => ({
  pad: `regels/${id}.yaml`,
  tekst: `partner: ${id}\nbewaartermijnen: { zacht: 6, hard: 24 }\nontvangen:\n  - { doel: zorg, grondslagen: [g1] }\n${verstrekken}`,
});
const naarE = (id: string, gegevens: string) =>
  `verstrekken:\n  - { id: ${id}-naar-e, titel: T, uitleg: x, aan: [e], doelen: [zorg], gegevens: [${gegevens}], grondslagen: [g1] }\n`;
const beleid = laadBeleid([
  {
    pad: 'partners.yaml',
    tekst: `partners:\n${partner('a')}${partner('b')}${partner('c')}${partner('e')}`,
  },
  { pad: 'doelen.yaml', tekst: 'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: x }\n' },
  {
    pad: 'grondslagen.yaml',
    tekst:
      "grondslagen:\n  - { id: g1, titel: g1, wet: Wet, artikel: '1', link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: test }\n",
  },
  // a lets e know who it is; b only that a signal exists; c tells e nothing.
  regels('a', naarE('a', 'bestaan, partner')),
  regels('b', naarE('b', 'bestaan')),
  regels('c', ''),
  regels('e', ''),
]);

const signaal = (id: string, partner: string) =>
  testSignaal(id, partner, { doel: 'zorg', herkomst: null });
const kant = (partner: string) => ({ bron: partner, signalen: [signaal(`s-${partner}`, partner)] });

describe('escaleer', () => {
  it('gaat onder beide sleutels, en noemt alleen wie partner toestaat', () => {
    const e = escaleer(beleid, 'e', 'zorg', kant('a'), kant('b'));
    expect(e).toMatchObject({ regels: ['a-naar-e', 'b-naar-e'], van: { id: 'a' } });
    expect(e?.signaal.id).toBe('s-a');
    expect(e?.naar).toBeUndefined();
  });

  it('gaat niet als één kant weigert, welke ook', () => {
    expect(escaleer(beleid, 'e', 'zorg', kant('a'), kant('c'))).toBeUndefined();
    expect(escaleer(beleid, 'e', 'zorg', kant('c'), kant('a'))).toBeUndefined();
  });

  it('gaat niet naar een partij van de zaak zelf, en niet voor een ander doel', () => {
    expect(escaleer(beleid, 'a', 'zorg', kant('a'), kant('b'))).toBeUndefined();
    expect(escaleer(beleid, 'e', 'anders', kant('a'), kant('b'))).toBeUndefined();
  });
});
