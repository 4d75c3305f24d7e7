import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { foutVoorLog } from '../api/fout-log.js';
import { metVertaaldeFouten, OpslagFout, vertaalOpslagFout } from './opslag-fout.js';
import { openSqliteStore } from './sqlite.js';

const queryFout = () =>
  new DrizzleQueryError(
    'select * from pseudoniemen where waarde in (?, ?)',
    ['opgeslagen-pseudoniem-A', 'opgeslagen-pseudoniem-B'],
    new Error('D1_ERROR: database is locked'),
  );

describe('vertaalOpslagFout', () => {
  it('laat de parameters van een mislukte query weg en noemt de oorzaak', () => {
    const fout = vertaalOpslagFout(queryFout());
    expect(fout).toBeInstanceOf(OpslagFout);
    const regel = foutVoorLog(fout);
    expect(regel).not.toContain('opgeslagen-pseudoniem');
    expect(regel).not.toContain('params');
    expect(regel).toContain('D1_ERROR: database is locked');
    expect(regel).toContain('parameters weggelaten');
  });

  it('laat een andere fout zoals hij is', () => {
    const fout = new TypeError('x is undefined');
    expect(vertaalOpslagFout(fout)).toBe(fout);
  });
});

describe('metVertaaldeFouten', () => {
  it('vertaalt fouten van synchrone en asynchrone methoden', async () => {
    const store = metVertaaldeFouten({
      sync: () => {
        throw queryFout();
      },
      async: async () => {
        throw queryFout();
      },
    });
    expect(() => store.sync()).toThrow(OpslagFout);
    await expect(store.async()).rejects.toBeInstanceOf(OpslagFout);
  });

  it('de SQLite-store geeft een mislukte query door zonder zijn parameters', async () => {
    const store = openSqliteStore(':memory:');
    store.sqlite.exec('DROP TABLE meldingen');
    const fout = await store.meldingen('partner-met-geheime-naam', 0, 10).catch((f) => f);
    expect(foutVoorLog(fout)).toContain('no such table: meldingen');
    expect(foutVoorLog(fout)).not.toContain('partner-met-geheime-naam');
    await store.close();
  });
});

describe('foutVoorLog', () => {
  it('noemt van een waarde die geen Error is alleen het type', () => {
    expect(foutVoorLog({ bsn: '111222333' })).toBe('Fout zonder Error-object (object)');
    expect(foutVoorLog('111222333')).not.toContain('111222333');
  });

  it('houdt naam, melding en stack van een gewone fout', () => {
    const regel = foutVoorLog(new TypeError('x is undefined'));
    expect(regel.split('\n')[0]).toBe('TypeError: x is undefined');
    expect(regel).toMatch(/\n\s+at /);
  });
});
