/**
 * @module
 * The inzage on paper: a letter-ready Dutch report for the betrokkene (AVG art. 15) and a
 * separate annex for the FG with what is held back and why (AVG art. 23, UAVG art. 41). Pure
 * functions from the answer of `POST /v1/inzage` to a complete HTML document with print
 * styles, so the CLI (HTML and PDF) and the werkplek pages render the same thing.
 * The report for the betrokkene uses only `rapport`: nothing held back, no employee id, no
 * commitment, no leaf number, and no hint that anything was held back.
 *
 * @example
 * const html = inzageBriefHtml(antwoord, { datum: new Date() });
 */

/** One entry of the inzage as the API gives it (`InzageRegel`). */
export interface InzageRegel {
  volgnummer?: number;
  blad: number;
  tijdstip: string;
  actie: string;
  bron: { id: string; naam: string } | null;
  ontvanger: { id: string; naam: string } | null;
  doel: { id: string; titel: string } | null;
  grondslagen: Array<{ id: string; titel?: string; wet?: string; artikel?: string; link?: string }>;
  gegevens: string[];
  signaal?: { rol: string; uitbuitingsvormen: string[]; sterkte: string; bewaardTot: string };
}

/** The answer of `POST /v1/inzage`. */
export interface InzageAntwoord {
  rapport: InzageRegel[];
  achtergehouden: Array<{
    regel: InzageRegel;
    gronden: Array<{
      soort: string;
      partner?: string;
      regel?: string;
      grondslagen: InzageRegel['grondslagen'];
      uitleg: string;
    }>;
  }>;
  overig: InzageRegel[];
  bereik: string | null;
  voorbehoud?: string | null;
  logboekId: number;
}

export interface RapportOpties {
  /** The date on the letter. */
  datum: Date;
  /** The FG's own reference for the request, printed as "kenmerk". */
  kenmerk?: string | undefined;
}

const GEGEVEN: Record<string, string> = {
  bestaan: 'dat er een signaal over u is',
  partner: 'welke organisatie het signaal heeft',
  contact: 'hoe die organisatie te bereiken is',
  uitbuitingsvorm: 'om welke vorm van uitbuiting het gaat',
  sterkte: 'hoe sterk het signaal is',
  sinds: 'sinds welke maand het signaal er is',
  soorten: 'op welke soort gegevens de signalen overeenkwamen',
  terugkoppeling: 'wat er met het signaal is gedaan',
};

const ROL: Record<string, string> = {
  slachtoffer: 'mogelijk slachtoffer',
  vermoedelijke_dader: 'mogelijk dader',
  werkgever: 'werkgever',
  locatie: 'locatie',
  overig: 'betrokkene',
};

/** The report for the betrokkene: a letter, from `rapport` only. */
export function inzageBriefHtml(a: InzageAntwoord, o: RapportOpties): string {
  return document('Overzicht van uw gegevens in Ketenpoort', inzageBriefInhoud(a, o));
}

/** The letter's body, for a page that has its own frame (the FG's werkplek). */
export function inzageBriefInhoud(a: InzageAntwoord, o: RapportOpties): string {
  const rijen = a.rapport.map((r) => rij(r)).join('\n');
  const inhoud =
    a.rapport.length === 0
      ? '<p>Wij hebben in Ketenpoort geen verwerkingen van gegevens over u gevonden.</p>'
      : `<table>
<caption>Verwerkingen van gegevens over u, oudste eerst</caption>
<thead><tr><th scope="col">Datum</th><th scope="col">Wat er gebeurde</th><th scope="col">Doel</th><th scope="col">Grondslag</th></tr></thead>
<tbody>
${rijen}
</tbody>
</table>`;
  return `${kop(o)}
<h1>Overzicht van uw gegevens in Ketenpoort</h1>
<p>U heeft gevraagd welke gegevens over u zijn verwerkt (artikel 15 van de Algemene verordening gegevensbescherming, AVG). Ketenpoort is de voorziening waarmee organisaties in de aanpak van mensenhandel nagaan of zij zich over dezelfde persoon zorgen maken. Ketenpoort bewaart geen namen, adressen of verhalen: alleen versleutelde kenmerken, een paar categorieën en wie wat wanneer aan wie heeft laten weten. Hieronder staat per keer welke organisatie iets over u heeft vastgelegd of aan een andere organisatie heeft laten weten, waarom en op welke wettelijke grondslag.</p>
${inhoud}
<h2>Uw rechten</h2>
<p>U kunt de organisatie die een signaal over u heeft vastgelegd vragen om gegevens te verbeteren of te wissen, of bezwaar maken tegen de verwerking (artikelen 16, 17 en 21 AVG). Bent u het niet eens met hoe met uw gegevens is omgegaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).</p>
<p>Met vriendelijke groet,</p>
<p>De functionaris gegevensbescherming</p>`;
}

/** The FG's annex: what was held back from the letter and why, and what only the FG sees. */
export function inzageBijlageHtml(a: InzageAntwoord, o: RapportOpties): string {
  return document('Bijlage voor de FG bij het inzageverzoek', inzageBijlageInhoud(a, o));
}

