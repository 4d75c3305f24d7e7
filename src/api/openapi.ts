/**
 * @module
 * The OpenAPI document, following the NL API Design Rules (checked by Spectral in CI).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.js';
import { API_VERSIE } from './schemas.js';

/** Generates the OpenAPI 3.0 document of the routes registered on `v1`. */
export function openapiDocument(v1: OpenAPIHono<AppEnv>) {
  v1.openAPIRegistry.registerComponent('securitySchemes', 'partnerToken', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'JWT (EdDSA of ES256) ondertekend met de sleutel van uw organisatie: iss = partner-id, sub = medewerker- of functie-id, aud = "ketenpoort", exp hoogstens 5 minuten na iat, jti uniek per wijzigend verzoek.',
  });
  return v1.getOpenAPIDocument({
    openapi: '3.0.3',
    info: {
      title: 'Ketenpoort',
      version: API_VERSIE,
      description:
        'Privacyvriendelijke poort waarmee ketenpartners in de aanpak van mensenhandel ontdekken dat zij signalen over dezelfde persoon, hetzelfde adres, telefoonnummer, bedrijf of rekening hebben, zonder persoonsgegevens te delen.',
      contact: {
        name: 'Beheer Ketenpoort',
        email: 'beheer@ketenpoort.example',
        url: 'https://ketenpoort.example/contact',
      },
    },
    servers: [{ url: 'https://ketenpoort.example/v1', description: 'Voorbeeldomgeving' }],
    tags: [
      { name: 'Signalen', description: 'Signalen registreren, lezen, intrekken en overlap zien' },
      { name: 'Meldingen', description: 'Latere overlap op uw eigen signalen' },
      {
        name: 'Overdrachten',
        description:
          'Een eigen signaal overdragen aan een andere partner en een overdracht beantwoorden',
      },
      {
        name: 'Regie',
        description:
          'Casussen van uw signalen en wie de regie heeft: voorstellen, nemen, aannemen, afwijzen, overdragen',
      },
      { name: 'Beheer', description: 'Gezondheid en documentatie' },
      {
        name: 'Cijfers',
        description: 'Adviezen tellen en cijfers met afscherming van kleine aantallen',
      },
      { name: 'Beleid', description: 'Het geladen beleid en uitleg van besluiten (jurist, fg)' },
      {
        name: 'Logboek',
        description:
          'Het logboek voor de FG: zoeken, inzageverzoeken, checkpoints, bewijzen en getuigen (RFC 9162, C2SP)',
      },
      {
        name: 'Waarschuwingen',
        description:
          'Voor de FG: pogingen boven een quotum en snelle intrekkingen, buiten het logboek bewaard',
      },
      {
        name: 'Bezorgingen',
        description:
          'Voor de FG van de poort: pogingen om partners per webhook of e-mail te laten weten dat er iets wacht, buiten het logboek bewaard',
      },
    ],
  });
}
