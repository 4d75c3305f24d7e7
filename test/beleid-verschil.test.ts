/**
 * Change impact over the whole finite question space: one added recipient is exactly one
 * widening; reordering rules (or rewording them) is no difference at all.
 */
import { describe, expect, it } from 'vitest';
import { isSeq, parseDocument } from 'yaml';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { leesBeleidVan } from '../src/node/beleid-uit-git.js';
import type { BeleidBestand } from '../src/policy/index.js';
import { laadBeleid } from '../src/policy/index.js';
import { quotaVerschil, quotaVerschilTekst } from '../src/policy/quota-verschil.js';
import { beleidVerschil } from '../src/policy/verschil.js';
import { verschilTekst } from '../src/policy/verschil-tekst.js';

const ORIGINEEL = leesBeleidBestanden('policies');
const oud = laadBeleid(ORIGINEEL);

/** The example set with one file's text changed by `wijzig`. */
function gewijzigd(pad: string, wijzig: (tekst: string) => string): BeleidBestand[] {
  return ORIGINEEL.map((b) => (b.pad === pad ? { pad, tekst: wijzig(b.tekst) } : b));
}

/** Reverses a list in a YAML file, keeping comments. */
function keerOm(tekst: string, lijst: string): string {
  const doc = parseDocument(tekst);
  const seq = doc.get(lijst);
  if (!isSeq(seq)) throw new Error(`${lijst} is geen lijst`);
  seq.items.reverse();
  return doc.toString();
}

describe('beleidVerschil', () => {
  it('reports no difference between a set and itself', () => {
    expect(beleidVerschil(oud, laadBeleid(ORIGINEEL))).toEqual([]);
  });

  it('reports exactly one widening when a rule gains one recipient', () => {
    const nieuw = laadBeleid(
      gewijzigd('regels/vtgv.yaml', (t) => t.replace('aan: [riec-mn]', 'aan: [riec-mn, tmm]')),
    );
    const v = beleidVerschil(oud, nieuw);
    expect(v).toEqual([
      {
        soort: 'verstrekking',
        bron: 'vtgv',
        ontvanger: 'tmm',
        doel: 'casusoverleg',
        wijziging: 'nieuw-toegestaan',
        verruiming: true,
        signalen: 'elk signaal',
        aantal: 1280,
        gegevens: ['bestaan', 'partner', 'contact', 'uitbuitingsvorm'],
        regels: ['vtgv-signalentafel'],
        grondslagen: { oud: [], nieuw: ['avg-6-1-e', 'riec-convenant', 'wpg-20'] },
      },
    ]);
    const tekst = verschilTekst(
      v,
      { naam: 'oud', hash: oud.hash },
      { naam: 'nieuw', hash: nieuw.hash },
    );
    expect(tekst).toContain('!!! LET OP: VERRUIMING !!!');
    expect(tekst).toContain(
      '+++ vtgv -> tmm, doel casusoverleg: NIEUW TOEGESTAAN\n    bij: elk signaal',
    );
  });

  it('reports no difference when only the order of rules, verboden and files changes', () => {
    const nieuw = laadBeleid(
      gewijzigd('regels/vtgv.yaml', (t) => keerOm(t, 'verstrekken'))
        .map((b) =>
          b.pad === 'regels/tmm.yaml'
            ? { ...b, tekst: keerOm(keerOm(b.tekst, 'verstrekken'), 'ontvangen') }
            : b,
        )
        .reverse(),
    );
    expect(nieuw.hash).not.toBe(oud.hash);
    expect(beleidVerschil(oud, nieuw)).toEqual([]);
  });

  it('reports no difference when only titles and explanations change', () => {
    const nieuw = laadBeleid(
      gewijzigd('regels/vtgv.yaml', (t) =>
        t.replace('titel: Signalentafel mensenhandel (RIEC)', 'titel: Andere titel'),
      ),
    );
    expect(beleidVerschil(oud, nieuw)).toEqual([]);
  });

  it('reports a narrowing by condition, described exactly', () => {
    const nieuw = laadBeleid(
      gewijzigd('regels/vtgv.yaml', (t) =>
        t.replace(
          '    aan: [riec-mn]\n    doelen: [casusoverleg]\n',
          '    aan: [riec-mn]\n    doelen: [casusoverleg]\n    wanneer:\n      sterkte: [hard]\n',
        ),
      ),
    );
    const v = beleidVerschil(oud, nieuw);
    expect(v).toMatchObject([
      {
        bron: 'vtgv',
        ontvanger: 'riec-mn',
        doel: 'casusoverleg',
        wijziging: 'nieuw-geweigerd',
        verruiming: false,
        signalen: 'sterkte zacht',
        aantal: 640,
      },
    ]);
  });

  it('marks extra fields and later notifications as widenings', () => {
    const nieuw = laadBeleid(
      gewijzigd('regels/vtgv.yaml', (t) =>
        t.replace(
          '    gegevens: [bestaan, partner, contact, uitbuitingsvorm]\n    grondslagen: [avg-6-1-e, riec-convenant]\n    melden: false',
          '    gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte]\n    grondslagen: [avg-6-1-e, riec-convenant]\n    melden: true',
        ),
      ),
    );
    expect(beleidVerschil(oud, nieuw).map((v) => [v.wijziging, v.verruiming, v.gegevens])).toEqual([
      ['meer-gegevens', true, ['sterkte']],
      ['melden-aan', true, []],
    ]);
  });
});

