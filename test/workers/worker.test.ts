/**
 * The Worker itself, inside workerd: it loads the bundled policy set with the hash Node
 * computes from policies/, and the entry serves the API on D1.
 */
import { env } from 'cloudflare:test';
import type { D1Database } from '@cloudflare/workers-types/index';
import { describe, expect, it } from 'vitest';
import { openCheckpoint, parseVerifierKey } from '../../src/logboek/index.js';
import worker from '../../src/worker.js';

const bindingen = env as unknown as {
  NODE_BELEID_HASH: string;
  DB: D1Database;
  OPSLAGSLEUTEL: string;
};
/** The public key of the CHECKPOINTSLEUTEL binding in vitest.config.ts. */
const TEST_LOG_VKEY =
  'test.ketenpoort.example/logboek+3b94ebf0+AQu8NGpXZnw4ASC9nH/X5R0sX9/qN80vW/QFssa/by14';
const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as never;

describe('Worker', () => {
  it('beantwoordt /v1/health op D1, met de beleidshash die Node uit policies/ berekent', async () => {
    // NODE_BELEID_HASH comes from the policy files on disk (vitest.config.ts), the Worker's
    // from its bundle: they differ when the bundle lost or changed a file.
    expect(bindingen.NODE_BELEID_HASH).toMatch(/^[0-9a-f]{64}$/);
    const r = await worker.fetch(
      new Request('https://ketenpoort.test/v1/health'),
      env as never,
      ctx,
    );
    expect(r.status).toBe(200);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(await r.json()).toMatchObject({ status: 'ok', beleid: bindingen.NODE_BELEID_HASH });
  });

  it('weigert zonder token, als problem+json', async () => {
    const r = await worker.fetch(
      new Request('https://ketenpoort.test/v1/meldingen'),
      env as never,
      ctx,
    );
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('start niet zonder opslagsleutel en verstrekt dan niets (503)', async () => {
    const { default: vers } = await import('../../src/worker.js?zonder-sleutel' as string);
    const r = await vers.fetch(
      new Request('https://ketenpoort.test/v1/health'),
      { DB: bindingen.DB } as never,
      ctx,
    );
    expect(r.status).toBe(503);
    expect((await r.json()).detail).toContain('niets verstrekt');
  });

  it('ruimt op de cron verlopen signalen op en logt elke vernietiging', async () => {
    const db = bindingen.DB;
    const verlopen = Date.now() - 1000;
    await db
      .prepare(
        `INSERT INTO signalen (id, partner, gebruiker, rol, uitbuitingsvormen, sterkte, gemeente, doel,
           geregistreerd_op, vervalt_op, volgorde)
         VALUES ('cron-test-signaal', 'vtgv', 'medewerker-1', 'slachtoffer', '["arbeidsuitbuiting"]',
           'zacht', 'hilversum', 'signalering', ?, ?, 1)`,
      )
      .bind(verlopen - 1000, verlopen)
      .run();
    const wachten: Promise<unknown>[] = [];
    const cronCtx = {
      waitUntil: (p: Promise<unknown>) => wachten.push(p),
      passThroughOnException() {},
    };
    await worker.scheduled(
      { cron: '17 * * * *', scheduledTime: Date.now() } as never,
      env as never,
      cronCtx as never,
    );
    await Promise.all(wachten);

    const over = await db.prepare("SELECT id FROM signalen WHERE id = 'cron-test-signaal'").all();
    expect(over.results).toEqual([]);
    const log = await db
      .prepare(
        "SELECT inhoud FROM logboek WHERE actie = 'vernietiging' AND signaal = 'cron-test-signaal'",
      )
      .all<{ inhoud: string }>();
    expect(log.results).toHaveLength(1);
    expect(JSON.parse(log.results[0]!.inhoud)).toMatchObject({
      actie: 'vernietiging',
      signaal: 'cron-test-signaal',
    });
    // The purge wrote outside any request: the cron itself signs the grown tree.
    const laatste = await db
      .prepare(
        'SELECT grootte, note, (SELECT max(volgnummer) FROM logboek) AS regels FROM checkpoints ORDER BY grootte DESC LIMIT 1',
      )
      .first<{ grootte: number; note: string; regels: number }>();
    expect(laatste?.grootte).toBe(laatste?.regels);
    const { checkpoint } = await openCheckpoint(laatste!.note, TEST_LOG_VKEY.split('+')[0]!, [
      parseVerifierKey(TEST_LOG_VKEY),
    ]);
    expect(checkpoint.size).toBe(laatste!.regels);
  });

  it('serveert de API-referentie met haar eigen Swagger-bestanden (statische assets)', async () => {
    const vraag = (pad: string) =>
      worker.fetch(new Request(`https://ketenpoort.test${pad}`), env as never, ctx);
    const pagina = await vraag('/v1/docs');
    expect(pagina.status).toBe(200);
    expect(await pagina.text()).toContain('/v1/docs/swagger-ui-bundle.js');
    for (const bestand of ['swagger-ui.css', 'swagger-ui-bundle.js']) {
      const r = await vraag(`/v1/docs/${bestand}`);
      expect(r.status).toBe(200);
      expect((await r.text()).length).toBeGreaterThan(1000);
    }
  });
});
