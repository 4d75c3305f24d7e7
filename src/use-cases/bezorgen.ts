/**
 * @module
 * Delivering notices (issue 18): for every partner with a webhook or mailbox configured, tell
 * it when its own inbox holds notices it was not yet told of. The trigger is the partner's own
 * inbox counter, which only a notice it may read moves: an event its policy hides from it
 * never causes a delivery. Attempts go to an operational table, never the logboek. A failed
 * attempt is retried with backoff; whoever runs this (a Node timer, a Cloudflare Queue) calls
 * again at the time it returns.
 */
import { MAIL_ONDERWERP, mailTekst, webhookVerzoek } from '../bezorging/bericht.js';
import type { Bezorgadressen } from '../bezorging/configuratie.js';
import type { Kanaal, Resultaat } from '../bezorging/kanaal.js';
import type { BezorgOpslag, Bezorgstand } from '../store/bezorgingen.js';

/** Sends one signed webhook; never throws (a failure is a {@link Resultaat}). */
export type WebhookVerzender = (
  url: URL,
  koppen: Record<string, string>,
  body: string,
) => Promise<Resultaat>;

/** Sends one mail to `aan`; never throws. */
export type MailVerzender = (aan: string, onderwerp: string, tekst: string) => Promise<Resultaat>;

/** Waits after the 1st, 2nd, ... failed attempt (ms); after the last, the announcement is given up. */
export const WACHTTIJDEN = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000];

/** How long one attempt holds its channel (ms): longer than any send may take. */
export const LEASE = 60_000;

export interface Bezorging {
  opslag: BezorgOpslag;
  adressen: Bezorgadressen;
  webhook?: WebhookVerzender;
  mail?: MailVerzender;
  /** The werkplek's fixed start address, the only link a mail carries. */
  startUrl: string;
}

/**
 * One round at `nu` (ms): every due channel gets one attempt. Returns when the next attempts
 * are due ({@link Ronde}).
 */
export async function bezorg(b: Bezorging, nu: number): Promise<Ronde> {
  const kanalen = [...b.adressen].flatMap(([partner, a]) => [
    ...(a.webhook && b.webhook ? [{ partner, kanaal: 'webhook' as const }] : []),
    ...(a.email && b.mail ? [{ partner, kanaal: 'email' as const }] : []),
  ]);
  const partners = [...new Set(kanalen.map((k) => k.partner))];
  if (partners.length === 0) return {};
  const laatste = await b.opslag.laatsteMeldingen(partners);
  const standen = await b.opslag.standen(partners);
  let volgendeOp: number | undefined;
  let wachtOp: number | undefined;
  for (const { partner, kanaal } of kanalen) {
    const tot = laatste.get(partner) ?? 0;
    const stand = standen.find((s) => s.partner === partner && s.kanaal === kanaal);
    if (tot <= (stand?.gemeld ?? 0)) continue;
    // Waiting for its backoff, or another round's attempt holds it: that round planned it.
    if (stand && stand.volgendeOp > nu) {
      wachtOp = Math.min(wachtOp ?? Infinity, stand.volgendeOp);
      continue;
    }
    const geclaimd = await b.opslag.claim(partner, kanaal, nu, nu + LEASE);
    // Of two rounds one sends; a round that finds it delivered lets the lease run out.
    if (!geclaimd || tot <= geclaimd.gemeld) continue;
    const na = await probeer(b, geclaimd, kanaal, tot, nu);
    const verder = na.volgendeOp > 0 ? na.volgendeOp : await nogIetsNieuws(b, partner, tot, nu);
    if (verder !== undefined) volgendeOp = Math.min(volgendeOp ?? Infinity, verder);
  }
  return {
    ...(volgendeOp === undefined ? {} : { volgendeOp }),
    ...(wachtOp === undefined ? {} : { wachtOp }),
  };
}

/**
 * What a round leaves to do: `volgendeOp`, the earliest attempt this round planned (a failed
 * one's backoff, or now when more arrived during a delivery); `wachtOp`, the earliest of the
 * channels that were already waiting (planned by an earlier round, or a process that
 * restarted since). A queue re-sends only the first, so a message is never multiplied; a
 * timer keeps the earliest of both.
 */
export interface Ronde {
  volgendeOp?: number;
  wachtOp?: number;
}

/**
 * After a delivery: `nu` when a notice arrived while it was under way (its own round found the
 * channel held and left it to this one), else undefined.
 */
async function nogIetsNieuws(b: Bezorging, partner: string, tot: number, nu: number) {
  const laatste = (await b.opslag.laatsteMeldingen([partner])).get(partner) ?? 0;
  return laatste > tot ? nu : undefined;
}

/** One attempt on a claimed channel, recorded with the channel's state after it. */
async function probeer(
  b: Bezorging,
  stand: Bezorgstand,
  kanaal: Kanaal,
  tot: number,
  nu: number,
): Promise<Bezorgstand> {
  const resultaat = await verzend(b, stand, kanaal, tot, nu);
  const keer = stand.mislukt + 1;
  const wacht = WACHTTIJDEN[keer - 1];
  const uitkomst = resultaat.geleverd ? 'geleverd' : wacht === undefined ? 'opgegeven' : 'mislukt';
  const na: Bezorgstand =
    uitkomst === 'mislukt'
      ? { ...stand, mislukt: keer, volgendeOp: nu + (wacht ?? 0) }
      : { ...stand, gemeld: tot, mislukt: 0, volgendeOp: 0 };
  await b.opslag.legVast(
    {
      partner: stand.partner,
      kanaal,
      tot,
      keer,
      tijdstip: nu,
      uitkomst,
      reden: resultaat.geleverd ? null : resultaat.reden,
      status: resultaat.geleverd ? null : (resultaat.status ?? null),
    },
    na,
  );
  return na;
}

function verzend(
  b: Bezorging,
  stand: Bezorgstand,
  kanaal: Kanaal,
  tot: number,
  nu: number,
): Promise<Resultaat> {
  const adres = b.adressen.get(stand.partner);
  if (kanaal === 'webhook' && adres?.webhook && b.webhook) {
    const { koppen, body } = webhookVerzoek(adres.webhook.geheim, stand.gemeld, tot, nu);
    return b.webhook(adres.webhook.url, koppen, body);
  }
  if (kanaal === 'email' && adres?.email && b.mail) {
    return b.mail(adres.email, MAIL_ONDERWERP, mailTekst(b.startUrl));
  }
  return Promise.resolve({ geleverd: false, reden: 'geen-verbinding' });
}
