/**
 * @module
 * The buttons of a partner employee's pages (issue 20, item 4), each a form post with the
 * session's CSRF token, through the same use cases as the API: the overlap of an own signal
 * now, a status (terugkoppeling), an overdracht, withdrawing, and answering an overdracht.
 */
import type { Context } from 'hono';
import type { Beleid } from '../policy/index.js';
import { NIET_VOOR_ONS_REDENEN, type NietVoorOnsReden } from '../policy/overdracht-woorden.js';
import {
  GEEN_PERSPECTIEF_REDENEN,
  STATUSSEN,
  UITKOMSTEN,
} from '../policy/terugkoppeling-woorden.js';
import { herbereken } from '../use-cases/herberekenen.js';
import { trekIn } from '../use-cases/intrekken.js';
import {
  beantwoordOverdracht,
  type OverdrachtReactie,
  type ReactieAntwoord,
} from '../use-cases/overdracht-beantwoorden.js';
import { draagOver } from '../use-cases/overdragen.js';
import { type StatusVerzoek, zetStatus } from '../use-cases/status-zetten.js';
import { type VraagOver, vraagTerugkoppeling } from '../use-cases/terugkoppeling-vragen.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { ontvangerUit } from './overdracht-formulier.js';
import { OverlapLijst } from './overlap-tekst.js';
import { PartnerNavigatie } from './partner-navigatie.js';
import { uitvoeren } from './uitvoeren.js';

const nav = <PartnerNavigatie huidig="" />;
const tekst = (x: unknown) => (typeof x === 'string' ? x : '');

/** A link back, as its own paragraph. */
export function Terug(p: { href: string; tekst: string }) {
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={p.href}>
        {p.tekst}
      </a>
    </p>
  );
}

/** POST /partner/signalen/:id/overlap: recomputed now, every item logged first. */
export function overlapNu(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  return uitvoeren(c, 'Overlap niet berekend', nav, async (a) => {
    const { overlap } = await herbereken(a, id);
    return (
      <Opmaak titel="Overlap van uw signaal" ingelogd={ingelogd(c)} navigatie={nav}>
        <OverlapLijst beleid={a.diensten.beleid} overlap={overlap} />
        <Terug href={`/partner/signalen/${id}`} tekst="Terug naar het signaal" />
      </Opmaak>
    );
  });
}

/** The status the form asks for, with the reason or outcome two statuses need; else undefined. */
function statusVerzoek(f: Record<string, unknown>): StatusVerzoek | undefined {
  const status = tekst(f.status);
  const reden = tekst(f.reden);
  const uitkomst = tekst(f.uitkomst);
  if (status === 'geen_handelingsperspectief') {
    return (GEEN_PERSPECTIEF_REDENEN as readonly string[]).includes(reden)
      ? ({ status, reden } as StatusVerzoek)
      : undefined;
  }
  if (status === 'afgesloten') {
    return (UITKOMSTEN as readonly string[]).includes(uitkomst)
      ? ({ status, uitkomst } as StatusVerzoek)
      : undefined;
  }
  return (STATUSSEN as readonly string[]).includes(status)
    ? ({ status } as StatusVerzoek)
    : undefined;
}

/** POST /partner/signalen/:id/status: a status from the closed list (with reason or outcome). */
export async function statusZetten(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  const verzoek = statusVerzoek(await c.req.parseBody());
  if (!verzoek) {
    return c.html(
      <Opmaak titel="Stand niet opgeslagen" ingelogd={ingelogd(c)} navigatie={nav}>
        <p class="utrecht-paragraph">
          Kies een stand uit de lijst; bij geen handelingsperspectief ook een reden, bij afgesloten
          ook een uitkomst.
        </p>
      </Opmaak>,
      400,
    );
  }
  return uitvoeren(c, 'Stand niet opgeslagen', nav, async (a) => {
    await zetStatus(a, id, verzoek);
    return (
      <Opmaak titel="Stand opgeslagen" ingelogd={ingelogd(c)} navigatie={nav}>
        <p class="utrecht-paragraph">
          De partners die het beleid terugkoppeling geeft, zien de nieuwe stand.
        </p>
        <Terug href={`/partner/signalen/${id}`} tekst="Terug naar het signaal" />
      </Opmaak>
    );
  });
}

/** POST /partner/signalen/:id/overdracht: hand the signal to a partner for a doel. */
export async function overdragen(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  const f = await c.req.parseBody();
  return uitvoeren(
    c,
    'Niet overgedragen',
    nav,
    async (a) => {
      const o = await draagOver(a, id, { ...ontvangerUit(tekst(f.naar)), doel: tekst(f.doel) });
      const naam = a.diensten.beleid.partners.get(o.naar)?.naam ?? o.naar;
      return (
        <Opmaak titel="Overgedragen" ingelogd={ingelogd(c)} navigatie={nav}>
          <p class="utrecht-paragraph">
            De overdracht aan {naam}
            {o.ketenrol && `, die de rol ${o.ketenrol.replaceAll('-', ' ')} in de keten vervult,`}{' '}
            staat open tot de ontvanger antwoordt; het antwoord komt in uw inbox. Het verhaal zelf
            geeft u buiten Ketenpoort door.
          </p>
          <Terug href={`/partner/signalen/${id}`} tekst="Terug naar het signaal" />
        </Opmaak>
      );
    },
    201,
  );
}

