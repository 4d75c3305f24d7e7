/**
 * @module
 * The Dutch text of an explanation after the match (issue 16), as `ketenpoort beleid uitleg
 * --overdracht` or `--status` prints it and the jurist's page shows it: the question, the
 * outcome, both keys with every rule and the condition that fails, and the grondslagen.
 */
import type { Beleid, Grondslag } from './beleid.js';
import { REDEN_UITLEG } from './reden.js';
import type { RegelToets } from './uitleg.js';
import {
  type OverdrachtUitleg,
  STATUS_REDEN_UITLEG,
  type StatusUitleg,
} from './uitleg-na-overlap.js';
import { uitlegTekst } from './uitleg-tekst.js';

/** Plain text of an overdracht decision, one fact per line. */
export function overdrachtUitlegTekst(beleid: Beleid, u: OverdrachtUitleg): string {
  const { vraag, besluit } = u;
  const naam = (id: string) => beleid.partners.get(id)?.naam ?? id;
  const regels: string[] = [
    `Vraag: mag ${vraag.bron} (${naam(vraag.bron)}) een signaal overdragen aan ${vraag.ontvanger} (${naam(vraag.ontvanger)}), voor doel '${vraag.doel}'?`,
    signaalRegel(u.vraag.signaal),
    '',
    besluit.toegestaan
      ? `Besluit: TOEGESTAAN. ${vraag.ontvanger} ziet wie overdraagt, het functionele contact${besluit.gegevens.length ? ` en: ${besluit.gegevens.join(', ')}` : ''}.`
      : `Besluit: GEWEIGERD (${u.reden}: ${u.reden ? REDEN_UITLEG[u.reden].replace('verstrekkingsregel', 'overdrachtsregel') : ''}). Er wordt niets overgedragen; de weigering komt in het logboek.`,
    besluit.reden,
  ];
  if (u.reden === 'eigen-signaal') return regels.join('\n');
  regels.push('', `Eerste sleutel: overdrachtsregels van ${vraag.bron} (onder 'overdragen:')`);
  regels.push(...toetsen(u.toestemmingen, 'geen overdrachtsregels'));
  regels.push('', `Verboden van ${vraag.bron} (een verbod dat past gaat altijd voor)`);
  regels.push(...toetsen(u.verboden, 'geen verboden'));
  regels.push(
    '',
    u.ontvangst.mag
      ? `Tweede sleutel: ${vraag.ontvanger} mag ontvangen voor doel '${vraag.doel}' op ${u.ontvangst.grondslagen.join(', ')}.`
      : `Tweede sleutel ontbreekt: ${vraag.ontvanger} mag niet ontvangen voor doel '${vraag.doel}' (geen 'ontvangen' voor dit doel in het bestand van ${vraag.ontvanger}).`,
  );
  regels.push(...grondslagen(u.grondslagen, besluit.toegestaan ? 'de overdracht' : 'het verbod'));
  return regels.join('\n');
}

/** Plain text of a status decision: the verstrekking underneath, then terugkoppeling and statussen. */
export function statusUitlegTekst(beleid: Beleid, u: StatusUitleg): string {
  const { vraag, status } = u;
  const naam = (id: string) => beleid.partners.get(id)?.naam ?? id;
  const kop = [
    `Vraag: ziet ${vraag.ontvanger} (${naam(vraag.ontvanger)}), betrokken met doel '${vraag.doel}', de status '${status}' van een signaal van ${vraag.bron} (${naam(vraag.bron)})?`,
    signaalRegel(vraag.signaal),
    '',
    u.zichtbaar
      ? `Besluit: ZICHTBAAR. ${vraag.ontvanger} krijgt de status in de inbox${u.genoemd ? `, met de naam van ${vraag.bron}` : `, zonder de naam van ${vraag.bron}`}, onder ${u.regels.join(', ')}.`
      : `Besluit: NIET ZICHTBAAR (${u.reden}: ${uitlegVan(u.reden)}). ${vraag.ontvanger} krijgt niets: geen bericht en geen telling.`,
    '',
    'Terugkoppeling is een gegeven van de verstrekking; eerst die verstrekking (tweesleutelbesluit):',
    '',
  ];
  const onder = uitlegTekst(beleid, u.verstrekking)
    .split('\n')
    .slice(3)
    .map((r) => (r ? `  ${r}` : r));
  const regels = [...kop, ...onder, ''];
  if (u.verstrekking.besluit.toegestaan) {
    regels.push(`Terugkoppeling in de regels die passen (statussen: welke de ontvanger ziet):`);
    for (const t of u.terugkoppelingsregels) {
      const wat = !t.terugkoppeling
        ? "geeft geen 'terugkoppeling'"
        : t.statussen === undefined
          ? 'geeft terugkoppeling, elke status'
          : `geeft terugkoppeling, alleen: ${t.statussen.join(', ')}`;
      regels.push(
        `  ${t.toont ? 'TOONT    ' : 'toont niet'} ${t.id} (${t.positie.bestand}:${t.positie.regel}): ${wat}`,
      );
    }
  }
  return regels.join('\n').trimEnd();
}

function uitlegVan(reden: StatusUitleg['reden']): string {
  if (reden === undefined) return '';
  return reden in STATUS_REDEN_UITLEG
    ? STATUS_REDEN_UITLEG[reden as keyof typeof STATUS_REDEN_UITLEG]
    : REDEN_UITLEG[reden as keyof typeof REDEN_UITLEG];
}

function signaalRegel(s: OverdrachtUitleg['vraag']['signaal']): string {
  return `Signaal: ${s.uitbuitingsvormen.length ? s.uitbuitingsvormen.join(', ') : 'geen uitbuitingsvorm'}; sterkte ${s.sterkte}; rol ${s.rol}.`;
}

function grondslagen(lijst: Grondslag[], van: string): string[] {
  if (lijst.length === 0) return [];
  return [
    '',
    `Grondslagen van ${van}:`,
    ...lijst.map((g) => `  ${g.id}: ${g.titel}; ${g.wet}, ${g.artikel}. ${g.link}`),
  ];
}

function toetsen(lijst: RegelToets[], leeg: string): string[] {
  if (lijst.length === 0) return [`  (${leeg})`];
  return lijst.map((t) => {
    const kop = `  ${t.past ? 'PAST     ' : 'past niet'} ${t.id} (${t.positie.bestand}:${t.positie.regel}): ${t.titel}`;
    return t.past ? kop : `${kop}\n              want ${t.waarom.join('; ')}`;
  });
}
