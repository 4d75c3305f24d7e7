/**
 * Two-key decisions over the shipped example policy set in policies/. The cases are a YAML
 * table a jurist can read: a case names only what it checks; a default deny is checked in
 * full (no fields, no melden, rule 'standaard-weigering', no grondslagen).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { base64url } from '../src/encoding/base64url.js';
import type { Soort } from '../src/identity/soorten.js';
import { UITBUITINGSVORMEN, VELDEN } from '../src/policy/categorieen.js';
import {
  type BeleidBestand,
  BeleidFout,
  type Besluit,
  beleidHash,
  beslis,
  laadBeleid,
  type Vraag,
} from '../src/policy/index.js';
import { invoerV2 } from '../src/pseudonym/v2.js';
import { demoOprfSleutel } from '../src/sleutelbewaarder/demo-sleutel.js';
import { evalueerDirect } from '../src/sleutelbewaarder/oprf-sleutel.js';

const MAP = fileURLToPath(new URL('../policies/', import.meta.url));

function leesMap(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? leesMap(join(map, e.name)) : [join(map, e.name)],
  );
}

function voorbeeldset(): BeleidBestand[] {
  return leesMap(MAP).map((p) => ({
    pad: relative(MAP, p).split(sep).join('/'),
    tekst: readFileSync(p, 'utf8'),
  }));
}

const beleid = laadBeleid(voorbeeldset());

interface Geval extends Partial<Omit<Besluit, 'reden'>> {
  naam: string;
  vraag: Omit<Vraag, 'signaal'>;
  signaal: Vraag['signaal'];
  toegestaan: boolean;
  /** A part of the expected reden. */
  reden?: string;
}

