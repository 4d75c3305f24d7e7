/**
 * `beleid uitleg --regie` (issue 17) on the example set and on a changed copy: the default
 * regisseur per doel, who learns who leads (partner and contact, "regie belegd" or nothing),
 * the termijnen with the escalation partner, and per stapelregel whose signals count.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { laadBeleid } from '../src/policy/index.js';
import { uitlegRegie } from '../src/policy/uitleg-regie.js';
import { uitlegRegieTekst } from '../src/policy/uitleg-regie-tekst.js';

const beleid = laadBeleid(leesBeleidBestanden('policies'));

/** A copy of policies/ with `vervang` applied to one file. */
function gewijzigd(bestand: string, vervang: (tekst: string) => string) {
  const map = join(mkdtempSync(join(tmpdir(), 'ketenpoort-uitleg-regie-')), 'policies');
  cpSync('policies', map, { recursive: true });
  const pad = join(map, bestand);
  writeFileSync(pad, vervang(readFileSync(pad, 'utf8')));
  return laadBeleid(leesBeleidBestanden(map));
}

describe('uitleg van regie', () => {
  it('names the default regisseur per doel, resolved from its ketenrol', () => {
    const u = uitlegRegie(beleid);
    expect(u.regisseurs.map((r) => [r.doel, r.regisseur])).toEqual([
      ['zorgcoordinatie', 'zorgcoordinator-gv'],
      ['casusoverleg', 'riec-mn'],
    ]);
    expect(uitlegRegie(beleid, 'casusoverleg').regisseurs).toHaveLength(1);
  });

  it("says who learns who leads under the regisseur's own rule, per kind of signal", () => {
    const zorg = uitlegRegie(beleid, 'zorgcoordinatie').regisseurs[0];
    const van = (p: string) => zorg?.anderen.find((a) => a.partner === p)?.weten;
    expect(van('vtgv')).toEqual([
      {
        uitkomst: 'wie-en-contact',
        soorten: expect.arrayContaining([{ sterkte: 'hard', rol: 'overig' }]),
      },
    ]);
    expect(van('tmm')?.map((w) => w.uitkomst)).toEqual(['niets']);
    expect(van('riec-mn')).toEqual([
      {
        uitkomst: 'wie-en-contact',
        soorten: expect.arrayContaining([{ sterkte: 'zacht', rol: 'overig' }]),
      },
      { uitkomst: 'niets', soorten: expect.arrayContaining([{ sterkte: 'hard', rol: 'overig' }]) },
    ]);
    const tekst = uitlegRegieTekst(beleid, uitlegRegie(beleid, 'zorgcoordinatie'));
    expect(tekst).toContain("Doel 'zorgcoordinatie': standaardregisseur zorgcoordinator-gv");
    expect(tekst).toContain('  tmm hoort niets van de regie.');
    expect(tekst).toMatch(
      /riec-mn:\n {4}ziet wie de regie heeft, met het functionele contact bij sterkte zacht, elke rol\n {4}hoort niets van de regie bij sterkte hard, elke rol/,
    );
    expect(tekst).toContain('dan stelt de poort één keer per casus de');
  });

  it('shows "regie belegd" where the rule grants only bestaan', () => {
    // riec-mn's rule toward tmm for casusoverleg grants partner and contact; without them,
    // tmm learns only that regie is belegd.
    const b = gewijzigd('regels/riec-mn.yaml', (t) =>
      t.replaceAll(/gegevens: \[[^\]]*\]/g, 'gegevens: [bestaan]'),
    );
    const riec = uitlegRegie(b, 'casusoverleg').regisseurs[0];
    expect(riec?.anderen.find((a) => a.partner === 'tmm')?.weten.map((w) => w.uitkomst)).toEqual([
      'belegd',
    ]);
    expect(uitlegRegieTekst(b, uitlegRegie(b, 'casusoverleg'))).toContain(
      '  tmm ziet alleen "regie belegd", niet wie.',
    );
  });
});

describe('uitleg van termijnen en stapelregels', () => {
  it('gives the termijnen in werkdagen and the escalation partner', () => {
    const tekst = uitlegRegieTekst(beleid, uitlegRegie(beleid));
    expect(tekst).toContain('Een overdracht zonder antwoord: 5 werkdagen.');
    expect(tekst).toContain('Een regievoorstel dat niet tot regie leidt: 10 werkdagen.');
    expect(tekst).toContain('Escalatiepartner: vtgv (Veilig Thuis Gooi en Vechtstreek).');
  });

  it('gives each stapelregel with its threshold and the sources that count', () => {
    const [stapel] = uitlegRegie(beleid).stapelregels;
    expect(stapel?.regel.id).toBe('zachte-signalen-stapelen');
    const telt = (p: string) => stapel?.bronnen.find((b) => b.partner === p)?.telt;
    expect(telt('tmm')).toEqual([]);
    expect(telt('gemeente-laren')).toHaveLength(5);
    expect(telt('gemeente-laren')?.every((s) => s.sterkte === 'zacht')).toBe(true);
    expect(stapel?.bronnen.some((b) => b.partner === 'vtgv')).toBe(false);
    const tekst = uitlegRegieTekst(beleid, uitlegRegie(beleid));
    expect(tekst).toContain(
      'Gaat af bij 3 of meer signalen met sterkte zacht van minstens 2 verschillende partners op hetzelfde gegeven, binnen 12 maanden.',
    );
    expect(tekst).toContain('    tmm: telt nooit mee');
    expect(tekst).toContain('    vtgv: eigen signalen tellen altijd mee');
  });

  it('follows a changed threshold and a set without termijnen', () => {
    const b = gewijzigd('stapelregels.yaml', (t) => t.replace('minimaal: 3', 'minimaal: 4'));
    expect(uitlegRegieTekst(b, uitlegRegie(b))).toContain('Gaat af bij 4 of meer signalen');
    const zonder = { ...beleid, termijnen: undefined, stapelregels: undefined, hash: beleid.hash };
    const tekst = uitlegRegieTekst(beleid, uitlegRegie(zonder as typeof beleid));
    expect(tekst).toContain('Het beleid heeft geen termijnen.yaml: de poort bewaakt geen termijn.');
    expect(tekst).toContain('Het beleid heeft geen stapelregels.');
  });
});
