/**
 * The jurist's realistic typing mistakes of issue 14, in the shipped regels/vtgv.yaml: each
 * gives one YAML error, at the line of the mistake, in Dutch with the fix, and none of the
 * parser's follow-on errors. A misspelt folder gets a Dutch sentence, not Node's ENOENT.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { controleerBeleid } from '../src/policy/controle.js';
import { formatteerMelding } from '../src/policy/index.js';

const bestanden = leesBeleidBestanden('policies');
const VTGV = bestanden.find((b) => b.pad === 'regels/vtgv.yaml')?.tekst ?? '';

/** The errors of the set with vtgv.yaml changed by `wijzig` (lines numbered from 1). */
function fouten(wijzig: (regels: string[]) => void): string[] {
  const regels = VTGV.split('\n');
  wijzig(regels);
  const tekst = regels.join('\n');
  const set = bestanden.map((b) => (b.pad === 'regels/vtgv.yaml' ? { ...b, tekst } : b));
  return controleerBeleid(set).fouten.map(formatteerMelding);
}

const vervang = (nummer: number, van: string, naar: string) => (r: string[]) => {
  const oud = r[nummer - 1] ?? '';
  expect(oud).toContain(van);
  r[nummer - 1] = oud.replace(van, naar);
};

describe('YAML-fouten op de plek van de vergissing', () => {
  it('a missing closing quote is reported where the value starts, not at the end', () => {
    expect(VTGV.split('\n')).toHaveLength(108); // 107 lines and the final newline
    expect(fouten(vervang(61, "'soort:gemeente']", "'soort:gemeente]"))).toEqual([
      "regels/vtgv.yaml:61:11 YAML-fout: Hier begint een waarde tussen aanhalingstekens (') die niet wordt afgesloten. Zet een ' aan het eind van de waarde, op dezelfde tekstregel.",
    ]);
  });

  it("'- id:' at column 1 is one error at that line, not sixteen from the blank line above", () => {
    expect(fouten(vervang(55, '  - id:', '- id:'))).toEqual([
      'regels/vtgv.yaml:55:1 YAML-fout: Verkeerde inspringing: dit lijstitem begint in kolom 1, het item erboven in kolom 3. Zet de streepjes van één lijst precies onder elkaar, met spaties.',
    ]);
  });

  it('a three-space indent says it is the indent', () => {
    expect(fouten(vervang(56, '    titel:', '   titel:'))).toEqual([
      'regels/vtgv.yaml:56:4 YAML-fout: Verkeerde inspringing: deze tekstregel begint in kolom 4, de tekstregel erboven in kolom 5. Zet sleutels van dezelfde map precies onder elkaar, met spaties.',
    ]);
  });

  it('one space too many is also reported at its own line', () => {
    expect(fouten(vervang(56, '    titel:', '     titel:'))).toEqual([
      'regels/vtgv.yaml:56:6 YAML-fout: Verkeerde inspringing: deze tekstregel begint in kolom 6, de tekstregel erboven in kolom 5. Zet sleutels van dezelfde map precies onder elkaar, met spaties.',
    ]);
  });

  it('one tab is one error', () => {
    expect(fouten(vervang(56, '    titel:', '\ttitel:'))).toEqual([
      'regels/vtgv.yaml:56:1 YAML-fout: Inspringen met een tab kan niet in YAML: vervang de tab aan het begin van deze tekstregel door spaties.',
    ]);
  });

  it('a list without its closing bracket is reported where it starts', () => {
    expect(fouten(vervang(61, "['soort:gemeente']", "['soort:gemeente'"))).toEqual([
      'regels/vtgv.yaml:61:10 YAML-fout: Hier begint een lijst tussen [ ] die niet wordt afgesloten. Zet een ] aan het eind, op dezelfde tekstregel.',
    ]);
  });
});

describe('een map die niet bestaat', () => {
  it('a misspelt key folder stops the start with a Dutch sentence', () => {
    const data = mkdtempSync(join(tmpdir(), 'ketenpoort-sleutelmap-'));
    const r = spawnSync(process.execPath, ['bin/ketenpoort.js', 'serve'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PORT: '0',
        KETENPOORT_DATA: data,
        KETENPOORT_DEMO: 'uit',
        KETENPOORT_SLEUTELS: join(data, 'sleutls'),
      },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `Ketenpoort start niet.\nDe sleutelmap ${join(data, 'sleutls')} bestaat niet (zie KETENPOORT_SLEUTELS): daarin staat per partner een <partner>.jwks.json.\n`,
    );
  });

  it('a misspelt key file gets a Dutch sentence', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/ketenpoort.js', 'token', '--sleutel', 'data/demo/keys/vtgvv.jwk.json', '--sub', 'x'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "Het bestand of de map 'data/demo/keys/vtgvv.jwk.json' bestaat niet. Controleer de naam en de map.\n",
    );
  });

  it('a misspelt policy folder is named', () => {
    const r = spawnSync(process.execPath, ['bin/ketenpoort.js', 'beleid', 'check', 'voorstl'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('De beleidsmap voorstl bestaat niet (zie KETENPOORT_BELEID).\n');
  });
});