const GEVALLEN = parse(`
- naam: "Veilig Thuis-regio's zien elkaars signalen volledig"
  vraag: { bron: vtgv, ontvanger: vtu, doel: signalering }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: zacht, rol: slachtoffer }
  toegestaan: true
  regels: [vtgv-veilig-thuis-utrecht]
  gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte, sinds, soorten]
  melden: true
  grondslagen: [avg-6-1-e, wmo-4.1.1, wmo-5.1.6]
- naam: grondslagen van bron en ontvanger worden samengevoegd
  vraag: { bron: vtu, ontvanger: vtgv, doel: veiligheidsbeoordeling }
  signaal: { uitbuitingsvormen: [criminele_uitbuiting], sterkte: hard, rol: vermoedelijke_dader }
  toegestaan: true
  regels: [vtu-veilig-thuis-gooi]
  grondslagen: [avg-6-1-e, avg-9-2-g, wmo-4.1.1, wmo-5.1.6]
- naam: zorgcoördinator krijgt terugkoppeling over een slachtoffer
  vraag: { bron: vtgv, ontvanger: zorgcoordinator-gv, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [gedwongen_huwelijk], sterkte: zacht, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm, terugkoppeling]
  melden: true
  grondslagen: [avg-6-1-e, college-opdracht, wmo-4.1.1, wmo-5.1.6]
- naam: zorgcoördinator niets over een vermoedelijke dader
  vraag: { bron: vtgv, ontvanger: zorgcoordinator-gv, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: vermoedelijke_dader }
  toegestaan: false
  reden: eerste sleutel ontbreekt
- naam: zorgcoördinator niet voor veiligheidsbeoordeling
  vraag: { bron: vtgv, ontvanger: zorgcoordinator-gv, doel: veiligheidsbeoordeling }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
  reden: beide sleutels ontbreken
- naam: gemeente krijgt alleen bestaan, partner en contact van Veilig Thuis
  vraag: { bron: vtgv, ontvanger: gemeente-hilversum, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: zacht, rol: slachtoffer }
  toegestaan: true
  regels: [vtgv-gemeenten-zorg]
  gegevens: [bestaan, partner, contact]
  melden: true
  grondslagen: [avg-6-1-e, jeugdwet-7.4.0, wmo-4.1.1, wmo-5.1.1]
- naam: 'politie krijgt een hard signaal voor opsporing, zonder latere meldingen'
  vraag: { bron: vtgv, ontvanger: tmm, doel: opsporing }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: true
  regels: [vtgv-politie]
  gegevens: [bestaan, partner, contact, uitbuitingsvorm]
  melden: false
  grondslagen: [avg-6-1-e, sr-273f, wmo-4.1.1, wpg-9]
- naam: politie krijgt geen zacht signaal
  vraag: { bron: vtgv, ontvanger: tmm, doel: opsporing }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: zacht, rol: slachtoffer }
  toegestaan: false
  reden: eerste sleutel ontbreekt
- naam: politie niets van Veilig Thuis voor casusoverleg
  vraag: { bron: vtgv, ontvanger: tmm, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
- naam: 'toezicht Arbeidsinspectie: hard signaal arbeidsuitbuiting, minimaal'
  vraag: { bron: vtgv, ontvanger: nla-toezicht, doel: toezicht }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: hard, rol: werkgever }
  toegestaan: true
  regels: [vtgv-arbeidsinspectie]
  gegevens: [bestaan, partner, contact]
  melden: false
  grondslagen: [avg-6-1-e, sr-273f, wmo-4.1.1]
- naam: 'opsporing Arbeidsinspectie: hard signaal arbeidsuitbuiting'
  vraag: { bron: vtgv, ontvanger: nla-opsporing, doel: opsporing }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting, criminele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact]
  grondslagen: [avg-6-1-e, sr-273f, wmo-4.1.1, wpg-9]
- naam: toezicht mag niet ontvangen voor opsporing (tweede sleutel)
  vraag: { bron: vtgv, ontvanger: nla-toezicht, doel: opsporing }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
  reden: "regel 'vtgv-arbeidsinspectie' van vtgv staat het toe, maar nla-toezicht mag"
- naam: 'geen convenant: geen zacht signaal naar de Arbeidsinspectie'
  vraag: { bron: vtgv, ontvanger: nla-toezicht, doel: toezicht }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: zacht, rol: werkgever }
  toegestaan: false
- naam: Arbeidsinspectie niets over seksuele uitbuiting
  vraag: { bron: vtgv, ontvanger: nla-toezicht, doel: toezicht }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: werkgever }
  toegestaan: false
- naam: signalentafel krijgt ook zachte signalen
  vraag: { bron: vtgv, ontvanger: riec-mn, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [draagmoederschap], sterkte: zacht, rol: overig }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm]
  melden: false
  grondslagen: [avg-6-1-e, riec-convenant]
- naam: ketenregisseur krijgt geen losse signalen voor monitoring
  vraag: { bron: vtgv, ontvanger: riec-mn, doel: monitoring }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
  reden: beide sleutels ontbreken
- naam: politie deelt een zacht signaal aan de signalentafel met de gemeente
  vraag: { bron: tmm, ontvanger: gemeente-hilversum, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [criminele_uitbuiting], sterkte: zacht, rol: slachtoffer }
  toegestaan: true
  regels: [tmm-casusoverleg]
  gegevens: [bestaan, partner, contact]
  melden: false
  grondslagen: [avg-6-1-e, riec-convenant, wpg-20]
- naam: 'verbod gaat boven toestemming: lopend onderzoek niet naar de gemeente'
  vraag: { bron: tmm, ontvanger: gemeente-hilversum, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [criminele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
  regels: [tmm-geen-melding-bij-opsporing]
  grondslagen: [uavg-41, wpg-20]
  reden: "het verbod 'tmm-geen-melding-bij-opsporing' van tmm"
- naam: verbod zonder doelen geldt voor elk doel
  vraag: { bron: tmm, ontvanger: gemeente-laren, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
  regels: [tmm-geen-melding-bij-opsporing]
  grondslagen: [uavg-41, wpg-20]
- naam: verbod geldt niet voor de signalentafel zelf
  vraag: { bron: tmm, ontvanger: riec-mn, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: true
  regels: [tmm-casusoverleg]
- naam: Veilig Thuis weet dat de politie bij een slachtoffer betrokken is
  vraag: { bron: tmm, ontvanger: vtgv, doel: veiligheidsbeoordeling }
  signaal: { uitbuitingsvormen: [criminele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact]
  melden: true
  grondslagen: [avg-6-1-e, avg-9-2-g, wmo-4.1.1, wmo-5.1.6, wpg-20]
- naam: politie en Arbeidsinspectie stemmen onderzoeken af
  vraag: { bron: tmm, ontvanger: nla-opsporing, doel: opsporing }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: zacht, rol: werkgever }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte, sinds, soorten]
  melden: true
  grondslagen: [riec-convenant, sr-273f, wpg-20, wpg-9]
- naam: 'opsporingsdienst meldt slachtoffer bij de zorgcoördinator, alleen wie en contact'
  vraag: { bron: nla-opsporing, ontvanger: zorgcoordinator-gv, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact]
  melden: false
  grondslagen: [avg-6-1-e, college-opdracht, wpg-20]
- naam: signaal over een werkgever blijft bij de opsporing
  vraag: { bron: nla-opsporing, ontvanger: zorgcoordinator-gv, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: hard, rol: werkgever }
  toegestaan: false
  regels: [nla-opsporing-geen-werkgever-buiten-opsporing]
  grondslagen: [uavg-41, wpg-9]
- naam: werkgeversignaal wel naar de politie
  vraag: { bron: nla-opsporing, ontvanger: tmm, doel: opsporing }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: hard, rol: werkgever }
  toegestaan: true
  regels: [nla-opsporing-politie]
  gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte, sinds, soorten]
- naam: toezicht naar opsporing binnen de Arbeidsinspectie
  vraag: { bron: nla-toezicht, ontvanger: nla-opsporing, doel: opsporing }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: hard, rol: locatie }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte, sinds]
  melden: true
  grondslagen: [avg-6-1-e, sr-273f, wpg-9]
- naam: 'geen convenant: Arbeidsinspectie niets naar Veilig Thuis'
  vraag: { bron: nla-toezicht, ontvanger: vtgv, doel: veiligheidsbeoordeling }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
- naam: zorgcoördinator meldt aan Veilig Thuis (meldrecht)
  vraag: { bron: zorgcoordinator-gv, ontvanger: vtgv, doel: signalering }
  signaal: { uitbuitingsvormen: [gedwongen_orgaanverwijdering], sterkte: zacht, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte]
  melden: true
  grondslagen: [avg-6-1-e, wmo-4.1.1, wmo-5.1.6, wmo-5.2.6]
- naam: zorgcoördinator koppelt terug aan de gemeente
  vraag: { bron: zorgcoordinator-gv, ontvanger: gemeente-huizen, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact, terugkoppeling]
  grondslagen: [avg-6-1-e, college-opdracht, jeugdwet-7.4.0, wmo-5.1.1]
- naam: 'zorgcoördinator: zacht signaal naar de signalentafel'
  vraag: { bron: zorgcoordinator-gv, ontvanger: riec-mn, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [criminele_uitbuiting], sterkte: zacht, rol: slachtoffer }
  toegestaan: true
  regels: [zc-signalentafel]
  melden: false
- naam: 'zorgcoördinator: hard signaal niet naar de signalentafel'
  vraag: { bron: zorgcoordinator-gv, ontvanger: riec-mn, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [criminele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
- naam: gemeente meldt illegale adoptie aan de zorgcoördinator
  vraag: { bron: gemeente-blaricum, ontvanger: zorgcoordinator-gv, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [illegale_adoptie], sterkte: zacht, rol: overig }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte, sinds]
  melden: true
  grondslagen: [avg-6-1-e, college-opdracht]
- naam: 'gemeente: hard signaal seksuele uitbuiting naar de politie'
  vraag: { bron: gemeente-huizen, ontvanger: tmm, doel: opsporing }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm]
  grondslagen: [avg-6-1-e, sr-273f, wpg-9]
- naam: 'gemeente: arbeidsuitbuiting niet naar de politie maar naar de Arbeidsinspectie'
  vraag: { bron: gemeente-huizen, ontvanger: tmm, doel: opsporing }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
- naam: 'gemeente: locatie bij arbeidsuitbuiting naar toezicht'
  vraag: { bron: gemeente-laren, ontvanger: nla-toezicht, doel: toezicht }
  signaal: { uitbuitingsvormen: [arbeidsuitbuiting], sterkte: zacht, rol: locatie }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm]
  melden: true
  grondslagen: [avg-6-1-e, sr-273f]
- naam: 'gemeenten onderling, zonder latere meldingen'
  vraag: { bron: gemeente-eemnes, ontvanger: gemeente-hilversum, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: zacht, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact]
  melden: false
  grondslagen: [avg-6-1-e, jeugdwet-7.4.0, wmo-5.1.1]
- naam: 'gemeente meldt aan elk Veilig Thuis (groep soort:veilig-thuis)'
  vraag: { bron: gemeente-wijdemeren, ontvanger: vtu, doel: signalering }
  signaal: { uitbuitingsvormen: [gedwongen_orgaanverwijdering], sterkte: hard, rol: slachtoffer }
  toegestaan: true
  gegevens: [bestaan, partner, contact, uitbuitingsvorm, sterkte]
  grondslagen: [avg-6-1-e, wmo-4.1.1, wmo-5.1.6, wmo-5.2.6]
- naam: Veilig Thuis Utrecht informeert Eemnes
  vraag: { bron: vtu, ontvanger: gemeente-eemnes, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: zacht, rol: slachtoffer }
  toegestaan: true
  regels: [vtu-eemnes]
  gegevens: [bestaan, partner, contact]
- naam: Veilig Thuis Utrecht informeert Hilversum niet
  vraag: { bron: vtu, ontvanger: gemeente-hilversum, doel: zorgcoordinatie }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: zacht, rol: slachtoffer }
  toegestaan: false
- naam: 'signalentafel: toezicht heeft geen casusoverleg als doel en staat niet in de regel'
  vraag: { bron: riec-mn, ontvanger: nla-toezicht, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [], sterkte: zacht, rol: overig }
  toegestaan: false
  reden: beide sleutels ontbreken
- naam: signalentafel agendeert bij de gemeente
  vraag: { bron: riec-mn, ontvanger: gemeente-gooise-meren, doel: casusoverleg }
  signaal: { uitbuitingsvormen: [], sterkte: zacht, rol: overig }
  toegestaan: true
  regels: [riec-casusoverleg]
  gegevens: [bestaan, partner, contact]
  melden: true
- naam: 'bron is ontvanger: nooit een verstrekking'
  vraag: { bron: vtgv, ontvanger: vtgv, doel: signalering }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
  reden: eigen signalen
- naam: onbekende partner
  vraag: { bron: vtgv, ontvanger: politie-onbekend, doel: opsporing }
  signaal: { uitbuitingsvormen: [seksuele_uitbuiting], sterkte: hard, rol: slachtoffer }
  toegestaan: false
  reden: partners.yaml
`) as Geval[];

