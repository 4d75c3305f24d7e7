import { describe, expect, it } from 'vitest';
import { beleidHash } from './hash.js';

const bestanden = [
  { pad: 'regels/vtgv.yaml', tekst: 'partner: vtgv\n' },
  { pad: 'partners.yaml', tekst: 'partners: []  # één\n' },
];

/** The definition written out with Web Crypto, as a partner's own tooling would. */
async function volgensSpec(lijst: Array<{ pad: string; tekst: string }>): Promise<string> {
  const utf8 = new TextEncoder();
  const delen: number[] = [];
  for (const b of [...lijst].sort((x, y) => (x.pad < y.pad ? -1 : 1))) {
    const inhoud = utf8.encode(b.tekst);
    delen.push(...utf8.encode(`${b.pad}\0${inhoud.length}\0`), ...inhoud);
  }
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(delen));
  return [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('');
}

describe('beleidHash', () => {
  it('follows the published definition (byte lengths, not character counts)', async () => {
    expect(beleidHash(bestanden)).toBe(await volgensSpec(bestanden));
    expect(beleidHash(bestanden)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order of the files or on path separators', () => {
    const anders = [
      { pad: 'partners.yaml', tekst: 'partners: []  # één\n' },
      { pad: 'regels\\vtgv.yaml', tekst: 'partner: vtgv\n' },
    ];
    expect(beleidHash(anders)).toBe(beleidHash(bestanden));
  });

  it('covers only what laadBeleid reads', () => {
    const meer = [
      ...bestanden,
      { pad: 'tests/a.yaml', tekst: 'x' },
      { pad: 'LEESMIJ.md', tekst: 'x' },
    ];
    expect(beleidHash(meer)).toBe(beleidHash(bestanden));
  });

  it('changes when one byte or one path changes', () => {
    const h = beleidHash(bestanden);
    expect(
      beleidHash([bestanden[0]!, { pad: 'partners.yaml', tekst: 'partners: []  # eén\n' }]),
    ).not.toBe(h);
    expect(
      beleidHash([bestanden[0]!, { pad: 'partners.yml', tekst: bestanden[1]!.tekst }]),
    ).not.toBe(h);
  });
});
