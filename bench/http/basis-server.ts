/**
 * @module
 * The two baselines of the HTTP benchmark, in their own process:
 * `GET /kaal` is a bare Hono route returning small JSON; `GET /opzoeken/:id` does one
 * SQLite point lookup (a signal by id, in the same pre-loaded database) and one HMAC-SHA256.
 * Usage: `PORT=<poort> BENCH_DB=<db> node --import tsx bench/http/basis-server.ts`.
 */
import { createHmac } from 'node:crypto';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';

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

const server = serve({ fetch: app.fetch, port: poort, hostname: '127.0.0.1' });
process.on('SIGTERM', () => server.close(() => process.exit(0)));
