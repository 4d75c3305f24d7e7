/**
 * The verwerkingsregister on paper (issue 14): a reader of the printed or mailed register
 * finds a table of contents, the date, the policy hash, who signed it, clickable links to
 * the law, and what the policy forbids and keeps from a betrokkene's inzage.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { laadBeleid } from '../src/policy/index.js';
import { beleidMatrix } from '../src/policy/matrix.js';
import { alsHtml, alsMarkdown } from '../src/policy/rapport.js';
import { verwerkingsregister } from '../src/policy/register.js';
import { registerRapport } from '../src/policy/register-rapport.js';

const beleid = laadBeleid(leesBeleidBestanden('policies'));
const register = verwerkingsregister(beleid, beleidMatrix(beleid));
const blokken = registerRapport(beleid, register, {
  opgesteldOp: Date.parse('2026-12-03T18:05:00Z'),
  ondertekenaars: [
    {
      kid: 'ketenpoort-jurist-demo-1',
      jurist: 'jurist-a',
      ondertekendOp: '2026-12-01T09:30:00.000Z',
    },
    {
      kid: 'ketenpoort-jurist-2-demo-1',
      jurist: 'jurist-b',
      ondertekendOp: '2026-12-02T14:00:00.000Z',
    },
  ],
});
const html = alsHtml(blokken);
const md = alsMarkdown(blokken);

describe('het verwerkingsregister op papier', () => {
  it('opens with date, policy hash and signers', () => {
    expect(md).toContain(
      [
        '| Over dit register | Inhoud |',
        '| --- | --- |',
        '| Opgesteld op | 3 december 2026 om 19:05 |',
        `| Beleid (hash) | ${beleid.hash} |`,
        '| Ondertekend door | jurist-a (1 december 2026 om 10:30); jurist-b (2 december 2026 om 15:00) |',
      ].join('\n'),
    );
  });

  it('has a table of contents whose every link reaches its section', () => {
    const links = [...html.matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1]);
    expect(links).toHaveLength(register.length + 3);
    for (const anker of links) expect(html).toContain(`id="${anker}"`);
    expect(links.slice(-3)).toEqual(['verboden', 'inzagebeperkingen', 'grondslagen']);
  });

  it('links every grondslag to its official vindplaats', () => {
    for (const g of beleid.grondslagen.values())
      expect(html).toContain(`<a href="${g.link}">${g.link}</a>`);
    const wpg = beleid.grondslagen.get('wpg-9');
    expect(wpg).toBeDefined();
    expect(html).toContain(`<a href="${wpg?.link}">wpg-9 (${wpg?.wet}, ${wpg?.artikel})</a>`);
  });

  it('lists the verboden and the inzagebeperkingen with their reasons', () => {
    const verboden = beleid.regels.filter((r) => r.soort === 'verboden');
    expect(verboden.length).toBeGreaterThan(0);
    for (const v of verboden) expect(md).toContain(`| ${v.id}: ${v.titel} |`);
    const beperkingen = [...(beleid.inzagebeperkingen ?? new Map()).entries()];
    expect(beperkingen.length).toBeGreaterThan(0);
    for (const [id, b] of beperkingen) {
      expect(md).toContain(`${id}: `);
      expect(md).toContain(b.uitleg);
    }
    expect(md).toContain('## Verboden');
    expect(md).toContain('## Inzagebeperkingen');
  });
});
