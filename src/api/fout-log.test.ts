import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { foutVoorLog } from './fout-log.js';

describe('foutVoorLog', () => {
  it('laat de parameters van een mislukte query weg en noemt de oorzaak', () => {
    const fout = new DrizzleQueryError(
      'select * from pseudoniemen where waarde in (?, ?)',
      ['opgeslagen-pseudoniem-A', 'opgeslagen-pseudoniem-B'],
      new Error('D1_ERROR: database is locked'),
    );
    const regel = foutVoorLog(fout);
    expect(regel).not.toContain('opgeslagen-pseudoniem');
    expect(regel).not.toContain('params');
    expect(regel).toContain('D1_ERROR: database is locked');
    expect(regel).toContain('parameters weggelaten');
  });

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
