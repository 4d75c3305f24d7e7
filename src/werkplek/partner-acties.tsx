/**
 * @module
 * The buttons of a partner employee's pages (issue 20, item 4), each a form post with the
 * session's CSRF token, through the same use cases as the API: the overlap of an own signal
 * now, a status (terugkoppeling), an overdracht, withdrawing, and answering an overdracht.
 */
import type { Context } from 'hono';
import { NIET_VOOR_ONS_REDENEN, type NietVoorOnsReden } from '../policy/overdracht-woorden.js';
import { STATUSSEN } from '../policy/terugkoppeling-woorden.js';
import { herbereken } from '../use-cases/herberekenen.js';
import { trekIn } from '../use-cases/intrekken.js';
import { beantwoordOverdracht } from '../use-cases/overdracht-beantwoorden.js';
import { draagOver } from '../use-cases/overdragen.js';
import { type StatusVerzoek, zetStatus } from '../use-cases/status-zetten.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { OverlapLijst } from './overlap-tekst.js';
import { PartnerNavigatie } from './partner-navigatie.js';
import { uitvoeren } from './uitvoeren.js';

const nav = <PartnerNavigatie huidig="" />;
const tekst = (x: unknown) => (typeof x === 'string' ? x : '');

function Terug(p: { href: string; tekst: string }) {
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

/** POST /partner/signalen/:id/status: a status from the closed list without reason or outcome. */
export async function statusZetten(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  const status = tekst((await c.req.parseBody()).status);
  return uitvoeren(c, 'Stand niet opgeslagen', nav, async (a) => {
    if (!(STATUSSEN as readonly string[]).includes(status)) {
      return (
        <Opmaak titel="Stand niet opgeslagen" ingelogd={ingelogd(c)} navigatie={nav}>
          <p class="utrecht-paragraph">Kies een stand uit de lijst.</p>
        </Opmaak>
      );
    }
    await zetStatus(a, id, { status } as StatusVerzoek);
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
      const o = await draagOver(a, id, { naar: tekst(f.naar), doel: tekst(f.doel) });
      return (
        <Opmaak titel="Overgedragen" ingelogd={ingelogd(c)} navigatie={nav}>
          <p class="utrecht-paragraph">
            De overdracht aan {a.diensten.beleid.partners.get(o.naar)?.naam ?? o.naar} staat open
            tot de ontvanger antwoordt; het antwoord komt in uw inbox. Het verhaal zelf geeft u
            buiten Ketenpoort door.
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

/** POST /partner/overdrachten/:id/antwoord: aangenomen, or niet voor ons with a closed reason. */
export async function overdrachtBeantwoorden(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  const f = await c.req.parseBody();
  const reden = tekst(f.reden) as NietVoorOnsReden;
  return uitvoeren(c, 'Niet beantwoord', nav, async (a) => {
    if (f.antwoord !== 'aangenomen' && !NIET_VOOR_ONS_REDENEN.includes(reden)) {
      return (
        <Opmaak titel="Niet beantwoord" ingelogd={ingelogd(c)} navigatie={nav}>
          <p class="utrecht-paragraph">Kies een reden uit de lijst.</p>
        </Opmaak>
      );
    }
    const r = await beantwoordOverdracht(
      a,
      id,
      f.antwoord === 'aangenomen'
        ? { antwoord: 'aangenomen' }
        : { antwoord: 'niet_voor_ons', reden },
    );
    return (
      <Opmaak titel="Overdracht beantwoord" ingelogd={ingelogd(c)} navigatie={nav}>
        {r.signaal ? (
          <>
            <p class="utrecht-paragraph">
              Uw organisatie heeft het signaal aangenomen en heeft nu een eigen signaal.
            </p>
            <h2 class="utrecht-heading-2">Overlap</h2>
            <OverlapLijst beleid={a.diensten.beleid} overlap={r.signaal.overlap} />
            <Terug href={`/partner/signalen/${r.signaal.id}`} tekst="Naar het signaal" />
          </>
        ) : (
          <p class="utrecht-paragraph">De overdrager krijgt uw antwoord in zijn inbox.</p>
        )}
      </Opmaak>
    );
  });
}
