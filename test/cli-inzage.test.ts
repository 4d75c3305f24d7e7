/**
 * `ketenpoort inzage <identificatie.csv>` against the real gateway: the FG's identifying data
 * are pseudonymised on its side, the inzage is asked over HTTP, and it writes a letter for the
 * betrokkene and an annex for the FG (HTML, and PDF when /usr/bin/chromium is there). A police
 * opsporing signal, registered without "niet informeren", is in the annex and nowhere in the
 * letter. Nothing printed repeats an identifier.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakToken } from '../src/client/token.js';
import { pseudonimiseer } from '../src/pseudonym/pseudoniem.js';
import { draaiTsx, type GatewayProces, startGatewayProces } from './helpers/gateway-proces.js';

const BSN = '123456782';
const TELEFOON = '06-55509876';
let gateway: GatewayProces;
let map: string;
let beleid: string;

/** The demo ketensleutel (bytes 0..31, id demo-v1): the command pseudonymises with v1. */
const KETENSLEUTEL = Uint8Array.from({ length: 32 }, (_, i) => i);

/**
 * The example policy as a region that still uses pseudonyms v1 deploys it: the ketensleutel
 * pinned, and the exclusion list in v1 (a made-up shelter address).
 */
function beleidVersie1(): string {
  const uit = mkdtempSync(join(tmpdir(), 'ketenpoort-inzage-beleid-'));
  cpSync('policies', uit, { recursive: true });
  writeFileSync(join(uit, 'pseudoniemen.yaml'), 'versie: v1\nketensleutel: demo-v1\n');
  const opvang = pseudonimiseer(KETENSLEUTEL, 'adres', '1200 AA|1');
  writeFileSync(
    join(uit, 'uitgesloten.yaml'),
    `uitgesloten:\n  - soort: adres\n    versie: v1\n    sleutel: demo-v1\n    pseudoniem: ${opvang}\n    omschrijving: Opvang (fictief).\n`,
  );
  return uit;
}

const sleutel = (naam: string) => join(gateway.data, 'demo', 'keys', `${naam}.jwk.json`);
const ketensleutel = () => join(gateway.data, 'demo', 'ketensleutel.json');

async function registreer(partner: string, extra: Record<string, unknown>) {
  const k = JSON.parse(readFileSync(ketensleutel(), 'utf8')) as { sleutel: string };
  const bytes = Buffer.from(k.sleutel, 'base64url');
  const jwk = JSON.parse(readFileSync(sleutel(partner), 'utf8'));
  const token = await maakToken(jwk, { partner, gebruiker: 'medewerker-1' });
  const r = await fetch(`${gateway.url}/v1/signalen`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      pseudoniemen: [
        {
          soort: 'bsn',
          versie: 'v1',
          sleutel: 'demo-v1',
          waarde: pseudonimiseer(bytes, 'bsn', BSN),
        },
      ],
      rol: 'slachtoffer',
      uitbuitingsvormen: ['seksuele_uitbuiting'],
      sterkte: 'zacht',
      gemeente: 'GM0402',
      doel: 'zorgcoordinatie',
      ...extra,
    }),
  });
  expect(r.status, await r.clone().text()).toBe(201);
}

beforeAll(async () => {
  beleid = beleidVersie1();
  gateway = await startGatewayProces({ KETENPOORT_BELEID: beleid });
  map = mkdtempSync(join(tmpdir(), 'ketenpoort-inzage-'));
  await registreer('gemeente-hilversum', {});
  await registreer('vtgv', { sterkte: 'hard', doel: 'veiligheidsbeoordeling' });
  await registreer('tmm', { sterkte: 'hard', doel: 'opsporing' });
}, 60_000);

afterAll(() => {
  gateway?.stop();
  if (map) rmSync(map, { recursive: true, force: true });
  if (beleid) rmSync(beleid, { recursive: true, force: true });
});

describe('ketenpoort inzage', () => {
  it('schrijft een brief zonder het politiesignaal en een bijlage voor de FG met alles ervan', async () => {
    const csv = join(map, 'identificatie.csv');
    writeFileSync(csv, `soort,waarde\nbsn,${BSN}\ntelefoon,${TELEFOON}\n`);
    const uit = join(map, 'uit');
    const {
      code,
      uit: stdout,
      fout,
    } = await draaiTsx(
      [
        'src/cli/main.ts',
        'inzage',
        csv,
        '--sleutel',
        sleutel('ketenpoort-fg'),
        '--sub',
        'fg-1',
        '--gateway',
        gateway.url,
        '--ketensleutel',
        ketensleutel(),
        '--kenmerk',
        'AVG-2026-017',
        '--uit',
        uit,
      ],
      gateway.env,
    );
    const tekst = stdout + fout;
    expect(code, tekst).toBe(0);
    expect(tekst).toMatch(/In de brief: \d+; achtergehouden: [1-9]\d*; alleen voor de FG: \d+\./);
    for (const geheim of [BSN, TELEFOON, '55509876']) expect(tekst).not.toContain(geheim);

    const brief = readFileSync(join(uit, 'brief-betrokkene.html'), 'utf8');
    expect(brief).toContain('<html lang="nl">');
    expect(brief).toContain('Overzicht van uw gegevens in Ketenpoort');
    expect(brief).toContain('Kenmerk: AVG-2026-017');
    expect(brief).toContain('heeft een signaal over u vastgelegd');
    expect(brief).toContain('Gemeente Hilversum');
    // Nothing of the police signal, nor a hint that something was held back.
    for (const woord of ['Politie', 'tmm', 'Opsporing', 'achtergehouden', 'Achtergehouden']) {
      expect(brief, woord).not.toContain(woord);
    }
    for (const geheim of [BSN, TELEFOON]) expect(brief).not.toContain(geheim);

    const bijlage = readFileSync(join(uit, 'bijlage-fg.html'), 'utf8');
    expect(bijlage).toContain('Bijlage voor de FG: niet voor de betrokkene');
    expect(bijlage).toContain('Politie');
    expect(bijlage).toContain('Inzagebeperking in het beleid');
    expect(bijlage).toContain('tmm-arbeidsinspectie');

    // PDF with the system's Chromium; without it, the command says why.
    if (existsSync('/usr/bin/chromium')) {
      const pdf = readFileSync(join(uit, 'brief-betrokkene.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(readFileSync(join(uit, 'bijlage-fg.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      expect(tekst).toContain('Geen PDF: geen browser op /usr/bin/chromium');
    }
  }, 120_000);

  it('vraagt niets op bij een onleesbare regel, en noemt het regelnummer, niet de waarde', async () => {
    const csv = join(map, 'fout.csv');
    writeFileSync(csv, `soort,waarde\nbsn,${BSN}\nbsn,123456789\n`);
    const {
      code,
      uit: stdout,
      fout,
    } = await draaiTsx(
      [
        'src/cli/main.ts',
        'inzage',
        csv,
        '--sleutel',
        sleutel('ketenpoort-fg'),
        '--sub',
        'fg-1',
        '--gateway',
        gateway.url,
        '--ketensleutel',
        ketensleutel(),
        '--uit',
        join(map, 'niet'),
      ],
      gateway.env,
    );
    expect(code).toBe(1);
    expect(fout).toMatch(/^regel 3: /m);
    expect(fout).toContain('er is niets opgevraagd');
    expect(stdout + fout).not.toContain('123456789');
    expect(existsSync(join(map, 'niet'))).toBe(false);
  }, 60_000);
});
