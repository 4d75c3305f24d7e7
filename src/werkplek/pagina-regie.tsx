/**
 * @module
 * The regie page of an own signal (issues 17 and 20): its casussen the organisation may see,
 * who leads each as far as the regisseur's rule allows, the open proposals it knows of with
 * their termijn, and the forms to propose, take or hand over regie and to answer a proposal.
 * Showing who leads is a disclosure: like `GET /v1/signalen/{id}/casussen`, this page logs it,
 * so it is reached by a form post (no GET page of the werkplek changes anything).
 */
import type { Context } from 'hono';
import type { Beleid } from '../policy/index.js';
import { type CasusOverzicht, leesRegieOverzicht } from '../use-cases/regie-overzicht.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { PartnerNavigatie } from './partner-navigatie.js';
import { BeantwoordRegie, regieZin } from './regie-tekst.js';
import { datum } from './tijd.js';
import { uitvoeren } from './uitvoeren.js';
import { Kies } from './velden.js';

const nav = <PartnerNavigatie huidig="" />;

/** POST /partner/signalen/:id/regie (a post: what it shows is logged). */
export function regiePagina(c: Context<WerkplekEnv>) {
  const id = c.req.param('id') ?? '';
  return uitvoeren(c, 'Casussen en regie', nav, async (a) => {
    const { casussen, doel } = await leesRegieOverzicht(a, id);
    const { beleid } = a.diensten;
    const wij = a.identiteit.partner;
    return (
      <Opmaak titel="Casussen en regie" ingelogd={ingelogd(c)} navigatie={nav}>
        <p class="utrecht-paragraph">
          Een casus zijn de signalen van de keten die een pseudoniem met uw signaal delen. Eén
          organisatie heeft de regie en stemt af wie welke zorg inzet.
        </p>
        {casussen.length === 0 ? (
          <p class="utrecht-paragraph">
            Uw signaal hoort bij geen casus die uw organisatie volgens het beleid mag zien.
          </p>
        ) : (
          casussen.map((casus, i) => (
            <CasusBlok
              beleid={beleid}
              wij={wij}
              signaal={id}
              casus={casus}
              doel={doel}
              nummer={i + 1}
              csrf={c.var.sessie.csrf}
            />
          ))
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/partner/signalen/${id}`}>
            Terug naar het signaal
          </a>
        </p>
      </Opmaak>
    );
  });
}

/** What one casus's block on the page needs. */
interface CasusProps {
  beleid: Beleid;
  wij: string;
  signaal: string;
  casus: CasusOverzicht;
  doel: string;
  nummer: number;
  csrf: string;
}

/** One casus: who leads, the open proposals the organisation knows, and what it can do. */
function CasusBlok(p: CasusProps) {
  const { beleid, casus } = p;
  const kop = `casus-${p.nummer}`;
  const naam = (id: string) => beleid.partners.get(id)?.naam ?? id;
  const titel = (doel: string) => beleid.doelen.get(doel)?.titel ?? doel;
  return (
    <section aria-labelledby={kop}>
      <h2 class="utrecht-heading-2" id={kop}>
        Casus {p.nummer}
      </h2>
      <p class="utrecht-paragraph" data-regie>
        {regieZin(p.wij, casus.regie)}
      </p>
      {casus.voorstellen.length > 0 && (
        <ul class="utrecht-unordered-list">
          {casus.voorstellen.map((v) => (
            <li class="utrecht-unordered-list__item">
              {v.richting === 'door-ons'
                ? `Uw voorstel: ${naam(v.naar ?? '')} neemt de regie, voor ${titel(v.doel)}. Nog geen antwoord.`
                : `Voorstel aan uw organisatie: neem de regie, voor ${titel(v.doel)}.`}
              {v.verstrijktOp !== undefined &&
                ` Antwoord verwacht uiterlijk ${datum(v.verstrijktOp - 1)}.`}
              {v.richting === 'aan-ons' && <BeantwoordRegie id={v.id} csrf={p.csrf} />}
            </li>
          ))}
        </ul>
      )}
      <Voorstellen {...p} />
    </section>
  );
}

/**
 * Propose a regisseur: the organisation itself (taking regie while nobody has it), the
 * policy's default regisseur for the doel, or another partner; the regisseur hands over the
 * same way. Where another organisation leads, only it can hand over: no form.
 */
function Voorstellen(p: CasusProps) {
  const regie = p.casus.regie;
  const zelf = regie?.regisseur?.id === p.wij;
  if (regie && !zelf) {
    return <p class="utrecht-paragraph">Alleen de regisseur kan de regie overdragen.</p>;
  }
  const anderen = [...p.beleid.partners.values()].filter((x) => x.id !== p.wij);
  const opties: (readonly [string, string])[] = [
    ...(zelf ? [] : [[p.wij, 'Uw organisatie neemt de regie'] as const]),
    ['standaard', 'Standaardregisseur voor het doel'],
    ...anderen.map((x) => [x.id, x.naam] as const),
  ];
  const n = p.nummer;
  return (
    <form method="post" action={`/partner/signalen/${p.signaal}/casussen/${p.casus.id}/regie`}>
      <input type="hidden" name="csrf" value={p.csrf} />
      <div class="werkplek-velden">
        <Kies id={`r-naar-${n}`} naam="naar" label="Regie voor" opties={opties} />
        <Kies
          id={`r-doel-${n}`}
          naam="doel"
          label="Doel van de regie"
          waarde={p.doel}
          opties={[...p.beleid.doelen.values()].map((d) => [d.id, d.titel] as const)}
        />
      </div>
      <p class="utrecht-paragraph">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {zelf ? 'Regie overdragen' : 'Regie voorstellen'}
        </button>
      </p>
    </form>
  );
}