/** POST /partner/signalen/:id/intrekken. */
export function intrekken(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  return uitvoeren(c, 'Niet ingetrokken', nav, async (a) => {
    await trekIn(a, id);
    return (
      <Opmaak titel="Signaal ingetrokken" ingelogd={ingelogd(c)} navigatie={nav}>
        <p class="utrecht-paragraph">Niemand vindt nog overlap met dit signaal.</p>
        <Terug href="/partner" tekst="Naar mijn signalen" />
      </Opmaak>
    );
  });
}

/** The answer the form gives, with the reason or next partner it needs; else undefined. */
function reactie(f: Record<string, unknown>): OverdrachtReactie | undefined {
  const reden = tekst(f.reden) as NietVoorOnsReden;
  switch (f.antwoord) {
    case 'aangenomen':
      return { antwoord: 'aangenomen' };
    case 'niet_voor_ons':
      return NIET_VOOR_ONS_REDENEN.includes(reden)
        ? { antwoord: 'niet_voor_ons', reden }
        : undefined;
    case 'doorgezet':
      return tekst(f.naar) ? { antwoord: 'doorgezet', naar: tekst(f.naar) } : undefined;
  }
  return undefined;
}

/**
 * POST /partner/overdrachten/:id/antwoord: aangenomen, niet voor ons with a closed reason, or
 * doorgezet to a next partner.
 */
export async function overdrachtBeantwoorden(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  const r = reactie(await c.req.parseBody());
  return uitvoeren(c, 'Niet beantwoord', nav, async (a) => {
    if (!r) {
      return (
        <Opmaak titel="Niet beantwoord" ingelogd={ingelogd(c)} navigatie={nav}>
          <p class="utrecht-paragraph">Kies een reden of een partner uit de lijst.</p>
        </Opmaak>
      );
    }
    const antwoord = await beantwoordOverdracht(a, id, r);
    return (
      <Opmaak titel="Overdracht beantwoord" ingelogd={ingelogd(c)} navigatie={nav}>
        <NaHetAntwoord beleid={a.diensten.beleid} r={r} antwoord={antwoord} />
      </Opmaak>
    );
  });
}

/** What the recipient reads after its answer. */
function NaHetAntwoord(p: { beleid: Beleid; r: OverdrachtReactie; antwoord: ReactieAntwoord }) {
  const { signaal } = p.antwoord;
  if (signaal) {
    return (
      <>
        <p class="utrecht-paragraph">
          Uw organisatie heeft het signaal aangenomen en heeft nu een eigen signaal.
        </p>
        <h2 class="utrecht-heading-2">Overlap</h2>
        <OverlapLijst beleid={p.beleid} overlap={signaal.overlap} />
        <Terug href={`/partner/signalen/${signaal.id}`} tekst="Naar het signaal" />
      </>
    );
  }
  if (p.r.antwoord === 'doorgezet') {
    return (
      <p class="utrecht-paragraph">
        Doorgezet aan {p.beleid.partners.get(p.r.naar)?.naam ?? p.r.naar}: die partner krijgt de
        overdracht in zijn inbox. De overdrager krijgt uw antwoord in zijn inbox.
      </p>
    );
  }
  return <p class="utrecht-paragraph">De overdrager krijgt uw antwoord in zijn inbox.</p>;
}

/** POST /partner/terugkoppeling-vragen: ask the owners of a verstrekking to this partner. */
export async function terugkoppelingVragen(c: Context<WerkplekEnv>) {
  const f = await c.req.parseBody();
  const over: VraagOver = tekst(f.overdracht)
    ? { overdracht: tekst(f.overdracht) }
    : { verstrekking: Number.parseInt(tekst(f.verstrekking), 10) };
  return uitvoeren(
    c,
    'Niet gevraagd',
    nav,
    async (a) => {
      const r = await vraagTerugkoppeling(a, over, tekst(f.gevraagdVoor));
      return (
        <Opmaak titel="Terugkoppeling gevraagd" ingelogd={ingelogd(c)} navigatie={nav}>
          <p class="utrecht-paragraph">
            De vraag staat in de inbox van de partner die het beleid daarvoor noemt, met als datum{' '}
            {r.gevraagdVoor}. Het antwoord komt in uw inbox.
          </p>
          <Terug href="/partner/inbox" tekst="Naar de inbox" />
        </Opmaak>
      );
    },
    201,
  );
}