function besluit(g: Geval): Besluit {
  return beslis(beleid, { ...g.vraag, signaal: g.signaal });
}

describe('voorbeeldbeleid: twee sleutels', () => {
  it('has at least 30 cases', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(30);
  });

  it.each(GEVALLEN)('$naam', (g) => {
    const { naam: _, vraag: __, signaal: ___, reden, ...verwacht } = g;
    const b = besluit(g);
    // A denial never discloses; without named rules it must be the default deny.
    const weigering = verwacht.regels
      ? { gegevens: [], melden: false }
      : { gegevens: [], melden: false, regels: ['standaard-weigering'], grondslagen: [] };
    expect(b).toMatchObject(verwacht.toegestaan ? verwacht : { ...weigering, ...verwacht });
    if (reden) expect(b.reden).toContain(reden);
    if (b.toegestaan) expect(b.gegevens[0]).toBe('bestaan');
  });

  it('shows every disclosure field in some allowed case', () => {
    const getoond = new Set(GEVALLEN.map(besluit).flatMap((b) => b.gegevens));
    expect([...getoond].sort()).toEqual([...VELDEN].sort());
  });

  it('has allowed cases with and without melden', () => {
    const toegestaan = GEVALLEN.map(besluit).filter((b) => b.toegestaan);
    expect(new Set(toegestaan.map((b) => b.melden))).toEqual(new Set([true, false]));
  });

  it('lets a signal of each uitbuitingsvorm alone reach some partner', () => {
    for (const vorm of UITBUITINGSVORMEN) {
      const bereikt = GEVALLEN.some(
        (g) => g.signaal.uitbuitingsvormen.join() === vorm && besluit(g).toegestaan,
      );
      expect(bereikt, vorm).toBe(true);
    }
  });

  it('names a bewaartermijn and an ontvangen doel for every partner', () => {
    for (const id of beleid.partners.keys()) {
      expect(beleid.bewaartermijnMaanden(id, 'hard'), id).toBeGreaterThan(0);
      expect(
        [...beleid.doelen.keys()].some((d) => beleid.magOntvangen(id, d)),
        id,
      ).toBe(true);
    }
    expect(beleid.bewaartermijnMaanden('nla-opsporing', 'zacht')).toBeUndefined();
    expect([...beleid.partners.keys()].some((p) => beleid.magOntvangen(p, 'monitoring'))).toBe(
      false,
    );
  });
});