describe('beleidVerschil na de overlap (issue 16)', () => {
  const tekst = (v: ReturnType<typeof beleidVerschil>, nieuw: ReturnType<typeof laadBeleid>) =>
    verschilTekst(v, { naam: 'oud', hash: oud.hash }, { naam: 'nieuw', hash: nieuw.hash });

  it('reports a widened overdrachtsregel as a widening, and its narrowing as a narrowing', () => {
    const wijzig = (van: string, naar: string) =>
      laadBeleid(
        gewijzigd('regels/vtgv.yaml', (t) => {
          expect(t).toContain(van);
          return t.replace(van, naar);
        }),
      );
    const ruimer = wijzig(
      '    gegevens: [uitbuitingsvorm]\n    grondslagen: [avg-6-1-e, wmo-4.1.1]',
      '    gegevens: [uitbuitingsvorm, sterkte]\n    grondslagen: [avg-6-1-e, wmo-4.1.1]',
    );
    const v = beleidVerschil(oud, ruimer);
    expect(v).toMatchObject([
      {
        soort: 'overdracht',
        bron: 'vtgv',
        ontvanger: 'nla-toezicht',
        doel: 'toezicht',
        wijziging: 'meer-gegevens',
        verruiming: true,
        gegevens: ['sterkte'],
        regels: ['vtgv-overdracht-arbeidsinspectie'],
        signalen: 'met uitbuitingsvorm arbeidsuitbuiting',
      },
    ]);
    expect(v).toHaveLength(1);
    expect(tekst(v, ruimer)).toContain('!!! LET OP: VERRUIMING !!!');
    expect(tekst(v, ruimer)).toContain(
      '+++ overdracht vtgv -> nla-toezicht, doel toezicht: MEER GEGEVENS',
    );
    // The same change the other way is a narrowing, never a widening.
    const terug = beleidVerschil(ruimer, oud);
    expect(terug.map((x) => [x.soort, x.wijziging, x.verruiming])).toEqual([
      ['overdracht', 'minder-gegevens', false],
    ]);
    const nieuweOntvanger = wijzig(
      '    aan: [nla-toezicht]\n    doelen: [toezicht]',
      '    aan: [nla-toezicht, tmm]\n    doelen: [toezicht, opsporing]',
    );
    expect(
      beleidVerschil(oud, nieuweOntvanger).map((x) => [
        x.soort,
        x.ontvanger,
        x.doel,
        x.wijziging,
        x.verruiming,
      ]),
    ).toEqual([['overdracht', 'tmm', 'opsporing', 'nieuw-toegestaan', true]]);
    expect(
      beleidVerschil(nieuweOntvanger, oud).map((x) => [x.soort, x.wijziging, x.verruiming]),
    ).toEqual([['overdracht', 'nieuw-geweigerd', false]]);
  });

  it('reports more visible statussen as a widening, fewer as a narrowing', () => {
    const meer = laadBeleid(
      gewijzigd('regels/zorgcoordinator-gv.yaml', (t) =>
        t.replace(
          'statussen: [in_behandeling, hulp_gestart,',
          'statussen: [ontvangen, in_behandeling, hulp_gestart,',
        ),
      ),
    );
    const v = beleidVerschil(oud, meer);
    expect(v.length).toBe(7);
    expect(new Set(v.map((x) => x.ontvanger)).size).toBe(7);
    expect(v[0]).toMatchObject({
      soort: 'terugkoppeling',
      bron: 'zorgcoordinator-gv',
      doel: 'zorgcoordinatie',
      wijziging: 'meer-statussen',
      verruiming: true,
      gegevens: ['ontvangen'],
      regels: ['zc-gemeenten'],
      signalen: 'rol slachtoffer',
    });
    expect(tekst(v, meer)).toMatch(
      /\+\+\+ terugkoppeling zorgcoordinator-gv -> gemeente-[a-z-]+, doel zorgcoordinatie: MEER STATUSSEN ZICHTBAAR\n {4}bij: rol slachtoffer\n {4}statussen: ontvangen/,
    );
    const minder = beleidVerschil(meer, oud);
    expect(minder.every((x) => x.wijziging === 'minder-statussen' && !x.verruiming)).toBe(true);
    expect(minder).toHaveLength(7);
  });

  it('reports gaining terugkoppeling once, as more gegevens of the verstrekking', () => {
    const nieuw = laadBeleid(
      gewijzigd('regels/vtgv.yaml', (t) =>
        t.replace(
          "    aan: ['soort:gemeente']\n    doelen: [zorgcoordinatie]\n    wanneer:\n      rol: [slachtoffer]\n    gegevens: [bestaan, partner, contact]",
          "    aan: ['soort:gemeente']\n    doelen: [zorgcoordinatie]\n    wanneer:\n      rol: [slachtoffer]\n    gegevens: [bestaan, partner, contact, terugkoppeling]",
        ),
      ),
    );
    const v = beleidVerschil(oud, nieuw);
    expect(v.length).toBe(7);
    expect(
      v.every((x) => x.soort === 'verstrekking' && x.wijziging === 'meer-gegevens' && x.verruiming),
    ).toBe(true);
    expect(v[0]?.gegevens).toEqual(['terugkoppeling']);
  });
});

