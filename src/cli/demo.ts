/**
 * @module
 * `npm run demo`: a narrated scenario against a running gateway (demo region).
 * A gemeente registers a soft signal, Veilig Thuis a hard one on the same person;
 * we show what each side sees and the logboek entries behind every disclosure, read as the
 * gateway's FG reads them: through the API, so the demo runs against Node and the Worker alike.
 * All identifiers are made up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KetenpoortClient, type OverlapItem } from '../client/client.js';
import { LogboekClient } from '../client/logboek-client.js';
import { leesConfiguratie } from '../config/env.js';
import type { GezochteRegel } from '../logboek/zoeken.js';
import { sleutelbewaarderUrl, vastgepindeSleutel } from '../node/pseudoniem-instelling.js';

const maanden = process.argv.indexOf('--maanden');
if (maanden >= 0) {
  const { vulCijfers } = await import('./demo-cijfers.js');
  const aantal = await vulCijfers(Number(process.argv[maanden + 1] ?? 12));
  console.log(
    `${aantal} verzonnen registraties en adviezen over ${process.argv[maanden + 1] ?? 12} maanden vastgelegd. Start de poort (npm start) en vraag GET /v1/cijfers op.`,
  );
  process.exit(0);
}

const cfg = leesConfiguratie(process.env);
const url = process.env.KETENPOORT_URL ?? `http://${cfg.host}:${cfg.poort}`;
// Pseudonyms v2: through the demo sleutelbewaarder, checked against the key the policy pins.
const pseudoniemen = {
  versie: 'v2' as const,
  sleutelbewaarder: sleutelbewaarderUrl(cfg),
  vastgepind: vastgepindeSleutel(cfg.beleid),
};

function client(partner: string, gebruiker: string) {
  const privateJwk = JSON.parse(readFileSync(join(cfg.sleutels, `${partner}.jwk.json`), 'utf8'));
  return new KetenpoortClient({ basisUrl: url, partner, gebruiker, privateJwk, pseudoniemen });
}

/** The entries about these signals, oldest first, from GET /v1/logboek with the FG's key. */
async function regelsOver(signalen: string[], sleutelPad: string): Promise<GezochteRegel[]> {
  const privateJwk = JSON.parse(readFileSync(sleutelPad, 'utf8'));
  const fg = new LogboekClient({
    basisUrl: url,
    partner: privateJwk.iss,
    gebruiker: 'fg',
    privateJwk,
  });
  const regels: GezochteRegel[] = [];
  for (const signaal of signalen) {
    for await (const pagina of fg.zoekAlles({ signaal })) regels.push(...pagina);
  }
  return regels.sort((a, b) => a.blad - b.blad || (a.volgnummer ?? 0) - (b.volgnummer ?? 0));
}

const zeg = (tekst: string) => console.log(`\n${tekst}`);
const toon = (items: OverlapItem[]) => {
  if (items.length === 0) console.log('   (geen overlap zichtbaar)');
  for (const i of items) {
    const wie = i.partner ? `${i.partner.naam} (${i.partner.id})` : 'een andere partner';
    const extra = [
      i.contact && `contact ${[i.contact.email, i.contact.telefoon].filter(Boolean).join(', ')}`,
      i.uitbuitingsvormen && `vorm ${i.uitbuitingsvormen.join(', ')}`,
      i.sterkte && `sterkte ${i.sterkte}`,
      i.sinds && `sinds ${i.sinds}`,
      i.soorten && `overeenkomst op ${i.soorten.join(', ')}`,
    ].filter(Boolean);
    console.log(
      `   - signaal bij ${wie}${extra.length ? `: ${extra.join('; ')}` : ''}  [logboek #${i.logboekId}]`,
    );
  }
};

// A made-up person: fake name, fake birth date, a BSN that only passes the 11-proef, a 555 number.
const persoon = { soort: 'persoon' as const, waarde: 'de Vries-Demo|1998-04-12' };
const telefoon = { soort: 'telefoon' as const, waarde: '06-55501234' };
const bsn = { soort: 'bsn' as const, waarde: '111222333' };

zeg(
  `Ketenpoort-demo tegen ${url}. Alle gegevens zijn verzonnen; alleen pseudoniemen gaan naar de gateway.`,
);

