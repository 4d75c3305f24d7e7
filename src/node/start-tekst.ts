/**
 * @module
 * What `npm start` prints: where the gateway listens and one example to copy and paste.
 */
import type { Configuratie } from '../config/env.js';

/** The start message, with a working example for the demo region. */
export function startTekst(url: string, cfg: Configuratie, sleutelbewaarder?: string): string {
  const sleutels = cfg.sleutels;
  return `Ketenpoort luistert op ${url}
  Werkplek:         ${url}/
  API-referentie:   ${url}/v1/docs
  OpenAPI:          ${url}/v1/openapi.json
  Gezondheid:       ${url}/v1/health
  Beleid:           ${cfg.beleid}/   Database: ${cfg.database}
${sleutelbewaarder ? `  Sleutelbewaarder: ${sleutelbewaarder} (eigen proces, map ${cfg.sleutelbewaarderMap})\n` : ''}${
  cfg.demo
    ? `
Demoregio Gooi en Vechtstreek. Log op de werkplek in met een demoaccount (de startpagina
noemt ze; de demo-inlogdiensten zijn echte OpenID-providers, alleen voor de demo). Of probeer
(in een tweede terminal):

  npm run demo

of registreer zelf een signaal als gemeente Hilversum:

  P=$(echo "111222333" | npx ketenpoort pseudoniem bsn --sleutel ${sleutels}/gemeente-hilversum.jwk.json)
  T=$(npx ketenpoort token --sleutel ${sleutels}/gemeente-hilversum.jwk.json --sub aandachtsfunctionaris)
  curl -s -X POST ${url}/v1/signalen -H "Authorization: Bearer $T" -H 'Content-Type: application/json' \\
    -d '{"pseudoniemen":[{"soort":"bsn","versie":"v2","sleutel":"demo-v2","waarde":"'$P'"}],"rol":"slachtoffer","uitbuitingsvormen":["seksuele_uitbuiting"],"sterkte":"zacht","gemeente":"GM0402","doel":"zorgcoordinatie"}'
`
    : ''
}`;
}