/** The annex's body, for a page that has its own frame (the FG's werkplek). */
export function inzageBijlageInhoud(a: InzageAntwoord, o: RapportOpties): string {
  const achter =
    a.achtergehouden.length === 0
      ? '<p>Er is niets achtergehouden.</p>'
      : a.achtergehouden
          .map(
            ({ regel, gronden }) => `<section class="regel">
<table><tbody>${rij(regel, true)}</tbody></table>
<ul>${gronden
              .map(
                (g) =>
                  `<li><strong>${e(GROND[g.soort] ?? g.soort)}</strong>${g.partner ? ` (${e(g.partner)})` : ''}${g.regel ? `, beleidsregel <code>${e(g.regel)}</code>` : ''}: ${e(g.uitleg)}${g.grondslagen.length > 0 ? ` Grondslag: ${g.grondslagen.map(grondslag).join('; ')}.` : ''}</li>`,
              )
              .join('')}</ul>
</section>`,
          )
          .join('\n');
  const overig =
    a.overig.length === 0
      ? '<p>Geen.</p>'
      : `<table><thead><tr><th scope="col">Datum</th><th scope="col">Wat er gebeurde</th><th scope="col">Doel</th><th scope="col">Grondslag</th></tr></thead><tbody>${a.overig.map((r) => rij(r, true)).join('\n')}</tbody></table>`;
  return `${kop(o)}
<h1>Bijlage voor de FG: niet voor de betrokkene</h1>
<p class="let-op">Deze bijlage hoort niet bij de brief aan de betrokkene. Zij noemt wat uit de brief is weggelaten en waarom (artikel 23 AVG, artikel 41 UAVG), en wat alleen de FG aangaat.</p>
<p>Bereik: ${a.bereik === null ? 'het hele logboek (FG van Ketenpoort)' : `alleen logboekregels van ${e(a.bereik)}`}. Deze inzage staat in het logboek als blad ${a.logboekId}. In de brief: ${a.rapport.length} ${a.rapport.length === 1 ? 'logboekregel' : 'logboekregels'}.</p>
${a.voorbehoud ? `<p class="let-op">${e(a.voorbehoud)}</p>` : ''}
<h2>Achtergehouden (${a.achtergehouden.length})</h2>
<p>Overleg met de genoemde partner voordat u iets hiervan alsnog aan de betrokkene geeft.</p>
${achter}
<h2>Alleen voor de FG (${a.overig.length})</h2>
<p>Weigeringen (er is niets verstrekt) en eerdere inzageverzoeken.</p>
${overig}`;
}

const GROND: Record<string, string> = {
  'niet-informeren': 'Niet informeren',
  inzagebeperking: 'Inzagebeperking in het beleid',
  'signaal-onbekend': 'Signaal onbekend',
};

/** One entry as a table row; `fg` adds the leaf (and volgnummer) for the FG's annex. */
function rij(r: InzageRegel, fg = false): string {
  const nummer = fg
    ? `<br><small>blad ${r.blad}${r.volgnummer ? `, regel ${r.volgnummer}` : ''}</small>`
    : '';
  return `<tr><td>${datum(r.tijdstip)}${nummer}</td><td>${wat(r)}</td><td>${r.doel ? e(r.doel.titel) : '–'}</td><td>${r.grondslagen.length > 0 ? r.grondslagen.map(grondslag).join('<br>') : '–'}</td></tr>`;
}

/** What happened, in a sentence for the betrokkene. */
function wat(r: InzageRegel): string {
  const bron = r.bron ? e(r.bron.naam) : 'Een organisatie';
  const aan = r.ontvanger ? e(r.ontvanger.naam) : 'een andere organisatie';
  switch (r.actie) {
    case 'registratie': {
      const s = r.signaal;
      const over = s
        ? ` U staat erin als ${e(ROL[s.rol] ?? s.rol)}; vorm van uitbuiting: ${s.uitbuitingsvormen.map((v) => e(v.replaceAll('_', ' '))).join(', ')}; het signaal wordt bewaard tot ${datum(s.bewaardTot)}.`
        : '';
      return `${bron} heeft een signaal over u vastgelegd.${over}`;
    }
    case 'verstrekking':
      return `${bron} heeft aan ${aan} laten weten: ${r.gegevens.map((g) => e(GEGEVEN[g] ?? g)).join(', ')}.`;
    case 'intrekking':
      return `${bron} heeft zijn signaal over u ingetrokken.`;
    case 'vernietiging':
    case 'verwijdering':
      return `Het signaal van ${bron} is na afloop van de bewaartermijn vernietigd.`;
    case 'weigering':
      return `Een verstrekking van ${bron} aan ${aan} is geweigerd; er is niets verstrekt.`;
    case 'inzage':
      return 'Een eerder inzageverzoek.';
    default:
      return e(r.actie);
  }
}

function grondslag(g: InzageRegel['grondslagen'][number]): string {
  const tekst = e(
    [g.titel ?? g.id, [g.wet, g.artikel].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  );
  return g.link?.startsWith('https://') ? `<a href="${e(g.link)}">${tekst}</a>` : tekst;
}

function kop(o: RapportOpties): string {
  return `<p class="datum">${datum(o.datum.toISOString())}${o.kenmerk ? `<br>Kenmerk: ${e(o.kenmerk)}` : ''}</p>`;
}

/** A date as Dutch readers write it, in Amsterdam time. */
function datum(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

function document(titel: string, inhoud: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${e(titel)}</title>
<style>
@page { size: A4; margin: 25mm 20mm; }
body { font-family: "Fira Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 46em; margin: 2em auto; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
caption { text-align: left; font-weight: bold; margin-bottom: .5em; }
th, td { border: 1px solid #999; padding: .35em .5em; text-align: left; vertical-align: top; }
tr { break-inside: avoid; }
.datum { text-align: right; }
.let-op { border-left: 4px solid #b00; padding-left: .75em; }
a { color: #01689b; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
</style>
</head>
<body>
${inhoud}
</body>
</html>
`;
}

/** Escapes text for HTML. */
function e(tekst: string): string {
  return tekst
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
