/**
 * The editor's side of the policy files: the JSON Schemas in schemas/ are exactly what the zod
 * schemas generate, every policy file points its editor at the right one, says that a jurist
 * must confirm it, and the example set loads without a single warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { controleerBeleid } from '../src/policy/controle.js';
import { jsonSchemas, schemaRegel } from '../src/policy/json-schema.js';

const WORTEL = fileURLToPath(new URL('../', import.meta.url));
const BELEID = join(WORTEL, 'policies');

function yamlBestanden(map: string): Array<{ pad: string; tekst: string }> {
  return readdirSync(map, { recursive: true, encoding: 'utf8' })
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => ({
      pad: relative(map, join(map, n)).split(sep).join('/'),
      tekst: readFileSync(join(map, n), 'utf8'),
    }))
    .sort((a, b) => (a.pad < b.pad ? -1 : 1));
}

describe('schemas/', () => {
  it.each(jsonSchemas())(
    "$naam is actueel (anders: 'npx ketenpoort beleid schema')",
    ({ naam, tekst }) => {
      expect(readFileSync(join(WORTEL, 'schemas', naam), 'utf8')).toBe(tekst);
    },
  );

  it('holds no schema the code does not make', () => {
    expect(readdirSync(join(WORTEL, 'schemas')).sort()).toEqual(
      jsonSchemas()
        .map((s) => s.naam)
        .sort(),
    );
  });

  it('carries Dutch titles and descriptions for the editor', () => {
    const regels = JSON.parse(jsonSchemas().find((s) => s.naam === 'regels.schema.json')!.tekst);
    const regel = regels.properties.verstrekken.items;
    expect(regel.title).toBe('Verstrekkingsregel');
    expect(regel.required).toEqual(
      expect.arrayContaining(['id', 'titel', 'uitleg', 'grondslagen']),
    );
    expect(regel.properties.gegevens.items.enum).toContain('terugkoppeling');
    expect(regel.properties.gegevens.items.enumDescriptions).toHaveLength(8);
    expect(regel.additionalProperties).toBe(false);
  });
});

describe('policies/', () => {
  const bestanden = yamlBestanden(BELEID);

  it.each(bestanden.map((b) => [b.pad, b.tekst]))('%s begint met de schemaregel', (pad, tekst) => {
    expect(tekst.split('\n')[0]).toBe(schemaRegel(pad));
  });

  it.each(bestanden.map((b) => [b.pad, b.tekst]))(
    '%s zegt dat een jurist het moet bevestigen',
    (_pad, tekst) => {
      expect(tekst).toMatch(/LET OP: voorbeeldbeleid .*Een jurist moet de\n# \w+ bevestigen/);
    },
  );

  it('loads the example set without errors or warnings', () => {
    const c = controleerBeleid(bestanden);
    expect(c.fouten).toEqual([]);
    expect(c.waarschuwingen).toEqual([]);
  });

  it('gives every grondslag a law, an article, an official link and a note', () => {
    const { beleid } = controleerBeleid(bestanden);
    for (const g of beleid!.grondslagen.values()) {
      expect(g.wet.length).toBeGreaterThan(2);
      expect(g.artikel.length).toBeGreaterThan(2);
      expect(g.toelichting.length).toBeGreaterThan(20);
      expect(g.link).toMatch(
        /^https:\/\/(wetten\.overheid\.nl\/BWBR\d{7}\/|eur-lex\.europa\.eu\/|www\.riec\.nl\/)/,
      );
    }
  });
});
