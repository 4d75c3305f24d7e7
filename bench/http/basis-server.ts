/**
 * @module
 * The baselines of the HTTP benchmark, in their own process:
 * `GET /kaal` is a bare Hono route returning small JSON; `GET /opzoeken/:id` does one
 * SQLite point lookup (a signal by id, in the same pre-loaded database) and one HMAC-SHA256.
 * `POST /vloer` is the floor of a registration (issue 13 item 5): only the work one needs,
 * on its own copy of the pre-loaded database: verify a fresh EdDSA token (jose, as the
 * gateway), record its jti, HMAC the two pseudonyms (node:crypto), and one IMMEDIATE
 * transaction inserting one signal row and one logboek row with its leaf.
 * Usage: `PORT=<poort> BENCH_DB=<db> [BENCH_DB_VLOER=<db> BENCH_SLEUTELS=<map>] node --import tsx bench/http/basis-server.ts`.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { type CryptoKey, importJWK, type JWK, jwtVerify } from 'jose';

const poort = Number(process.env.PORT);
const pad = process.env.BENCH_DB;
if (!poort || !pad) throw new Error('PORT en BENCH_DB zijn nodig');
const db = new Database(pad, { readonly: true });
const zoek = db.prepare('SELECT id, partner, vervalt_op AS vervaltOp FROM signalen WHERE id = ?');
const sleutel = Buffer.alloc(32, 7);

const app = new Hono();
app.get('/kaal', (c) => c.json({ ok: true, versie: '1.0.0' }));
app.get('/opzoeken/:id', (c) => {
  const id = c.req.param('id');
  const rij = zoek.get(id) as { id: string; partner: string; vervaltOp: number } | undefined;
  if (!rij) return c.json({ gevonden: false }, 404);
  const hmac = createHmac('sha256', sleutel)
    .update(`ketenpoort:opslag:v1:bsn:${id}`)
    .digest('base64url');
  return c.json({ id: rij.id, partner: rij.partner, vervaltOp: rij.vervaltOp, hmac });
});

if (process.env.BENCH_DB_VLOER && process.env.BENCH_SLEUTELS) {
  app.post('/vloer', vloer(process.env.BENCH_DB_VLOER, process.env.BENCH_SLEUTELS));
}

/** The floor route: verify, record the jti, HMAC two pseudonyms, one transaction with a signal, an entry and its leaf. */
function vloer(dbPad: string, sleutelmap: string) {
  const w = new Database(dbPad);
  w.pragma('journal_mode = WAL');
  w.pragma('synchronous = NORMAL');
  w.pragma('busy_timeout = 5000');
  // The partners' public keys by kid, imported once (the gateway does the same at start).
  const sleutels = new Map<string, { iss: string; key: CryptoKey | Uint8Array }>();
  const klaar = Promise.all(
    readdirSync(sleutelmap)
      .filter((f) => f.endsWith('.jwk.json'))
      .map(async (f) => {
        const { d: _d, ...publiek } = JSON.parse(
          readFileSync(join(sleutelmap, f), 'utf8'),
        ) as JWK & {
          kid: string;
          iss?: string;
        };
        sleutels.set(publiek.kid, {
          iss: publiek.iss ?? f.replace('.jwk.json', ''),
          key: await importJWK(publiek, 'EdDSA'),
        });
      }),
  );
  const jti = w.prepare(
    'INSERT INTO replay (sleutel, vervalt_op) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const signaal = w.prepare(
    `INSERT INTO signalen (id, partner, gebruiker, rol, uitbuitingsvormen, sterkte, gemeente, doel,
       geregistreerd_op, vervalt_op, volgorde)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(volgorde), 0) + 1 FROM signalen))`,
  );
  const laatsteBlad = w.prepare('SELECT coalesce(max(nummer), 0) AS n FROM bladen');
  const laatsteRegel = w.prepare('SELECT coalesce(max(volgnummer), 0) AS n FROM logboek');
  const blad = w.prepare('INSERT INTO bladen (nummer, tijdstip, inhoud) VALUES (?, ?, ?)');
  const regel = w.prepare(
    'INSERT INTO logboek (volgnummer, blad, tijdstip, actie, partner, signaal, doel, inhoud) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const opslag = Buffer.alloc(32, 9);
  const schrijf = w.transaction(
    (
      r: {
        id: string;
        partner: string;
        gebruiker: string;
        body: Record<string, unknown>;
        nu: number;
      },
      sleutelJti: string,
      exp: number,
    ) => {
      if (jti.run(sleutelJti, exp).changes !== 1) throw new Error('token al gebruikt');
      const b = r.body;
      signaal.run(
        r.id,
        r.partner,
        r.gebruiker,
        b.rol,
        JSON.stringify(b.uitbuitingsvormen),
        b.sterkte,
        b.gemeente,
        b.doel,
        r.nu,
        r.nu + 31_536_000_000,
      );
      const nummer = (laatsteBlad.get() as { n: number }).n + 1;
      const volgnummer = (laatsteRegel.get() as { n: number }).n + 1;
      const inhoud = JSON.stringify({
        actie: 'registratie',
        partner: r.partner,
        signaal: r.id,
        volgnummer,
      });
      const delen = createHash('sha256').update(inhoud).digest('base64url');
      blad.run(
        nummer,
        r.nu,
        JSON.stringify({ verzoek: nummer, tijdstip: r.nu, delen: { ketenpoort: delen } }),
      );
      regel.run(volgnummer, nummer, r.nu, 'registratie', r.partner, r.id, b.doel, inhoud);
    },
  );
  return async (c: import('hono').Context) => {
    await klaar;
    const token = (c.req.header('authorization') ?? '').replace(/^Bearer /, '');
    const { protectedHeader } = decodeKop(token);
    const s = sleutels.get(protectedHeader.kid ?? '');
    if (!s) return c.json({ fout: 'onbekende sleutel' }, 401);
    const { payload } = await jwtVerify(token, s.key, { audience: 'ketenpoort', issuer: s.iss });
    const body = (await c.req.json()) as {
      pseudoniemen: Array<{ soort: string; sleutel: string; waarde: string }>;
    } & Record<string, unknown>;
    const opgeslagen = body.pseudoniemen
      .slice(0, 2)
      .map((p) =>
        createHmac('sha256', opslag)
          .update(`ketenpoort:opslag:v2:${p.sleutel}:${p.soort}:${p.waarde}`)
          .digest('base64url'),
      );
    const id = randomUUID();
    schrijf(
      { id, partner: s.iss, gebruiker: String(payload.sub), body, nu: Date.now() },
      `${s.iss}\u0000${payload.jti}`,
      (payload.exp ?? 0) * 1000 + 30_000,
    );
    return c.json({ id, opgeslagen: opgeslagen.length }, 201);
  };
}

function decodeKop(token: string): { protectedHeader: { kid?: string } } {
  const kop = token.split('.')[0] ?? '';
  return { protectedHeader: JSON.parse(Buffer.from(kop, 'base64url').toString('utf8')) };
}

const server = serve({ fetch: app.fetch, port: poort, hostname: '127.0.0.1' });
process.on('SIGTERM', () => server.close(() => process.exit(0)));
