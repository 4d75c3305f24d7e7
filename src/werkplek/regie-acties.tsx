/**
 * @module
 * The regie buttons of the werkplek (issues 17 and 20), form posts with the session's CSRF
 * token through the same use cases as the API: propose a regisseur (or take or hand over
 * regie), and answer a proposal. The proposer's page reads the same whether or not the
 * proposed partner is in the casus, as the API's answer does.
 */
import type { Context } from 'hono';
import { REGIE_ANTWOORDEN, type RegieAntwoord } from '../matching/regie.js';
import { beantwoordRegie } from '../use-cases/regie-beantwoorden.js';
import { stelRegieVoor } from '../use-cases/regie-voorstellen.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { Terug } from './partner-acties.js';
import { PartnerNavigatie } from './partner-navigatie.js';
import { RegieKnop } from './regie-tekst.js';
import { uitvoeren } from './uitvoeren.js';

const nav = <PartnerNavigatie huidig="" />;
const tekst = (x: unknown) => (typeof x === 'string' ? x : '');

/** POST /partner/signalen/:id/casussen/:casus/regie: `naar` a partner id, or `standaard`. */
export async function regieVoorstellen(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  const casus = c.req.param('casus') ?? '';
  const f = await c.req.parseBody();
  const naar = tekst(f.naar);
  return uitvoeren(
    c,
    'Regie niet voorgesteld',
    nav,
    async (a) => {
      const v = await stelRegieVoor(a, id, casus, {
        doel: tekst(f.doel),
        ...(naar !== 'standaard' && { naar }),
      });
      const wie = a.diensten.beleid.partners.get(v.naar)?.naam ?? v.naar;
      return (
        <Opmaak
          titel={v.status === 'aangenomen' ? 'Regie genomen' : 'Regie voorgesteld'}
          ingelogd={ingelogd(c)}
          navigatie={nav}
        >
          <p class="utrecht-paragraph">
            {v.status === 'aangenomen'
              ? 'Uw organisatie heeft nu de regie van deze casus. De andere leden horen het voor zover het beleid dat toestaat.'
              : `Het voorstel aan ${wie} staat open tot er een antwoord is; het antwoord komt in uw inbox.`}
          </p>
          <RegieKnop signaal={id} csrf={c.var.sessie.csrf} />
        </Opmaak>
      );
    },
    201,
  );
}

/** POST /partner/regievoorstellen/:id/antwoord: aangenomen or afgewezen. */
export async function regieBeantwoorden(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  const antwoord = tekst((await c.req.parseBody()).antwoord) as RegieAntwoord;
  if (!REGIE_ANTWOORDEN.includes(antwoord)) {
    return c.html(
      <Opmaak titel="Niet beantwoord" ingelogd={ingelogd(c)} navigatie={nav}>
        <p class="utrecht-paragraph">Kies aannemen of afwijzen.</p>
      </Opmaak>,
      400,
    );
  }
  return uitvoeren(c, 'Niet beantwoord', nav, async (a) => {
    await beantwoordRegie(a, id, antwoord);
    return (
      <Opmaak
        titel={antwoord === 'aangenomen' ? 'Regie aangenomen' : 'Regie afgewezen'}
        ingelogd={ingelogd(c)}
        navigatie={nav}
      >
        <p class="utrecht-paragraph">
          {antwoord === 'aangenomen'
            ? 'Uw organisatie heeft nu de regie van deze casus. De andere leden horen het voor zover het beleid dat toestaat.'
            : 'De casus blijft zoals hij was. De voorsteller hoort uw antwoord voor zover het beleid dat toestaat.'}
        </p>
        <Terug href="/partner/inbox" tekst="Naar de inbox" />
      </Opmaak>
    );
  });
}
