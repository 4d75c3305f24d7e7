/**
 * @module
 * The sleutelbewaarder's HTTP API (its own service, its own port): `POST /v1/evaluaties`
 * evaluates a batch of blinded elements with one DLEQ proof, after the token and the
 * partner's quotas; `GET /v1/sleutels` lists the public keys it serves (clients still check
 * answers against the key pinned in the gateway's signed policy, never against this list).
 * It sees only random-looking group elements and logs counts per partner and day, never those.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { base64url, vanBase64url } from '../encoding/base64url.js';
import type { Configuratie } from './configuratie.js';
import { evalueer, type OprfSleutel } from './oprf-sleutel.js';
import type { SleutelbewaarderOpslag } from './opslag.js';
import { type Aanvrager, uitgeverSleutels, verifieerToken } from './token.js';

export interface SleutelbewaarderDiensten {
  configuratie: Configuratie;
  /** The keys served: one, or two during a rotation window. */
  sleutels: readonly OprfSleutel[];
  opslag: SleutelbewaarderOpslag;
  klok: () => number;
  /** Where the counts go (one line per request); never an input or element. */
  logTelling: (regel: string) => void;
  /** Fetches the trusted issuers' key sets (default: the platform's fetch). */
  fetch?: typeof fetch;
}

const ELEMENT = /^[A-Za-z0-9_-]{43}$/;
const Verzoek = z.strictObject({
  sleutel: z.string().min(1).max(64),
  elementen: z.array(z.string().regex(ELEMENT)).min(1).max(1000),
});

/** One problem+json answer (RFC 9457), in Dutch. */
function probleem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra?: HeadersInit,
) {
  return new Response(
    JSON.stringify({ type: `urn:ketenpoort:sleutelbewaarder:${code}`, title, status, detail }),
    { status, headers: { 'content-type': 'application/problem+json', ...extra } },
  );
}

/** The app over `d`. */
export function maakSleutelbewaarderApp(d: SleutelbewaarderDiensten) {
  const app = new Hono();
  const uitgevers = uitgeverSleutels(d.configuratie, d.fetch);

  // A werkplek page evaluates from the employee's browser; only the configured origins may.
  app.use(
    '/v1/evaluaties',
    cors({
      origin: d.configuratie.herkomsten ?? [],
      allowMethods: ['POST'],
      allowHeaders: ['authorization', 'content-type'],
      maxAge: 600,
    }),
  );

  app.get('/v1/health', (c) => c.json({ status: 'ok' }));

  app.get('/v1/sleutels', (c) =>
    c.json({ sleutels: d.sleutels.map((s) => ({ id: s.id, publiek: base64url(s.publiek) })) }),
  );

  app.post('/v1/evaluaties', async (c) => {
    const nu = d.klok();
    let wie: Aanvrager;
    try {
      const kop = c.req.header('authorization') ?? '';
      if (!kop.startsWith('Bearer ')) throw new Error('geen token');
      wie = await verifieerToken(d.configuratie, kop.slice(7), nu, uitgevers);
    } catch {
      return probleem(
        401,
        'niet-geauthenticeerd',
        'Niet geauthenticeerd',
        'Het verzoek heeft geen geldig token voor de sleutelbewaarder. Onderteken een nieuw token met de sleutel van uw organisatie en audience ketenpoort-sleutelbewaarder.',
      );
    }
    if (!(await d.opslag.gebruikJti(wie.jti, wie.aanvaardTot, nu))) {
      return probleem(
        401,
        'niet-geauthenticeerd',
        'Niet geauthenticeerd',
        'Dit token is al gebruikt; onderteken per verzoek een nieuw.',
      );
    }
    let body: z.infer<typeof Verzoek>;
    try {
      body = Verzoek.parse(await c.req.json());
    } catch {
      return probleem(
        400,
        'ongeldig-verzoek',
        'Ongeldig verzoek',
        'Verwacht {"sleutel": "<sleutel-id>", "elementen": [1 tot 1.000 geblindeerde elementen van 32 bytes in base64url]}.',
      );
    }
    const sleutel = d.sleutels.find((s) => s.id === body.sleutel);
    if (!sleutel) {
      return probleem(
        404,
        'onbekende-sleutel',
        'Onbekende sleutel',
        `Deze sleutelbewaarder heeft geen sleutel ${body.sleutel}; hij bedient ${d.sleutels.map((s) => s.id).join(' en ')}.`,
      );
    }
    const quotum = d.configuratie.partners.find((p) => p.id === wie.partner)?.quotum;
    if (!quotum) throw new Error('partner zonder quotum na een geldig token');
    if (body.elementen.length > quotum.perVerzoek) {
      return probleem(
        422,
        'te-veel-per-verzoek',
        'Te veel elementen in één verzoek',
        `Uw organisatie mag hoogstens ${quotum.perVerzoek} elementen per verzoek laten evalueren; splits de batch.`,
      );
    }
    const dag = new Date(nu).toISOString().slice(0, 10);
    const telling = await d.opslag.tel(wie.partner, dag, body.elementen.length, quotum.perDag);
    if (!telling.toegestaan) {
      d.logTelling(
        `${dag} ${wie.partner}: ${body.elementen.length} geweigerd (quotum ${quotum.perDag} per dag bereikt)`,
      );
      const morgen = Date.parse(`${dag}T00:00:00.000Z`) + 86_400_000;
      return probleem(
        429,
        'te-veel-verzoeken',
        'Quotum bereikt',
        `Uw organisatie heeft vandaag het quotum van ${quotum.perDag} evaluaties bereikt; er is niets geëvalueerd.`,
        { 'Retry-After': String(Math.ceil((morgen - nu) / 1000)) },
      );
    }
    let uit: { elementen: Uint8Array[]; bewijs: Uint8Array };
    try {
      uit = evalueer(sleutel, body.elementen.map(vanBase64url));
    } catch {
      return probleem(
        400,
        'ongeldig-element',
        'Ongeldig element',
        'Een van de elementen is geen geldig ristretto255-element.',
      );
    }
    d.logTelling(
      `${dag} ${wie.partner}: ${body.elementen.length} evaluaties, ${telling.totaal} vandaag`,
    );
    return c.json({
      sleutel: sleutel.id,
      elementen: uit.elementen.map(base64url),
      bewijs: base64url(uit.bewijs),
    });
  });

  app.notFound(() =>
    probleem(
      404,
      'niet-gevonden',
      'Niet gevonden',
      'Dit pad bestaat niet bij de sleutelbewaarder.',
    ),
  );
  app.onError(() =>
    probleem(
      500,
      'interne-fout',
      'Interne fout',
      'Er ging iets mis bij de sleutelbewaarder; er is niets geëvalueerd.',
    ),
  );
  return app;
}