zeg(
  '1. De aandachtsfunctionaris van gemeente Hilversum registreert een zacht signaal (naam + geboortedatum, telefoon).',
);
const gemeente = client('gemeente-hilversum', 'aandachtsfunctionaris');
const eerste = await gemeente.registreer({
  identificatie: [persoon, telefoon],
  rol: 'slachtoffer',
  uitbuitingsvormen: ['seksuele_uitbuiting'],
  sterkte: 'zacht',
  gemeente: 'GM0402',
  doel: 'zorgcoordinatie',
  referentie: 'HV-DEMO-1',
});
console.log(`   signaal ${eerste.id}, vervalt op ${eerste.vervaltOp.slice(0, 10)}; overlap nu:`);
toon(eerste.overlap);

zeg(
  '2. Veilig Thuis Gooi en Vechtstreek registreert een hard signaal over dezelfde persoon (BSN, naam, telefoon).',
);
const vtgv = client('vtgv', 'medewerker-veiligheidsbeoordeling');
const tweede = await vtgv.registreer({
  identificatie: [bsn, persoon, telefoon],
  rol: 'slachtoffer',
  uitbuitingsvormen: ['seksuele_uitbuiting', 'criminele_uitbuiting'],
  sterkte: 'hard',
  gemeente: 'GM0402',
  doel: 'veiligheidsbeoordeling',
});
console.log('   Wat Veilig Thuis meteen ziet:');
toon(tweede.overlap);

zeg('3. De gemeente kijkt in haar inbox (latere overlap op haar eigen signalen):');
const inbox = await gemeente.meldingen();
toon(inbox.meldingen.flatMap((m) => (m.overlap ? [m.overlap] : [])));

zeg(
  '4. De gemeente vraagt de overlap van haar signaal opnieuw op (elke getoonde verstrekking wordt gelogd):',
);
toon((await gemeente.overlap(eerste.id)).overlap);

zeg('5. De logboekregels achter deze demo (wat de FG ziet):');
const fgSleutel = join(cfg.sleutels, 'ketenpoort-fg.jwk.json');
if (existsSync(fgSleutel)) {
  for (const e of await regelsOver([eerste.id, tweede.id], fgSleutel)) {
    const richting = e.ontvanger ? `${e.bron} -> ${e.ontvanger}` : (e.bron ?? e.partner);
    console.log(
      `   #${e.volgnummer} ${e.actie.padEnd(12)} ${richting.padEnd(34)} doel=${e.doel} gegevens=[${e.gegevens}] grondslagen=[${e.grondslagen}] regels=[${e.regels}]`,
    );
  }
} else {
  console.log(`   (geen sleutel van de FG op ${fgSleutel})`);
}

zeg('6. Veilig Thuis trekt zijn signaal in; daarna ziet de gemeente het niet meer:');
await vtgv.trekIn(tweede.id);
toon((await gemeente.overlap(eerste.id)).overlap);

// Issue 16: after the match, the meldroute goes on (overdracht and its answer).
zeg(
  '7. Na de overlap draagt de aandachtsfunctionaris het signaal over aan de zorgcoördinator, met het kenmerk van de gemeente:',
);
const zorgcoordinator = client('zorgcoordinator-gv', 'zorgcoordinator');
const overdracht = await gemeente.draagOver(eerste.id, {
  naar: 'zorgcoordinator-gv',
  doel: 'zorgcoordinatie',
  referentie: 'HV-DEMO-1',
});
console.log(`   overdracht ${overdracht.id} gedaan  [logboek #${overdracht.logboekId}]`);

zeg('8. De zorgcoördinator ziet de overdracht in haar inbox en neemt haar aan:');
const binnen = (await zorgcoordinator.meldingen()).meldingen.find(
  (m) => m.overdracht?.overdracht === overdracht.id,
)?.overdracht;
console.log(`   ${JSON.stringify(binnen ?? {})}`);
const aangenomen = await zorgcoordinator.beantwoordOverdracht(overdracht.id, {
  antwoord: 'aangenomen',
});
console.log(
  `   eigen signaal ${aangenomen.signaal?.id} op dezelfde pseudoniemen  [logboek #${aangenomen.logboekId}]`,
);

zeg('9. De gemeente hoort het antwoord in haar inbox:');
const terug = (await gemeente.meldingen(inbox.volgende)).meldingen.find(
  (m) => m.antwoord?.overdracht === overdracht.id,
)?.antwoord;
console.log(`   ${terug?.antwoord ?? '(geen antwoord)'}  [logboek #${terug?.logboekId}]`);

