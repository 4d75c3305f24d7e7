/**
 * The jurist's commands as a jurist runs them (through bin/ketenpoort.js, like npx), on the
 * example set and on a copy with a mistake in it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const werkmap = mkdtempSync(join(tmpdir(), 'ketenpoort-beleid-'));

function ketenpoort(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/ketenpoort.js', ...args], { encoding: 'utf8' });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

/** A copy of policies/ to break. */
function kopie(naam: string): string {
  const map = join(werkmap, naam);
  cpSync('policies', map, { recursive: true });
  return map;
}

describe('ketenpoort beleid test', () => {
  it('runs the example scenarios and reports full coverage', () => {
    const r = ketenpoort(['beleid', 'test', '--streng', '--stil']);
    expect(r.code, r.fout + r.uit).toBe(0);
    expect(r.uit).toMatch(/^(\d+) geslaagd, 0 mislukt, 0 fout\(en\) in scenario's\.$/m);
    expect(r.uit).toMatch(/Dekking: (\d+) van de \1 regels beslissen/);
  });

  it('fails on a scenario the policy does not meet, naming file, line and the difference', () => {
    const map = kopie('mislukt');
    const pad = join(map, 'tests', 'veilig-thuis.yaml');
    const tekst = readFileSync(pad, 'utf8');
    writeFileSync(pad, tekst.replace('reden: eigen-signaal', 'reden: verbod'));
    const r = ketenpoort(['beleid', 'test', map, '--stil']);
    expect(r.code).toBe(1);
    expect(r.uit).toMatch(
      /MISLUKT +tests\/veilig-thuis\.yaml:\d+ {2}een partner krijgt nooit een verstrekking over zijn eigen signaal\n {10}reden: verwacht 'verbod', kreeg 'eigen-signaal'/,
    );
  });
});

describe('ketenpoort beleid check --streng', () => {
  it('fails on a warning and names file, line and column', () => {
    const map = kopie('waarschuwing');
    const pad = join(map, 'regels', 'vtgv.yaml');
    writeFileSync(
      pad,
      readFileSync(pad, 'utf8').replace(
        '[bestaan, partner, contact]\n    grondslagen: [avg-6-1-e, wmo-4.1.1]\n    melden: true',
        '[bestaan, contact]\n    grondslagen: [avg-6-1-e, wmo-4.1.1]\n    melden: true',
      ),
    );
    expect(ketenpoort(['beleid', 'check', map]).code).toBe(0);
    const r = ketenpoort(['beleid', 'check', map, '--streng']);
    expect(r.code).toBe(1);
    expect(r.fout).toMatch(/regels\/vtgv\.yaml:\d+:\d+ 'contact' zonder 'partner'/);
  });
});

describe('ketenpoort beleid schema --controleer', () => {
  it('finds the schemas in schemas/ up to date', () => {
    const r = ketenpoort(['beleid', 'schema', '--controleer']);
    expect(r.code, r.fout).toBe(0);
  });
});

describe('ketenpoort beleid uitleg', () => {
  it('explains the example of issue 3 and names the failing condition', () => {
    const r = ketenpoort([
      'beleid',
      'uitleg',
      '--van',
      'vtgv',
      '--aan',
      'tmm',
      '--doel',
      'opsporing',
      '--vorm',
      'criminele_uitbuiting',
      '--sterkte',
      'zacht',
    ]);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toContain('Geldt voor sterkte zacht, elke rol:');
    expect(r.uit).toContain('Besluit: GEWEIGERD (eerste-sleutel');
    expect(r.uit).toMatch(
      /past niet vtgv-politie \(regels\/vtgv\.yaml:\d+\)[^\n]*\n +want sterkte zacht, de regel vraagt hard/,
    );
  });

  it('suggests the nearest name for a typo and exits with 2', () => {
    const r = ketenpoort([
      'beleid',
      'uitleg',
      '--van',
      'vtgv',
      '--aan',
      'zorgcoordinator',
      '--doel',
      'zorgcoordinatie',
    ]);
    expect(r.code).toBe(2);
    expect(r.fout).toContain(
      "Onbekende ontvanger 'zorgcoordinator'. Bedoelt u 'zorgcoordinator-gv'?",
    );
  });
});

describe('ketenpoort beleid uitleg na de overlap', () => {
  it('explains an overdracht and a status, in Dutch', () => {
    const vraag = [
      '--van',
      'zorgcoordinator-gv',
      '--aan',
      'gemeente-laren',
      '--doel',
      'zorgcoordinatie',
      '--sterkte',
      'zacht',
      '--rol',
      'slachtoffer',
    ];
    const o = ketenpoort(['beleid', 'uitleg', '--overdracht', ...vraag]);
    expect(o.code, o.fout).toBe(0);
    expect(o.uit).toContain(
      'Besluit: GEWEIGERD (eerste-sleutel: geen overdrachtsregel van de bron past)',
    );
    const s = ketenpoort(['beleid', 'uitleg', '--status', 'ontvangen', ...vraag]);
    expect(s.code, s.fout).toBe(0);
    expect(s.uit).toContain('Besluit: NIET ZICHTBAAR (status-verborgen');
    const fout = ketenpoort(['beleid', 'uitleg', '--status', 'afgeslote', ...vraag]);
    expect(fout.code).toBe(2);
    expect(fout.fout).toContain("Bedoelt u 'afgesloten'?");
  });
});

describe('ketenpoort beleid verschil', () => {
  it('reports one added recipient loudly and exits with 1; no difference exits with 0', () => {
    const map = kopie('verschil');
    const pad = join(map, 'regels', 'vtgv.yaml');
    writeFileSync(pad, readFileSync(pad, 'utf8').replace('aan: [riec-mn]', 'aan: [riec-mn, tmm]'));
    const r = ketenpoort(['beleid', 'verschil', 'policies', map]);
    expect(r.code, r.fout).toBe(1);
    expect(r.uit).toContain('!!! LET OP: VERRUIMING !!!');
    expect(r.uit).toMatch(/in 1 combinatie\(s\) van bron, ontvanger en doel/);
    expect(r.uit).toContain('+++ vtgv -> tmm, doel casusoverleg: NIEUW TOEGESTAAN');
    const gelijk = ketenpoort(['beleid', 'verschil', 'HEAD', 'HEAD']);
    expect(gelijk.code, gelijk.fout).toBe(0);
    expect(gelijk.uit).toContain(
      'Geen verschil: beide beleidssets beslissen elke vraag hetzelfde.',
    );
  });
});

describe('ketenpoort beleid matrix en register', () => {
  it('writes the matrix as HTML and the register as Markdown', () => {
    const html = join(werkmap, 'uit', 'matrix.html');
    const m = ketenpoort(['beleid', 'matrix', '--uit', html]);
    expect(m.code, m.fout).toBe(0);
    expect(m.fout).toMatch(/^Geschreven: .*matrix\.html \(beleid [0-9a-f]{12}\)\./);
    expect(readFileSync(html, 'utf8')).toContain('<h1>Verstrekkingsmatrix</h1>');
    const r = ketenpoort(['beleid', 'register']);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toMatch(/^# Verwerkingsregister \(AVG artikel 30\)\n/);
    expect(r.uit).toContain('## 1. Veilig Thuis Gooi en Vechtstreek: signalen registreren');
  });
});

describe('ketenpoort beleid uitleg --regie', () => {
  it('explains regie, termijnen and stapelregels, for one doel or all', () => {
    const r = ketenpoort(['beleid', 'uitleg', '--regie']);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toContain("Doel 'casusoverleg': standaardregisseur riec-mn");
    expect(r.uit).toContain('Een regievoorstel dat niet tot regie leidt: 10 werkdagen.');
    expect(r.uit).toContain('zachte-signalen-stapelen (stapelregels.yaml:');
    const een = ketenpoort(['beleid', 'uitleg', '--regie', '--doel', 'zorgcoordinatie']);
    expect(een.code, een.fout).toBe(0);
    expect(een.uit).not.toContain("Doel 'casusoverleg'");
    const fout = ketenpoort(['beleid', 'uitleg', '--regie', '--doel', 'zorgcoordinatei']);
    expect(fout.code).toBe(2);
    expect(fout.fout).toContain("Bedoelt u 'zorgcoordinatie'?");
  });
});