describe('quotaVerschil', () => {
  it('reports no quota difference between a set and itself', () => {
    expect(quotaVerschil(oud, laadBeleid(ORIGINEEL))).toEqual([]);
  });

  it('reports a higher default as a widening for every partner without an afwijking', () => {
    const nieuw = laadBeleid(
      gewijzigd('quota.yaml', (t) =>
        t.replace('registraties: { uur: 50, dag: 200 }', 'registraties: { uur: 50, dag: 250 }'),
      ),
    );
    const verschillen = quotaVerschil(oud, nieuw);
    // vtgv and vtu have their own registration limits; every other partner gains 50 a day.
    const partners = [...oud.partners.keys()].filter((p) => p !== 'vtgv' && p !== 'vtu').sort();
    expect(verschillen.map((v) => v.partner)).toEqual(partners);
    expect(verschillen.every((v) => v.wat === 'registraties per dag' && v.verruiming)).toBe(true);
    expect(verschillen[0]).toMatchObject({ oud: 200, nieuw: 250 });
    expect(quotaVerschilTekst(verschillen)).toContain('VERRUIMD');
  });

  it('reports a lower afwijking as a narrowing, and no quota.yaml at all as a widening', () => {
    const lager = laadBeleid(gewijzigd('quota.yaml', (t) => t.replace('batch: 100', 'batch: 80')));
    expect(quotaVerschil(oud, lager)).toEqual([
      { partner: 'vtgv', wat: 'batch', oud: 100, nieuw: 80, verruiming: false },
      { partner: 'vtu', wat: 'batch', oud: 100, nieuw: 80, verruiming: false },
    ]);
    const zonder = laadBeleid(ORIGINEEL.filter((b) => b.pad !== 'quota.yaml'));
    const weg = quotaVerschil(oud, zonder);
    expect(weg.length).toBeGreaterThan(0);
    expect(weg.every((v) => v.verruiming && v.nieuw === undefined)).toBe(true);
  });
});

describe('leesBeleidVan', () => {
  it('reads a set from a git revision', () => {
    const bestanden = leesBeleidVan('HEAD');
    expect(bestanden.map((b) => b.pad)).toContain('regels/vtgv.yaml');
    expect(() => laadBeleid(bestanden)).not.toThrow();
  });

  it('names what it expected for something that is neither a folder nor a revision', () => {
    expect(() => leesBeleidVan('geen-map-of-revisie')).toThrow(
      "'geen-map-of-revisie' is geen map en geen git-revisie (zoals HEAD~1, main of main:policies).",
    );
  });
});
