/**
 * @module
 * `ketenpoort inzage <identificatie.csv>`: the FG answers an inzageverzoek. The identifying
 * data (CSV `soort,waarde`) are pseudonymised here with the ketensleutel (v1) and never leave
 * this machine; the pseudonyms go to `POST /v1/inzage` with a token of the FG's key. Writes a
 * letter for the betrokkene and a separate annex for the FG, as HTML, and as PDF when a
 * Chromium is installed (/usr/bin/chromium). Prints counts and file names, never a value.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { maakToken } from '../client/token.js';
import { IdentiteitFout, isSoort } from '../identity/index.js';
import { pseudonimiseer } from '../pseudonym/pseudoniem.js';
import { type InzageAntwoord, inzageBijlageHtml, inzageBriefHtml } from '../ui/inzage-rapport.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';
import { naarPdf } from './pdf.js';
import { leesKetensleutel } from './pseudoniem.js';

export const inzage: Opdracht = {
  naam: 'inzage',
  gebruik: [
    '<identificatie.csv> --sleutel <fg.jwk.json> --sub <medewerker-id> [--gateway <url>] [--uit <map>]',
  ],
  uitleg:
    'Beantwoordt een inzageverzoek: pseudonimiseert de gegevens uit de CSV (soort,waarde) hier, ' +
    'vraagt de inzage op bij de gateway en schrijft een brief voor de betrokkene en een ' +
    'aparte bijlage voor de FG (HTML, en PDF als Chromium er is). Pseudonimiseert met de ' +
    'ketensleutel: alleen voor een uitrol met pseudoniemen versie 1. Voor versie 2 (via de ' +
    'sleutelbewaarder, met een eigen sleutel van de FG daar) is deze opdracht nog niet gebouwd.',
  opties: `  --sleutel <jwk.json>      de privésleutel van de FG (JWK; 'iss' noemt de organisatie)
  --sub <medewerker-id>     wie de inzage doet (komt in het logboek)
  --gateway <url>           de gateway (standaard http://127.0.0.1:8787)
  --ketensleutel <bestand>  JSON met {id, sleutel} (standaard data/demo/ketensleutel.json)
  --kenmerk <tekst>         uw kenmerk van het verzoek, voor op de brief
  --uit <map>               waar de bestanden komen (standaard ./inzage-<datum>)
  --chromium <pad>          de browser voor PDF (standaard /usr/bin/chromium)
  --geen-pdf                alleen HTML`,
  noot:
    'De brief bevat alleen wat de betrokkene mag zien. Wat is achtergehouden en waarom staat ' +
    'alleen in de bijlage; stuur die nooit mee. Foutmeldingen noemen het regelnummer, nooit de waarde.',
  voerUit: (args) => beantwoord(args),
};

async function beantwoord(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sleutel: { type: 'string' },
      sub: { type: 'string' },
      gateway: { type: 'string', default: 'http://127.0.0.1:8787' },
      ketensleutel: { type: 'string', default: 'data/demo/ketensleutel.json' },
      kenmerk: { type: 'string' },
      uit: { type: 'string' },
      chromium: { type: 'string', default: '/usr/bin/chromium' },
      'geen-pdf': { type: 'boolean', default: false },
    },
  });
  const [csv, ...meer] = positionals;
  if (!csv || meer.length > 0) return gebruiksfout(inzage, 'Geef één CSV-bestand (soort,waarde).');
  if (!values.sleutel || !values.sub) return gebruiksfout(inzage, 'Geef --sleutel en --sub.');
  const pseudoniemen = leesIdentificatie(csv, leesKetensleutel(values.ketensleutel));
  if (pseudoniemen === undefined) return 1;
  if (pseudoniemen.length === 0) {
    console.error(`${csv} bevat geen gegevens; verwacht: soort,waarde per regel.`);
    return 1;
  }
  if (pseudoniemen.length > 50) {
    console.error(
      `${csv} heeft ${pseudoniemen.length} gegevens; de gateway neemt er ten hoogste 50.`,
    );
    return 1;
  }
  const jwk = JSON.parse(readFileSync(values.sleutel, 'utf8'));
  if (typeof jwk.iss !== 'string')
    throw new Error(`${values.sleutel} noemt geen organisatie (iss).`);
  const token = await maakToken(jwk, { partner: jwk.iss, gebruiker: values.sub });
  const r = await fetch(new URL('/v1/inzage', values.gateway), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ pseudoniemen }),
  });
  if (r.status !== 200) {
    const body = (await r.json().catch(() => ({}))) as { title?: string; detail?: string };
    console.error(
      `De gateway weigerde de inzage (${r.status}): ${body.detail ?? body.title ?? ''}`,
    );
    return 1;
  }
  const antwoord = (await r.json()) as InzageAntwoord;
  const datum = new Date();
  const map = values.uit ?? `inzage-${datum.toISOString().slice(0, 10)}-${antwoord.logboekId}`;
  mkdirSync(map, { recursive: true });
  const opties = { datum, kenmerk: values.kenmerk };
  const bestanden = {
    brief: [join(map, 'brief-betrokkene.html'), inzageBriefHtml(antwoord, opties)],
    bijlage: [join(map, 'bijlage-fg.html'), inzageBijlageHtml(antwoord, opties)],
  } as const;
  for (const [pad, html] of Object.values(bestanden)) writeFileSync(pad, html);
  console.log(
    `Inzage vastgelegd in het logboek (blad ${antwoord.logboekId}). In de brief: ${antwoord.rapport.length}; achtergehouden: ${antwoord.achtergehouden.length}; alleen voor de FG: ${antwoord.overig.length}.`,
  );
  console.log(`Brief voor de betrokkene: ${bestanden.brief[0]}`);
  console.log(`Bijlage voor de FG (niet meesturen): ${bestanden.bijlage[0]}`);
  if (!values['geen-pdf']) {
    const pdf = await naarPdf(
      Object.values(bestanden).map(([pad, html]) => ({
        html,
        pad: pad.replace(/\.html$/, '.pdf'),
      })),
      values.chromium,
    );
    if (pdf.gemaakt) for (const p of pdf.paden) console.log(`PDF: ${p}`);
    else console.log(`Geen PDF: ${pdf.reden}`);
  }
  return 0;
}

/** The pseudonyms of the rows `soort,waarde` (header optional); undefined after a bad row. */
function leesIdentificatie(
  pad: string,
  { id, sleutel }: { id: string; sleutel: Uint8Array },
): Array<{ soort: string; versie: 'v1'; sleutel: string; waarde: string }> | undefined {
  const rijen = parse(readFileSync(pad), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const uit = new Map<string, { soort: string; versie: 'v1'; sleutel: string; waarde: string }>();
  let fouten = 0;
  for (const [i, [soort = '', waarde = '']] of rijen.entries()) {
    const s = soort.trim().toLowerCase();
    if (i === 0 && s === 'soort') continue;
    try {
      if (!isSoort(s)) {
        throw new Error(
          'onbekende soort; kies uit bsn, persoon, telefoon, adres, email, iban, kvk, kenteken',
        );
      }
      const p = pseudonimiseer(sleutel, s, waarde);
      uit.set(`${s}:${p}`, { soort: s, versie: 'v1', sleutel: id, waarde: p });
    } catch (fout) {
      fouten += 1;
      const melding =
        fout instanceof IdentiteitFout || fout instanceof Error ? fout.message : 'onleesbaar';
      console.error(`regel ${i + 1}: ${melding}`);
    }
  }
  if (fouten > 0) {
    console.error(
      `${fouten} regel(s) onleesbaar: er is niets opgevraagd. Verbeter de CSV en probeer opnieuw.`,
    );
    return undefined;
  }
  return [...uit.values()];
}
