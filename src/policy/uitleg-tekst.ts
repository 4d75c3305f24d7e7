/**
 * @module
 * The Dutch text of an explanation, as `ketenpoort beleid uitleg` prints it: the question,
 * the outcome, both keys with every rule and the condition that fails, and the grondslagen.
 */
import type { Beleid } from './beleid.js';
import { REDEN_UITLEG } from './reden.js';
import type { RegelToets, Uitleg } from './uitleg.js';

/** Plain text, one fact per line, no colours: it is pasted into mails and memos. */
export function uitlegTekst(beleid: Beleid, u: Uitleg): string {
  const { vraag, besluit } = u;
  const naam = (id: string) => beleid.partners.get(id)?.naam ?? id;
  const s = vraag.signaal;
  const regels: string[] = [
    `Vraag: wat mag ${vraag.ontvanger} (${naam(vraag.ontvanger)}), met doel '${vraag.doel}', weten over een signaal van ${vraag.bron} (${naam(vraag.bron)})?`,
    `Signaal: ${s.uitbuitingsvormen.length ? s.uitbuitingsvormen.join(', ') : 'geen uitbuitingsvorm'}; sterkte ${s.sterkte}; rol ${s.rol}.`,
    '',
    besluit.toegestaan
      ? `Besluit: TOEGESTAAN. ${vraag.ontvanger} krijgt: ${besluit.gegevens.join(', ')}${besluit.melden ? ', en bericht van latere overeenkomsten' : ''}.`
      : `Besluit: GEWEIGERD (${u.reden}: ${u.reden ? REDEN_UITLEG[u.reden] : ''}). ${vraag.ontvanger} krijgt niets.`,
    besluit.reden,
  ];
  if (u.reden === 'eigen-signaal') return regels.join('\n');
  regels.push('', `Eerste sleutel: verstrekkingsregels van ${vraag.bron}`);
  regels.push(...toetsen(u.toestemmingen, 'geen verstrekkingsregels'));
  regels.push('', `Verboden van ${vraag.bron} (een verbod dat past gaat altijd voor)`);
  regels.push(...toetsen(u.verboden, 'geen verboden'));
  regels.push(
    '',
    u.ontvangst.mag
      ? `Tweede sleutel: ${vraag.ontvanger} mag ontvangen voor doel '${vraag.doel}' op ${u.ontvangst.grondslagen.join(', ')}.`
      : `Tweede sleutel ontbreekt: ${vraag.ontvanger} mag niet ontvangen voor doel '${vraag.doel}' (geen 'ontvangen' voor dit doel in het bestand van ${vraag.ontvanger}).`,
  );
  if (u.grondslagen.length > 0) {
    regels.push(
      '',
      besluit.toegestaan ? 'Grondslagen van de verstrekking:' : 'Grondslagen van het verbod:',
    );
    for (const g of u.grondslagen)
      regels.push(`  ${g.id}: ${g.titel}; ${g.wet}, ${g.artikel}. ${g.link}`);
  }
  return regels.join('\n');
}

function toetsen(lijst: RegelToets[], leeg: string): string[] {
  if (lijst.length === 0) return [`  (${leeg})`];
  return lijst.map((t) => {
    const kop = `  ${t.past ? 'PAST     ' : 'past niet'} ${t.id} (${t.positie.bestand}:${t.positie.regel}): ${t.titel}`;
    return t.past ? kop : `${kop}\n              want ${t.waarom.join('; ')}`;
  });
}