zeg(
  '10. De zorgcoördinator start hulp en zet dat als status; de gemeente krijgt die terugkoppeling:',
);
const hulp = await zorgcoordinator.zetStatus(aangenomen.signaal?.id ?? '', {
  status: 'hulp_gestart',
});
console.log(`   status ${hulp.status} gezet  [logboek #${hulp.logboekId}]`);
const status = (await gemeente.meldingen(inbox.volgende)).meldingen.find(
  (m) => m.terugkoppeling?.overdracht === overdracht.id,
)?.terugkoppeling;
console.log(
  `   de gemeente hoort: ${status?.status ?? '(niets)'} bij ${status?.partner?.naam ?? '(onbekend)'}  [logboek #${status?.logboekId}]`,
);

// Issue 17: soft signals stack at the meldpunt, and the default regisseur accepts the gateway's proposal.
zeg('11. Gemeente Huizen registreert een zacht signaal op hetzelfde telefoonnummer:');
const huizen = client('gemeente-huizen', 'aandachtsfunctionaris');
const derde = await huizen.registreer({
  identificatie: [telefoon],
  rol: 'slachtoffer',
  uitbuitingsvormen: ['seksuele_uitbuiting'],
  sterkte: 'zacht',
  gemeente: 'GM0406',
  doel: 'zorgcoordinatie',
});
console.log(`   signaal ${derde.id}  [logboek #${derde.overlap[0]?.logboekId ?? '-'}]`);

zeg(
  '12. Veilig Thuis registreert een zacht signaal; met die van de gemeenten zijn het er drie van drie partners, en het meldpunt (Veilig Thuis) hoort het:',
);
const vierde = await vtgv.registreer({
  identificatie: [persoon, telefoon],
  rol: 'slachtoffer',
  uitbuitingsvormen: ['seksuele_uitbuiting'],
  sterkte: 'zacht',
  gemeente: 'GM0402',
  doel: 'signalering',
});
const stapel = (await vtgv.meldingen()).meldingen.find((m) => m.stapel)?.stapel;
const contacten = (stapel?.contacten ?? []) as Array<{ naam: string }>;
console.log(
  stapel
    ? `   stapelmelding: ${stapel.aantal} zachte signalen van ${stapel.partners} partners (regel ${stapel.regel}); contact met ${contacten.map((c) => c.naam).join(', ')}  [logboek #${stapel.logboekId}]`
    : '   (geen stapelmelding)',
);

zeg(
  '13. Toen de zorgcoördinator de overdracht aannam, stelde de poort haar voor als regisseur (standaardregisseur voor zorgcoördinatie); zij neemt aan en de gemeente hoort wie:',
);
const zcSignaal = aangenomen.signaal?.id ?? '';
const voorstel = (await zorgcoordinator.meldingen()).meldingen.find(
  (m) => m.regievoorstel?.standaard,
)?.regievoorstel;
console.log(`   voorstel van de poort in haar inbox  [logboek #${voorstel?.logboekId ?? '-'}]`);
const regie = await zorgcoordinator.beantwoordRegievoorstel(voorstel?.voorstel ?? '', 'aangenomen');
console.log(`   regie ${regie.antwoord}  [logboek #${regie.logboekId}]`);
const gehoord = (await gemeente.meldingen(inbox.volgende)).meldingen.find((m) => m.regie)?.regie;
console.log(
  `   de gemeente hoort: regie bij ${gehoord?.regisseur?.naam ?? '(niet genoemd)'}, ${gehoord?.contact?.email ?? '(geen contact)'}`,
);

zeg('14. Wat de FG van de poort van deze stappen ziet:');
if (existsSync(fgSleutel)) {
  const regels = await regelsOver([derde.id, vierde.id, zcSignaal], fgSleutel);
  for (const e of regels.filter(
    (r) => r.actie === 'stapel' || r.actie === 'regie' || r.actie === 'registratie',
  )) {
    const richting = e.ontvanger
      ? `${e.bron ?? e.partner} -> ${e.ontvanger}`
      : (e.bron ?? e.partner);
    console.log(
      `   #${e.volgnummer} ${e.actie.padEnd(12)} ${richting.padEnd(34)} gegevens=[${e.gegevens}] regels=[${e.regels}]`,
    );
  }
}
zeg('Klaar.');