describe('voorbeeldbeleid: uitgesloten entiteiten', () => {
  // The demo sleutelbewaarder's key (demo-v2, pinned in policies/pseudoniemen.yaml), evaluated
  // directly with RFC 9497 Evaluate on the canonical forms.
  const DEMOSLEUTEL = demoOprfSleutel();
  const pseudoniem = (soort: Soort, canoniek: string) =>
    base64url(evalueerDirect(DEMOSLEUTEL.geheim, invoerV2(soort, canoniek)));

  it('holds the demo shelter address and meldpunt contacts as pseudonyms of the demo key', () => {
    const lijst = beleid.uitgesloten
      .filter((u) => u.versie === 'v2' && u.sleutel === 'demo-v2')
      .map((u) => `${u.soort}:${u.pseudoniem}`);
    expect(lijst).toContain(`adres:${pseudoniem('adres', '1200AA|1|')}`);
    expect(lijst).toContain(`adres:${pseudoniem('adres', '1200AA|3|A')}`);
    expect(lijst).toContain(`telefoon:${pseudoniem('telefoon', '+31880000100')}`);
    expect(lijst).toContain(`email:${pseudoniem('email', 'meldpunt@vtgv.example')}`);
    expect(lijst).not.toContain(`adres:${pseudoniem('adres', '1200AA|2|')}`);
  });
});

