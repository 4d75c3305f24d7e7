/**
 * Behaviour fixture of `npm run demo`: what a user sees, against a freshly started gateway,
 * with run-specific values masked (test/helpers/maskeer.ts). Made before the CLI refactor of
 * issue 10 so that a change in how the demo gets its data cannot change what it shows.
 * Rewritten once, deliberately, for issue 11: `[logboek #n]` names the request's leaf now.
 * After a deliberate change of the story, write the new output with:
 *   KETENPOORT_DATA=$(mktemp -d) PORT=0 npm start, then npm run -s demo (same env, its port),
 *   masked by maskeer(), into test/fixtures/demo-uitvoer.txt.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draaiTsx, type GatewayProces, startGatewayProces } from './helpers/gateway-proces.js';
import { maskeer } from './helpers/maskeer.js';

let gateway: GatewayProces;

beforeAll(async () => {
  gateway = await startGatewayProces();
});

afterAll(() => gateway?.stop());

describe('npm run demo tegen een verse gateway', () => {
  it('toont, na maskeren, precies de vastgelegde uitvoer', async () => {
    const { code, uit, fout } = await draaiTsx(['src/cli/demo.ts'], {
      ...gateway.env,
      KETENPOORT_URL: gateway.url,
      // The demo reads the logboek through the API, as against a Worker: not from this file.
      KETENPOORT_DATABASE: `${gateway.data}/niet-de-database.sqlite`,
    });
    expect(code, fout).toBe(0);
    expect(maskeer(uit)).toBe(readFileSync('test/fixtures/demo-uitvoer.txt', 'utf8'));
  });
});

describe('maskeer', () => {
  it('vervangt wat per run verschilt en laat de rest staan', () => {
    const tekst =
      'tegen http://127.0.0.1:8787. signaal 072c61de-1cea-452c-974a-06f63c0a4431 op ' +
      '2026-03-02T09:00:00.000Z, vervalt 2027-12-03; beleid ' +
      `${'ab12'.repeat(16)} note — ketenpoort/logboek 3b94ebf0 ${'Qk9'.repeat(20)}== ` +
      'contact aandachtsfunctionaris-mensenhandel@hilversum.example, +31880000110 [logboek #4]';
    expect(maskeer(tekst)).toBe(
      'tegen <gateway>. signaal <uuid> op <tijdstip>, vervalt <datum>; beleid <hash> note — ' +
        'ketenpoort/logboek 3b94ebf0 <handtekening> ' +
        'contact aandachtsfunctionaris-mensenhandel@hilversum.example, +31880000110 [logboek #4]',
    );
    expect(maskeer(maskeer(tekst))).toBe(maskeer(tekst));
  });
});
