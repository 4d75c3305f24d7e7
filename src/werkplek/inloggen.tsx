/**
 * @module
 * Logging in and out. `/inloggen/:organisatie` sends the browser to the organisation's own
 * identity provider; `/inloggen/terug` redeems the code (state, nonce and PKCE checked; the
 * login state is used once) and starts a session with the roles the issuer may grant;
 * `POST /uitloggen` ends all of the person's sessions at the gateway.
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import type { WerkplekEnv } from './context.js';
import { rollenUitClaim } from './inlog-configuratie.js';
import type { Inlogdienst } from './oidc.js';
import { Opmaak } from './opmaak.js';
import type { WerkplekOpties } from './opties.js';
import { cookieHash, INLOGGEN_MS, koekjes, persoonVan, willekeurigeWaarde } from './sessie.js';
import { vereisSessie } from './vereis-sessie.js';

const TERUG = '/inloggen/terug';

/** The routes of logging in and out. */
export function inlogRoutes(o: WerkplekOpties) {
  const app = new Hono<WerkplekEnv>();
  const terugUrl = (c: Context) => `${o.openbareUrl ?? new URL(c.req.url).origin}${TERUG}`;

  app.get(TERUG, async (c) => {
    const dienst = o.inloggen;
    const waarde = koekjes.inlog.lees(c);
    koekjes.inlog.wis(c);
    const { diensten } = c.var;
    const nu = diensten.klok();
    const poging = waarde
      ? await diensten.store.sessies.neemInlogpoging(cookieHash(waarde), nu)
      : undefined;
    const uitgever = poging && dienst?.uitgever(poging.organisatie);
    if (!dienst || !poging || !uitgever) return mislukt(c);
    const huidig = new URL(c.req.url);
    const terug = new URL(terugUrl(c));
    huidig.protocol = terug.protocol;
    huidig.host = terug.host;
    let aanmelding: Awaited<ReturnType<Inlogdienst['rond']>>;
    try {
      aanmelding = await dienst.rond(uitgever, huidig, poging);
    } catch {
      return mislukt(c);
    }
    const rollen = rollenUitClaim(uitgever, aanmelding.claims[uitgever.claim]);
    if (!rollen) {
      return c.html(
        <Opmaak titel="Geen toegang">
          <p class="utrecht-paragraph">
            Uw organisatie gaf u geen rol die zij voor Ketenpoort mag geven (toegestaan:{' '}
            {uitgever.rollen.join(', ')}). U bent niet ingelogd. Vraag de beheerder van uw
            organisatie om de juiste rol.
          </p>
        </Opmaak>,
        403,
      );
    }
    const sessiewaarde = willekeurigeWaarde(diensten.willekeurig);
    await diensten.store.sessies.begin({
      id: cookieHash(sessiewaarde),
      organisatie: uitgever.organisatie,
      // The newest storage key: after a rotation the old one may be the reason for it.
      persoon: persoonVan(
        nieuwsteSleutel(diensten.opslagsleutels),
        aanmelding.issuer,
        aanmelding.sub,
      ),
      rollen,
      csrf: willekeurigeWaarde(diensten.willekeurig),
      begonnenOp: nu,
      actiefOp: nu,
    });
    koekjes.sessie.zet(c, sessiewaarde);
    const verder = rollen.includes('partner')
      ? '/partner'
      : rollen.includes('fg')
        ? '/fg'
        : rollen.includes('jurist')
          ? '/jurist'
          : '/';
    // A page, not a redirect: the browser came here from another site, and a redirect would
    // still count as cross-site, so the SameSite=Strict session cookie would not go along.
    return c.html(
      <Opmaak titel="U bent ingelogd" verder={verder}>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={verder}>
            Verder naar uw werkplek
          </a>
        </p>
      </Opmaak>,
    );
  });

  app.get('/inloggen/:organisatie', async (c) => {
    const uitgever = o.inloggen?.uitgever(c.req.param('organisatie'));
    if (!o.inloggen || !uitgever) {
      return c.html(
        <Opmaak titel="Inloggen niet mogelijk">
          <p class="utrecht-paragraph">
            Voor deze organisatie is geen inlogdienst ingesteld. Vraag de beheerder van Ketenpoort
            om haar uitgever in de inlogconfiguratie op te nemen.
          </p>
        </Opmaak>,
        404,
      );
    }
    const { diensten } = c.var;
    const { url, controles } = await o.inloggen.begin(uitgever, terugUrl(c));
    const waarde = willekeurigeWaarde(diensten.willekeurig);
    await diensten.store.sessies.bewaarInlogpoging(
      {
        id: cookieHash(waarde),
        organisatie: uitgever.organisatie,
        ...controles,
        vervaltOp: diensten.klok() + INLOGGEN_MS,
      },
      diensten.klok(),
    );
    koekjes.inlog.zet(c, waarde);
    return c.redirect(url.href, 302);
  });

  app.post('/uitloggen', vereisSessie(), async (c) => {
    const { sessie, diensten } = c.var;
    await diensten.store.sessies.beeindigAlle(sessie.persoon);
    koekjes.sessie.wis(c);
    const uitgever = o.inloggen?.uitgever(sessie.organisatie);
    const bijOrganisatie =
      uitgever &&
      (await o.inloggen
        ?.uitlogUrl(uitgever, `${terugUrl(c).replace(TERUG, '/')}`)
        .catch(() => undefined));
    return c.html(
      <Opmaak titel="U bent uitgelogd">
        <p class="utrecht-paragraph">Al uw sessies bij Ketenpoort zijn beëindigd.</p>
        {bijOrganisatie && (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={bijOrganisatie.href}>
              Log ook uit bij uw organisatie
            </a>
          </p>
        )}
      </Opmaak>,
    );
  });
  return app;
}

function mislukt(c: Context) {
  return c.html(
    <Opmaak titel="Inloggen mislukt">
      <p class="utrecht-paragraph">
        Het inloggen kon niet worden afgerond: het antwoord van uw organisatie klopte niet, was al
        gebruikt of kwam te laat. U bent niet ingelogd.{' '}
        <a class="utrecht-link" href="/">
          Begin opnieuw
        </a>
        .
      </p>
    </Opmaak>,
    400,
  );
}

function nieuwsteSleutel(sleutels: readonly Uint8Array[]): Uint8Array {
  const sleutel = sleutels[sleutels.length - 1];
  if (sleutel === undefined) throw new TypeError('Er is geen opslagsleutel.');
  return sleutel;
}