describe('voorbeeldbeleid: hash en fouten', () => {
  it('hashes path, byte length and bytes of each policy file, sorted by path', () => {
    // Computed with Python's hashlib from the layout in src/policy/hash.ts: 'é' is two bytes,
    // a.yaml goes before b.yml, and the scenario file under tests/ is no policy.
    const set = [
      { pad: 'regels/b.yml', tekst: 'x: 1\n' },
      { pad: 'tests/scenario.yaml', tekst: 'y: 2' },
      { pad: 'regels/a.yaml', tekst: 'é' },
    ];
    expect(beleidHash(set)).toBe(
      '6c13a033e9066cca3ae4b6992afe10d38cb2196bb7b4731510880b29b98cf237',
    );
  });

  it('gives the example policy set the hash node:crypto computes over its YAML files', () => {
    const h = createHash('sha256');
    const yaml = voorbeeldset().filter(
      (b) => /\.ya?ml$/.test(b.pad) && !b.pad.startsWith('tests/'),
    );
    for (const b of yaml.sort((a, b) => (a.pad < b.pad ? -1 : 1))) {
      const inhoud = Buffer.from(b.tekst, 'utf8');
      h.update(`${b.pad}\0${inhoud.length}\0`);
      h.update(inhoud);
    }
    expect(yaml.length).toBeGreaterThan(5);
    expect(beleid.hash).toBe(h.digest('hex'));
  });

  it('does not depend on the order of the files, and changes when one byte changes', () => {
    const set = voorbeeldset();
    expect(beleidHash([...set].reverse())).toBe(beleid.hash);
    const eerste = set[0]!;
    const gewijzigd = [{ ...eerste, tekst: `${eerste.tekst} ` }, ...set.slice(1)];
    expect(beleidHash(gewijzigd)).not.toBe(beleid.hash);
    expect(beleidHash([...set, { pad: 'tests/scenario.yaml', tekst: 'x: 1' }])).toBe(beleid.hash);
  });

  it('refuses a broken copy with file and line of the mistake', () => {
    const set = voorbeeldset();
    const tmm = set.find((b) => b.pad === 'regels/tmm.yaml')!;
    const oud = "aan: [riec-mn, vtgv, 'soort:gemeente']";
    const regel = tmm.tekst.split('\n').findIndex((r) => r.includes(oud)) + 1;
    expect(regel).toBeGreaterThan(0);
    tmm.tekst = tmm.tekst.replace(oud, "aan: [riec-mn, vtgvv, 'soort:gemeente']");
    const melding = "Onbekende partner 'vtgvv'. Bedoelt u 'vtgv'? Partners staan in partners.yaml.";
    expect(() => laadBeleid(set)).toThrow(BeleidFout);
    expect(() => laadBeleid(set)).toThrow(`regels/tmm.yaml:${regel}:20 ${melding}`);
    try {
      laadBeleid(set);
    } catch (e) {
      expect((e as BeleidFout).fouten).toEqual([
        { bestand: 'regels/tmm.yaml', regel, kolom: 20, melding },
      ]);
    }
  });
});
