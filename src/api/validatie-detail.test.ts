import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { validatieDetail } from './validatie-detail.js';

const NAAM = 'Jan Jansen 111222333';

const detail = (schema: z.ZodType, invoer: unknown, soort: 'veld' | 'parameter' = 'veld') => {
  const r = schema.safeParse(invoer);
  if (r.success) throw new Error('geldig');
  return validatieDetail(r.error.issues, schema, soort);
};

describe('validatieDetail', () => {
  const Schema = z
    .object({
      referentie: z.string().regex(/^[a-z]+$/, 'alleen letters'),
      lijst: z.array(z.object({ soort: z.enum(['bsn']) }).strict()).optional(),
      per: z.record(z.string(), z.object({ aantal: z.number() })).optional(),
    })
    .strict();

  it('noemt een bekend veld en een index, met de melding van het schema', () => {
    expect(detail(Schema, { referentie: 'a', lijst: [{ soort: 'bsn' }, { soort: 'x' }] })).toBe(
      'lijst.1.soort: Invalid input: expected "bsn"',
    );
  });

  it('noemt een onbekende sleutel niet, en stelt alleen een bekend veld voor', () => {
    expect(detail(Schema, { referentie: 'a', [NAAM]: '111222333' })).toBe('(body): onbekend veld');
    expect(detail(Schema, { referentie: 'a', referentei: 'x' })).toBe(
      "(body): onbekend veld (bedoelt u 'referentie'?)",
    );
    expect(detail(Schema, { referentie: 'a', lijst: [{ soort: 'bsn', [NAAM]: 1 }] })).toBe(
      'lijst.0: onbekend veld',
    );
  });

  it('noemt een sleutel die de client koos (een record) niet in het pad', () => {
    const tekst = detail(Schema, { referentie: 'a', per: { [NAAM]: { aantal: '111222333' } } });
    expect(tekst).toBe('per.(onbekend veld): Invalid input: expected number, received string');
  });

  it('noemt een queryparameter alleen als die [a-z]{1,32} is, en de waarde nooit', () => {
    const Query = z.object({ limiet: z.coerce.number().optional() }).strict();
    expect(detail(Query, { limit: '111222333' }, 'parameter')).toBe(
      "query: onbekende parameter 'limit' (bedoelt u 'limiet'?)",
    );
    expect(detail(Query, { [NAAM]: '111222333', Limiet: 'x' }, 'parameter')).toBe(
      "query: onbekende parameter, onbekende parameter (bedoelt u 'limiet'?)",
    );
    expect(detail(Query, { ['a'.repeat(33)]: 'x' }, 'parameter')).toBe(
      'query: onbekende parameter',
    );
  });
});
