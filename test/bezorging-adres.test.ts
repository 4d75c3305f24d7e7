/**
 * Issue 18's SSRF guard: a webhook URL or a name that resolves to a private, loopback,
 * link-local or other refused address is refused, at configuration and on every attempt; the
 * connection goes to the address that was checked, so a DNS rebind cannot redirect it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { leesBezorgadressen } from '../src/bezorging/configuratie.js';
import { adresToegestaan, hostToegestaan } from '../src/node/adres-toets.js';
import { nodeWebhookVerzender, type Opzoeker } from '../src/node/webhook-verzenden.js';
import { bezorgWereld, GEMEENTE, VT } from './helpers/bezorging.js';
import { nieuwGeheim, startWebhookOntvanger } from './helpers/ontvanger.js';

const opruimen: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const ruim of opruimen.splice(0)) await ruim();
});

const GEWEIGERD = [
  '10.1.2.3',
  '172.16.0.1',
  '192.168.1.10',
  '127.0.0.1',
  '169.254.169.254',
  '100.64.0.1',
  '0.0.0.0',
  '224.0.0.1',
  '255.255.255.255',
  '::1',
  '::',
  'fe80::1',
  'fd12:3456::1',
  'ff02::1',
  '::ffff:10.0.0.1',
  '::ffff:127.0.0.1',
  '::ffff:a9fe:a9fe',
];

describe('adressen', () => {
  it.each(GEWEIGERD)('%s is geweigerd', (adres) => {
    expect(adresToegestaan(adres)).toBe(false);
  });

  it.each(['93.184.215.14', '2a00:1450:4001:82a::200e', '::ffff:93.184.215.14'])(
    '%s is toegestaan',
    (adres) => {
      expect(adresToegestaan(adres)).toBe(true);
    },
  );

  it('loopback alleen in testmodus, en dan nog geen privéadres', () => {
    expect(adresToegestaan('127.0.0.1', true)).toBe(true);
    expect(adresToegestaan('::1', true)).toBe(true);
    expect(adresToegestaan('10.0.0.1', true)).toBe(false);
  });
});

describe('configuratie', () => {
  const partners = new Set([GEMEENTE]);
  const geheimen = { [GEMEENTE]: nieuwGeheim() };
  const lees = (webhook: string) =>
    leesBezorgadressen({ [GEMEENTE]: { webhook } }, geheimen, partners, {
      adresToets: (host) => hostToegestaan(host),
    });

  it.each([
    'https://192.168.1.10/hook',
    'https://10.0.0.8/hook',
    'https://[::1]/hook',
    'https://[::ffff:10.0.0.1]/hook',
    'https://169.254.169.254/latest',
  ])('een URL met een privéadres wordt geweigerd: %s', (url) => {
    expect(() => lees(url)).toThrow(/niet toegestaan adres/);
  });

  it('alleen https, zonder gebruikersnaam', () => {
    expect(() => lees('http://hooks.gemeente.example/k')).toThrow(/moet https zijn/);
    expect(() => lees('http://127.0.0.1:9/k')).toThrow(/moet https zijn/);
    expect(() => lees('https://a:b@hooks.gemeente.example/k')).toThrow(/wachtwoord/);
    expect(lees('https://hooks.gemeente.example/k').get(GEMEENTE)?.webhook?.url.hostname).toBe(
      'hooks.gemeente.example',
    );
  });

  it('zonder geldig geheim, of voor een onbekende partner, start het niet', () => {
    expect(() =>
      leesBezorgadressen({ [GEMEENTE]: { webhook: 'https://h.example/k' } }, {}, partners),
    ).toThrow(/ondertekengeheim/);
    expect(() =>
      leesBezorgadressen({ 'onbekend-x': { email: 'a@b.example' } }, {}, partners),
    ).toThrow(/onbekende partner/);
  });
});

describe('bij elke poging', () => {
  it('een naam die naar een privéadres wijst wordt geweigerd; er gaat niets de deur uit', async () => {
    const geheim = nieuwGeheim();
    const r = await startWebhookOntvanger(geheim);
    opruimen.push(r.sluit);
    const opzoeken: Opzoeker = async () => [{ address: '10.20.30.40', family: 4 }];
    const w = await bezorgWereld(
      { [GEMEENTE]: { webhook: `https://hooks.gemeente.test:${r.port}/k` } },
      { [GEMEENTE]: geheim },
      { opzoeken },
    );
    await w.registreerBeide([GEMEENTE, VT]);
    await w.ronde();
    expect(r.ontvangen).toHaveLength(0);
    expect(await w.bezorgpogingen()).toMatchObject([
      { uitkomst: 'mislukt', reden: 'adres-geweigerd' },
    ]);
  });

  it('één geweigerd adres tussen openbare is genoeg om te weigeren', async () => {
    const verzend = nodeWebhookVerzender({
      opzoeken: async () => [
        { address: '93.184.215.14', family: 4 },
        { address: '192.168.0.5', family: 4 },
      ],
    });
    expect(await verzend(new URL('https://hooks.example/k'), {}, '{}')).toEqual({
      geleverd: false,
      reden: 'adres-geweigerd',
    });
  });

  it('loopback buiten testmodus en http naar een openbaar adres worden geweigerd', async () => {
    const loopback = nodeWebhookVerzender({
      opzoeken: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(await loopback(new URL('https://lokaal.example/k'), {}, '{}')).toMatchObject({
      reden: 'adres-geweigerd',
    });
    const http = nodeWebhookVerzender({
      loopbackToegestaan: true,
      opzoeken: async () => [{ address: '93.184.215.14', family: 4 }],
    });
    expect(await http(new URL('http://hooks.example/k'), {}, '{}')).toMatchObject({
      reden: 'adres-geweigerd',
    });
  });

  it('verbindt met het gecontroleerde adres: een DNS-rebind na de controle verandert niets', async () => {
    const geheim = nieuwGeheim();
    const r = await startWebhookOntvanger(geheim);
    opruimen.push(r.sluit);
    // The first answer is checked and pinned; a second look-up would say a private address.
    const antwoorden = [
      [{ address: '127.0.0.1', family: 4 }],
      [{ address: '10.0.0.1', family: 4 }],
    ];
    let opgezocht = 0;
    const opzoeken: Opzoeker = async () => antwoorden[opgezocht++] ?? [];
    const w = await bezorgWereld(
      { [GEMEENTE]: { webhook: `http://ontvanger.localhost:${r.port}/k` } },
      { [GEMEENTE]: geheim },
      { opzoeken },
    );
    await w.registreerBeide([GEMEENTE, VT]);
    await w.ronde();
    expect(opgezocht).toBe(1);
    expect(r.ontvangen).toHaveLength(1);
    // The name stays the URL's (Host; SNI and the certificate check over https).
    expect(r.ontvangen[0]?.headers.host).toBe(`ontvanger.localhost:${r.port}`);
    expect(r.ontvangen[0]?.geldig).toBe(true);
  });
});
