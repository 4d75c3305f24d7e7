/**
 * @module
 * The Dutch text of `beleid uitleg --regie` (issue 17), for a jurist: the default regisseur per
 * doel and when the gateway proposes it, who learns who leads, the termijnen in werkdagen and
 * who hears when one passes, and per stapelregel its threshold and whose signals count.
 */
import type { Beleid } from './beleid.js';
import { ROLLEN, type Rol, STERKTES, type Sterkte } from './categorieen.js';
import type { RegieUitleg, RegieWeten, RegisseurUitleg, StapelUitleg } from './uitleg-regie.js';

const WETEN: Record<RegieWeten, string> = {
  'wie-en-contact': 'ziet wie de regie heeft, met het functionele contact',
  wie: 'ziet wie de regie heeft, zonder contact',
  belegd: 'ziet alleen "regie belegd", niet wie',
  niets: 'hoort niets van de regie',
};

/** Plain text, one fact per line, as `uitlegTekst`: it is pasted into mails and memos. */
export function uitlegRegieTekst(beleid: Beleid, u: RegieUitleg): string {
  const naam = (id: string | null) =>
    id === null
      ? 'niemand (de ketenrol is niet vervuld)'
      : `${id} (${beleid.partners.get(id)?.naam ?? id})`;
  return [
    ...regieDeel(u.regisseurs, naam),
    '',
    ...termijnDeel(u, naam),
    '',
    ...stapelDeel(u.stapelregels, naam),
  ].join('\n');
}

function regieDeel(regisseurs: RegisseurUitleg[], naam: (id: string | null) => string): string[] {
  const uit = ['REGIE'];
  if (regisseurs.length === 0) {
    return [...uit, 'Het beleid noemt geen standaardregisseur (partners.yaml, regisseurs).'];
  }
  uit.push(
    'Ontstaat een casus (signalen van minstens twee partners op hetzelfde gegeven), of komt er',
    'een lid bij, zonder regie en zonder open voorstel, dan stelt de poort één keer per casus de',
    'standaardregisseur van een doel in de casus voor, als die zelf een signaal in de casus heeft',
    'en de regel van de partner die registreert het hem laat weten (beide sleutels). Voorgesteld,',
    'niet aangewezen: de regisseur neemt aan of wijst af. Een standaardregisseur buiten de casus',
    'slaat de poort over; die hoort er alleen van via een overdracht van een lid.',
    'Wie de regie heeft, is een verstrekking door de regisseur onder zijn eigen regel: met',
    "'partner' ziet een lid wie, met 'contact' ook het contact; geeft de regel alleen 'bestaan',",
    'dan ziet het lid "regie belegd"; anders niets. Hieronder voor een signaal van de regisseur',
    'zonder uitbuitingsvorm; een regel die een vorm vraagt, kan meer geven.',
  );
  for (const r of regisseurs) {
    uit.push('', `Doel '${r.doel}': standaardregisseur ${naam(r.regisseur)}.`);
    for (const a of r.anderen) {
      const [enig] = a.weten;
      if (a.weten.length === 1 && enig) {
        uit.push(`  ${a.partner} ${WETEN[enig.uitkomst]}.`);
        continue;
      }
      uit.push(`  ${a.partner}:`);
      for (const w of a.weten) uit.push(`    ${WETEN[w.uitkomst]} bij ${soortenTekst(w.soorten)}`);
    }
  }
  return uit;
}

function termijnDeel(u: RegieUitleg, naam: (id: string | null) => string): string[] {
  const t = u.termijnen;
  const uit = ['TERMIJNEN'];
  if (!t) return [...uit, 'Het beleid heeft geen termijnen.yaml: de poort bewaakt geen termijn.'];
  const dagen = (n: number | undefined) => (n === undefined ? 'geen termijn' : `${n} werkdagen`);
  uit.push(
    'In werkdagen: maandag tot en met vrijdag, zonder de feestdagen van de Algemene termijnenwet',
    `(art. 3) en ${t.gelijkgesteld.length} bij besluit gelijkgestelde dag(en), tijd van Amsterdam.`,
    `  Een overdracht zonder antwoord: ${dagen(t.overdracht)}.`,
    `  Een regievoorstel dat niet tot regie leidt: ${dagen(t.regie)}.`,
    `Escalatiepartner: ${naam(t.escalatie)}. Verstrijkt een termijn, dan hoort de partner die`,
    'wacht het; de escalatiepartner alleen waar de regels van de betrokken partners het die',
    'partner laten weten en die voor het doel mag ontvangen (beide sleutels).',
  );
  return uit;
}

function stapelDeel(regels: StapelUitleg[], naam: (id: string | null) => string): string[] {
  const uit = ['STAPELREGELS'];
  if (regels.length === 0) return [...uit, 'Het beleid heeft geen stapelregels.'];
  for (const { regel: r, bronnen } of regels) {
    uit.push(
      '',
      `${r.id} (${r.positie.bestand}:${r.positie.regel}): ${r.titel}`,
      `  Gaat af bij ${r.minimaal} of meer signalen met sterkte ${r.sterkte.join(' of ')} van minstens ${r.partners} verschillende partners op hetzelfde gegeven, binnen ${r.maanden} maanden.`,
      `  Eerdere signalen van dezelfde partner tellen mee voor het aantal, niet voor het aantal partners.`,
      `  Melding aan ${naam(r.ontvanger)} (${r.aan}), doel '${r.doel}', één keer per casus; met ${r.gegevens.length ? r.gegevens.join(', ') : 'alleen de aantallen'}, per signaal alleen wat de regel van de bron toestaat.`,
      `  Een signaal telt alleen mee als de regel van de bron het de ontvanger laat weten:`,
    );
    if (r.ontvanger !== null) uit.push(`    ${r.ontvanger}: eigen signalen tellen altijd mee`);
    for (const b of bronnen) {
      uit.push(
        `    ${b.partner}: ${b.telt.length ? `telt mee bij ${soortenTekst(b.telt)}` : 'telt nooit mee'}`,
      );
    }
  }
  return uit;
}

/** "elke sterkte en rol", or per sterkte its rollen ("sterkte zacht, elke rol; sterkte hard, rol slachtoffer"). */
export function soortenTekst(soorten: ReadonlyArray<{ sterkte: Sterkte; rol: Rol }>): string {
  const per = STERKTES.map((s) => ({
    s,
    rollen: soorten.filter((x) => x.sterkte === s).map((x) => x.rol),
  })).filter((p) => p.rollen.length > 0);
  if (per.length === STERKTES.length && per.every((p) => p.rollen.length === ROLLEN.length))
    return 'elke sterkte en rol';
  return per
    .map(
      (p) =>
        `sterkte ${p.s}, ${p.rollen.length === ROLLEN.length ? 'elke rol' : `rol ${p.rollen.join(' of ')}`}`,
    )
    .join('; ');
}
