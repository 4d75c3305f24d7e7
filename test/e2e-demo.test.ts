/**
 * End to end: start the real server the way `npm start` does, on a free loopback port
 * with a fresh data folder, and run the narrated demo against it over HTTP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_VELDEN } from '../src/logboek/gemma.js';
import { draaiTsx, type GatewayProces, startGatewayProces } from './helpers/gateway-proces.js';

let gateway: GatewayProces;

/**
 * The export columns a partner's FG sees as the gateway's FG does (of entries in its scope):
 * all but the volgnummer, and another organisation's employee id and trace.
 */
const VERGELIJK = EXPORT_VELDEN.filter(
  (v) =>
    !['volgnummer', 'blad', 'tijdstipRegistratie', 'gebruiker', 'traceparent', 'traceId'].includes(
      v,
    ),
);

beforeAll(async () => {
  gateway = await startGatewayProces();
});

afterAll(() => gateway?.stop());

async function draai(opdracht: string[], extraEnv: Record<string, string> = {}) {
  const { code, uit, fout } = await draaiTsx(opdracht, { ...gateway.env, ...extraEnv });
  return { code, tekst: uit + fout };
}

describe('npm start + npm run demo', () => {
  it('de server meldt zijn adressen en een voorbeeld', async () => {
    expect(gateway.uitvoer()).toContain('/v1/docs');
    expect(gateway.uitvoer()).toContain('npm run demo');
    const health = await (await fetch(`${gateway.url}/v1/health`)).json();
    expect(health).toMatchObject({ status: 'ok' });
  });

  it('de demo loopt het scenario door over HTTP', async () => {
    const { code, tekst } = await draai(['src/cli/demo.ts'], { KETENPOORT_URL: gateway.url });
    expect(code, tekst).toBe(0);
    expect(tekst).toContain('Wat Veilig Thuis meteen ziet');
    expect(tekst).toMatch(/signaal bij .*\[logboek #\d+\]/);
    expect(tekst).toMatch(/#\d+ verstrekking/);
    expect(tekst).toContain('Klaar.');
    expect(tekst).not.toContain('111222333');
    expect(tekst).not.toContain('55501234');
  });

  it('de FG van een partner exporteert via de gateway alleen regels van de eigen organisatie', async () => {
    const exporteer = async (naam: string) => {
      const uit = join(gateway.data, `${naam}.csv`);
      const sleutel = join(gateway.data, 'demo', 'keys', `${naam}.jwk.json`);
      const opdracht = ['src/cli/main.ts', 'logboek', 'export', '--gateway', gateway.url];
      const r = await draai([...opdracht, '--sleutel', sleutel, '--formaat', 'csv', '--uit', uit]);
      expect(r.code, r.tekst).toBe(0);
      return parse(readFileSync(uit, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    };
    const alles = await exporteer('ketenpoort-fg');
    const vtgv = await exporteer('vtgv-fg');
    expect(vtgv.length).toBeGreaterThan(0);
    expect(vtgv.length).toBeLessThan(alles.length);
    for (const r of vtgv) expect([r.uitvoerder, r.gegevensbron, r.afnemer]).toContain('vtgv');
    // The global volgnummer stays with the gateway's FG; a partner's FG gets none.
    for (const r of alles) expect(r.volgnummer).toMatch(/^[1-9]\d*$/);
    for (const r of vtgv) expect(r.volgnummer).toBe('');
    // Each row names its leaf, so the partner's FG can fetch its part with the inclusion proof.
    for (const r of [...alles, ...vtgv]) expect(r.blad).toMatch(/^[1-9]\d*$/);
    // Otherwise the same entries in the same order, as far as another's employee id and trace
    // are not hidden from it.
    const wat = (r: Record<string, string>) => VERGELIJK.map((v) => r[v]);
    expect(vtgv.map(wat)).toEqual(
      alles.filter((r) => [r.uitvoerder, r.gegevensbron, r.afnemer].includes('vtgv')).map(wat),
    );
  });

  it('de API-referentie werkt zonder internet', async () => {
    const pagina = await (await fetch(`${gateway.url}/v1/docs`)).text();
    expect(pagina).not.toMatch(/https?:\/\//);
    const js = await fetch(`${gateway.url}/v1/docs/swagger-ui-bundle.js`);
    expect(js.status).toBe(200);
    expect((await js.text()).length).toBeGreaterThan(100_000);
  });
});
