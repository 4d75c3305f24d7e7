/**
 * @module
 * `ketenpoort inzage <identificatie.csv>`: the FG answers an inzageverzoek. The identifying
 * data (CSV `soort,waarde`) are pseudonymised here, in the policy's version: v2 blinded through
 * the sleutelbewaarder with the FG's own key there (never the gateway's), v1 with the
 * ketensleutel; they never leave this machine in the clear. The pseudonyms go to
 * `POST /v1/inzage` with a token of the FG's key at the gateway. Writes a
 * letter for the betrokkene and a separate annex for the FG, as HTML, and as PDF when a
 * Chromium is installed (/usr/bin/chromium). Prints counts and file names, never a value.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { FG_QUOTUM, leesFgSleutel } from '../client/fg-sleutel.js';
import { pseudonimiseerV2 } from '../client/sleutelbewaarder-client.js';
import { maakToken } from '../client/token.js';
import { leesConfiguratie } from '../config/env.js';
import { IdentiteitFout, isSoort, normaliseer, type Soort } from '../identity/index.js';
import {
  pseudoniemVersie,
  sleutelbewaarderUrl,
  vastgepindeSleutel,
} from '../node/pseudoniem-instelling.js';
import { pseudonimiseer } from '../pseudonym/pseudoniem.js';
import { SleutelbewaarderFout } from '../pseudonym/v2.js';
import { type InzageAntwoord, inzageBijlageHtml, inzageBriefHtml } from '../ui/inzage-rapport.js';
import { fgSleutelOpdracht } from './inzage-sleutel.js';
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
    'aparte bijlage voor de FG (HTML, en PDF als Chromium er is). Pseudonimiseert in de versie ' +
    'van het beleid: versie 2 via de sleutelbewaarder met de eigen sleutel van de FG daar ' +
    "('inzage sleutel'), versie 1 met de ketensleutel.",
  opties: `  --sleutel <jwk.json>      de privésleutel van de FG (JWK; 'iss' noemt de organisatie)
  --sub <medewerker-id>     wie de inzage doet (komt in het logboek)
  --gateway <url>           de gateway (standaard http://127.0.0.1:8787)
  --fg-sleutel <bestand>    versie 2: uw eigen sleutel bij de sleutelbewaarder (standaard KETENPOORT_FG_SLEUTEL, in de demo <data>-fg/sleutelbewaarder.jwk.json)
  --sleutelbewaarder <url>  versie 2: waar de sleutelbewaarder luistert (standaard KETENPOORT_SLEUTELBEWAARDER_URL of de demo)
  --beleid <map>            het beleid met de versie en de vastgepinde sleutel (standaard KETENPOORT_BELEID of policies)
  --ketensleutel <bestand>  versie 1: JSON met {id, sleutel} (standaard <data>/demo/ketensleutel.json)
  --kenmerk <tekst>         uw kenmerk van het verzoek, voor op de brief
  --uit <map>               waar de bestanden komen (standaard ./inzage-<datum>)
  --chromium <pad>          de browser voor PDF (standaard /usr/bin/chromium)
  --geen-pdf                alleen HTML`,
  noot:
    'De brief bevat alleen wat de betrokkene mag zien. Wat is achtergehouden en waarom staat ' +
    'alleen in de bijlage; stuur die nooit mee. Foutmeldingen noemen het regelnummer, nooit de waarde.',
  opdrachten: [fgSleutelOpdracht],
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
      ketensleutel: { type: 'string' },
      'fg-sleutel': { type: 'string' },
      sleutelbewaarder: { type: 'string' },
      beleid: { type: 'string' },
      kenmerk: { type: 'string' },
      uit: { type: 'string' },
      chromium: { type: 'string', default: '/usr/bin/chromium' },
      'geen-pdf': { type: 'boolean', default: false },
    },
  });
  const [csv, ...meer] = positionals;
  if (!csv || meer.length > 0) return gebruiksfout(inzage, 'Geef één CSV-bestand (soort,waarde).');
  if (!values.sleutel || !values.sub) return gebruiksfout(inzage, 'Geef --sleutel en --sub.');
  const rijen = leesIdentificatie(csv);
  if (rijen === undefined) return 1;
  if (rijen.length === 0) {
    console.error(`${csv} bevat geen gegevens; verwacht: soort,waarde per regel.`);
    return 1;
  }
  if (rijen.length > 50) {
    console.error(`${csv} heeft ${rijen.length} gegevens; de gateway neemt er ten hoogste 50.`);
    return 1;
  }
  const cfg = leesConfiguratie(process.env);
  let pseudoniemen: Gevraagd[];
  try {
    pseudoniemen = await pseudonimiseerVoorInzage(rijen, {
      beleid: values.beleid ?? cfg.beleid,
      ketensleutel: values.ketensleutel,
      fgSleutel: values['fg-sleutel'] ?? cfg.fgSleutel,
      sub: values.sub,
      url: values.sleutelbewaarder,
    });
  } catch (fout) {
    if (fout instanceof SleutelbewaarderFout) {
      console.error(fout.message);
      return 1;
    }
    throw fout;
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

/** A pseudonym as POST /v1/inzage takes it. */
type Gevraagd = { soort: string; versie: 'v1' | 'v2'; sleutel: string; waarde: string };

/** The canonical rows `soort,waarde` (header optional, duplicates once); undefined after a bad row. */
function leesIdentificatie(pad: string): Array<{ soort: Soort; waarde: string }> | undefined {
  const rijen = parse(readFileSync(pad), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const uit = new Map<string, { soort: Soort; waarde: string }>();
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
      const canoniek = normaliseer(s, waarde);
      uit.set(`${s}:${canoniek}`, { soort: s, waarde: canoniek });
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

/**
 * The pseudonyms in the version of the deployment's policy: v1 with the ketensleutel, v2
 * through the sleutelbewaarder with the FG's own key there (never the gateway's).
 */
async function pseudonimiseerVoorInzage(
  rijen: Array<{ soort: Soort; waarde: string }>,
  o: { beleid: string; ketensleutel?: string; fgSleutel: string; sub: string; url?: string },
): Promise<Gevraagd[]> {
  const cfg = leesConfiguratie(process.env);
  if (pseudoniemVersie(o.beleid) === 'v1') {
    const { id, sleutel } = leesKetensleutel(
      o.ketensleutel ?? join(cfg.data, 'demo', 'ketensleutel.json'),
    );
    return rijen.map((r) => ({
      soort: r.soort,
      versie: 'v1',
      sleutel: id,
      waarde: pseudonimiseer(sleutel, r.soort, r.waarde),
    }));
  }
  if (!existsSync(o.fgSleutel)) {
    throw new SleutelbewaarderFout(
      `Geen sleutel van de FG bij de sleutelbewaarder op ${o.fgSleutel}. Maak er een met 'ketenpoort inzage sleutel --nieuw --uit <bestand>' en laat de sleutelbewaarder de publieke sleutel opnemen, of geef --fg-sleutel.`,
    );
  }
  const privateJwk = leesFgSleutel(readFileSync(o.fgSleutel, 'utf8'), o.fgSleutel);
  return await pseudonimiseerV2(
    {
      url: o.url ?? sleutelbewaarderUrl(cfg),
      partner: privateJwk.iss,
      gebruiker: o.sub,
      privateJwk,
      vastgepind: vastgepindeSleutel(o.beleid),
      batch: FG_QUOTUM.perVerzoek,
    },
    rijen,
  );
}
