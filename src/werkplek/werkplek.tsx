/**
 * @module
 * The werkplek: server-rendered pages for people (the FG, the jurist, a partner's employees),
 * mounted on the gateway's app by `maakApp` when the services carry {@link WerkplekOpties}.
 * Pages read through the same use cases as the API; nothing here touches SQL.
 */
import { Hono } from 'hono';
import { ApiError } from '../api/problem.js';
import { INZAGE_PAD, REGISTREREN_PAD } from './browser-inlog.js';
import type { WerkplekEnv } from './context.js';
import { fgExport } from './fg-export.js';
import { inlogRoutes } from './inloggen.js';
import { beveiligingskoppen } from './koppen.js';
import { Opmaak } from './opmaak.js';
import type { WerkplekOpties } from './opties.js';
import { cijfersPagina, cijfersTonen } from './pagina-cijfers.js';
import { fgPagina } from './pagina-fg.js';
import { fgBladPagina } from './pagina-fg-blad.js';
import { fgControlePagina } from './pagina-fg-controle.js';
import { inzageBeantwoorden, inzagePagina } from './pagina-fg-inzage.js';
import { inboxPagina } from './pagina-inbox.js';
import { juristPagina, juristRapport, juristUitleg } from './pagina-jurist.js';
import { juristScenarios } from './pagina-jurist-scenarios.js';
import { regiePagina } from './pagina-regie.js';
import { registreerPagina, registreerSignaal } from './pagina-registreren.js';
import { signaalPagina, signalenPagina } from './pagina-signalen.js';
import { StartPagina } from './pagina-start.js';
import {
  intrekken,
  overdrachtBeantwoorden,
  overdragen,
  overlapNu,
  statusZetten,
  terugkoppelingVragen,
} from './partner-acties.js';
import {
  PSEUDONIEM_MODULE_ALIAS,
  type PseudoniemModule,
  paginaScriptPad,
  pseudoniemModulePad,
} from './pseudoniem-module.js';
import { regieBeantwoorden, regieVoorstellen } from './regie-acties.js';
import { EIGEN_STIJL, EIGEN_STIJL_NAAM, STIJL_PAD } from './stijl.js';
import { vereisSessie } from './vereis-sessie.js';

/** The werkplek's routes; the gateway's middleware (services, request id) runs before them. */
export function maakWerkplek(o: WerkplekOpties) {
  const app = new Hono<WerkplekEnv>();
  app.get(`${STIJL_PAD}/:naam`, async (c) => {
    const naam = c.req.param('naam');
    const tekst = naam === EIGEN_STIJL_NAAM ? EIGEN_STIJL : await o.stijlBestand(naam);
    if (tekst === undefined) throw new ApiError('niet-gevonden', 'Dit stijlblad bestaat niet.');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(tekst, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.use(beveiligingskoppen);
  if (o.pseudoniemModule) serveerPseudoniemModule(app, o.pseudoniemModule);
  if (o.paginaScript) serveerScript(app, paginaScriptPad(o.paginaScript), o.paginaScript);
  app.get('/', (c) =>
    c.html(
      <StartPagina
        beleid={c.var.diensten.beleid}
        inloggen={o.inloggen}
        demoAccounts={o.demoAccounts ?? []}
      />,
    ),
  );
  app.route('/', inlogRoutes(o));
  app.get('/fg', vereisSessie('fg'), fgPagina);
  app.get('/fg/blad/:nummer', vereisSessie('fg'), fgBladPagina);
  app.get('/fg/export/:formaat', vereisSessie('fg'), fgExport);
  app.get('/fg/controle', vereisSessie('fg'), fgControlePagina);
  app.get(INZAGE_PAD, vereisSessie('fg'), inzagePagina(o));
  app.post(INZAGE_PAD, vereisSessie('fg'), inzageBeantwoorden(o));
  app.get('/partner', vereisSessie('partner'), signalenPagina);
  app.get(REGISTREREN_PAD, vereisSessie('partner'), registreerPagina(o));
  app.post(REGISTREREN_PAD, vereisSessie('partner'), registreerSignaal);
  app.get('/partner/inbox', vereisSessie('partner'), inboxPagina);
  app.get('/partner/signalen/:id', vereisSessie('partner'), signaalPagina);
  app.post('/partner/signalen/:id/overlap', vereisSessie('partner'), overlapNu);
  app.post('/partner/signalen/:id/status', vereisSessie('partner'), statusZetten);
  app.post('/partner/signalen/:id/overdracht', vereisSessie('partner'), overdragen);
  app.post('/partner/signalen/:id/intrekken', vereisSessie('partner'), intrekken);
  app.post('/partner/overdrachten/:id/antwoord', vereisSessie('partner'), overdrachtBeantwoorden);
  app.post('/partner/terugkoppeling-vragen', vereisSessie('partner'), terugkoppelingVragen);
  app.post('/partner/signalen/:id/regie', vereisSessie('partner'), regiePagina);
  app.post(
    '/partner/signalen/:id/casussen/:casus/regie',
    vereisSessie('partner'),
    regieVoorstellen,
  );
  app.post('/partner/regievoorstellen/:id/antwoord', vereisSessie('partner'), regieBeantwoorden);
  app.get('/jurist', vereisSessie('jurist'), juristPagina);
  app.get('/jurist/matrix', vereisSessie('jurist'), juristRapport('matrix'));
  app.get('/jurist/register', vereisSessie('jurist'), juristRapport('register'));
  app.get('/jurist/uitleg', vereisSessie('jurist'), juristUitleg);
  app.get('/jurist/scenarios', vereisSessie('jurist'), juristScenarios);
  app.get('/cijfers', vereisSessie('partner', 'statistiek'), cijfersPagina);
  app.post('/cijfers', vereisSessie('partner', 'statistiek'), cijfersTonen);
  app.onError((fout, c) => {
    // A problem of the API (such as 404) is answered by the gateway's own error handler.
    if (fout instanceof ApiError) throw fout;
    c.var.diensten?.logFout(c.var.verzoek?.id ?? 'onbekend', fout);
    return c.html(
      <Opmaak titel="Er ging iets mis">
        <p class="utrecht-paragraph">
          De pagina kon niet worden gemaakt. Er is niets verstrekt. Probeer het opnieuw; blijft het
          misgaan, geef dan dit kenmerk door aan de beheerder: {c.var.verzoek?.id}
        </p>
      </Opmaak>,
      500,
    );
  });
  return app;
}

/**
 * The browser module under its hashed name, cached for a year (its name changes with its
 * bytes), and the stable alias that redirects to it without being cached.
 */
function serveerPseudoniemModule(app: Hono<WerkplekEnv>, module: PseudoniemModule): void {
  const pad = pseudoniemModulePad(module);
  serveerScript(app, pad, module);
  app.get(PSEUDONIEM_MODULE_ALIAS, (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.redirect(pad, 302);
  });
}

/** A script under a name with its hash, cached for a year. */
function serveerScript(app: Hono<WerkplekEnv>, pad: string, script: PseudoniemModule): void {
  app.get(pad, (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(script.tekst, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
}
