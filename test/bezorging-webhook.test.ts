/**
 * Issue 18: signed webhooks against a real local HTTP receiver. The receiver verifies with its
 * own secret (Standard Webhooks); the body says only that the inbox holds something new; a
 * failing receiver gets retries with backoff; only a notice the recipient may read causes one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nodeWebhookVerzender } from '../src/node/webhook-verzenden.js';
import { bezorgWereld, GEMEENTE, VT } from './helpers/bezorging.js';
import { nieuwGeheim, startWebhookOntvanger } from './helpers/ontvanger.js';

const opruimen: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const ruim of opruimen.splice(0)) await ruim();
});

async function ontvanger(geheim: string, antwoorden: number[] = []) {
  const o = await startWebhookOntvanger(geheim, antwoorden);
  opruimen.push(o.sluit);
  return o;
}

describe('webhook', () => {
  it('komt aan, ondertekend, en de ontvanger verifieert hem met zijn eigen geheim', async () => {
    const geheim = nieuwGeheim();
    const r = await ontvanger(geheim);
    const w = await bezorgWereld({ [GEMEENTE]: { webhook: r.url } }, { [GEMEENTE]: geheim });
    await w.registreerBeide([GEMEENTE, VT]);
    const bladen = (await w.o.store.boom.grootte()) as number;
    await w.ronde();
    expect(r.ontvangen).toHaveLength(1);
    const [v] = r.ontvangen;
    expect(v?.geldig).toBe(true);
    const body = JSON.parse(v?.body ?? '{}');
    expect(body).toEqual({ type: 'inbox.nieuw', timestamp: expect.any(String), data: { na: 0 } });
    // The cursor in the body reads the new notice.
    const inbox = await w.o.vraag(GEMEENTE, 'GET', `/v1/meldingen?na=${body.data.na}`);
    expect((await inbox.json()).meldingen).toHaveLength(1);
    // The attempt is in the operational table, not in the logboek a partner can size.
    expect(await w.o.store.boom.grootte()).toBe(bladen);
    expect(await w.bezorgpogingen()).toMatchObject([
      { partner: GEMEENTE, kanaal: 'webhook', tot: 1, keer: 1, uitkomst: 'geleverd' },
    ]);
    // Told once: a second round without a new notice sends nothing.
    await w.ronde();
    expect(r.ontvangen).toHaveLength(1);
  });

  it('een ontvanger met het geheim van partner X weigert een bezorging voor partner Y', async () => {
    const geheimX = nieuwGeheim();
    const geheimY = nieuwGeheim();
    const r = await ontvanger(geheimX);
    const w = await bezorgWereld(
      { [VT]: { webhook: r.url }, [GEMEENTE]: { webhook: r.url } },
      { [VT]: geheimX, [GEMEENTE]: geheimY },
    );
    await w.registreerBeide([GEMEENTE, VT]);
    await w.ronde();
    // Only the gemeente (Y) has a notice; the receiver holding X's secret refuses it.
    expect(r.ontvangen).toHaveLength(1);
    expect(r.ontvangen[0]?.geldig).toBe(false);
    expect(await w.bezorgpogingen()).toMatchObject([
      { partner: GEMEENTE, uitkomst: 'mislukt', reden: 'status', status: 400 },
    ]);
  });

  it('een herhaling met een oude tijdstempel wordt geweigerd', async () => {
    const geheim = nieuwGeheim();
    const r = await ontvanger(geheim);
    // A delivery signed ten minutes ago, as a recorded one replayed now.
    const w = await bezorgWereld(
      { [GEMEENTE]: { webhook: r.url } },
      { [GEMEENTE]: geheim },
      { nu: Date.now() - 600_000 },
    );
    await w.registreerBeide([GEMEENTE, VT]);
    await w.ronde();
    expect(r.ontvangen).toHaveLength(1);
    const [oud] = r.ontvangen;
    if (!oud) throw new Error('niets ontvangen');
    expect(oud.geldig).toBe(false);
    expect(await w.bezorgpogingen()).toMatchObject([{ uitkomst: 'mislukt', status: 400 }]);
    // The same body and signature with the timestamp made fresh: the signature no longer fits.
    const vers = String(Math.floor(Date.now() / 1000));
    expect(r.herhaal({ ...oud, headers: { ...oud.headers, 'webhook-timestamp': vers } })).toBe(
      false,
    );
  });

  it('probeert opnieuw na een falende ontvanger, met oplopende wachttijd', async () => {
    const geheim = nieuwGeheim();
    const r = await ontvanger(geheim, [503, 500]);
    const begin = Date.now() - 200_000;
    const w = await bezorgWereld(
      { [GEMEENTE]: { webhook: r.url } },
      { [GEMEENTE]: geheim },
      { nu: begin },
    );
    await w.registreerBeide([GEMEENTE, VT]);
    expect(await w.ronde()).toEqual({ volgendeOp: begin + 5_000 });
    w.zetNu(begin + 4_000);
    expect(await w.ronde()).toEqual({ wachtOp: begin + 5_000 });
    expect(r.ontvangen).toHaveLength(1);
    w.zetNu(begin + 5_000);
    expect(await w.ronde()).toEqual({ volgendeOp: begin + 305_000 });
    w.zetNu(begin + 305_000);
    expect(await w.ronde()).toEqual({});
    expect(r.ontvangen.map((v) => v.geldig)).toEqual([true, true, true]);
    expect((await w.bezorgpogingen()).map((p) => [p.keer, p.uitkomst, p.status])).toEqual([
      [1, 'mislukt', 503],
      [2, 'mislukt', 500],
      [3, 'geleverd', null],
    ]);
    // Every retry carries the same id (the receiver can drop a duplicate).
    expect(new Set(r.ontvangen.map((v) => v.headers['webhook-id'])).size).toBe(1);
  });

  it('volgt geen doorverwijzing', async () => {
    const geheim = nieuwGeheim();
    const doel = await ontvanger(geheim);
    const r = await ontvanger(geheim, [302]);
    const w = await bezorgWereld({ [GEMEENTE]: { webhook: r.url } }, { [GEMEENTE]: geheim });
    await w.registreerBeide([GEMEENTE, VT]);
    await w.ronde();
    expect(doel.ontvangen).toHaveLength(0);
    expect(await w.bezorgpogingen()).toMatchObject([{ reden: 'doorverwijzing', status: 302 }]);
  });
});

describe('na een schrijfactie', () => {
  it('start de poort zelf een ronde: de registratie die de melding maakt, leidt tot de webhook', async () => {
    const geheim = nieuwGeheim();
    const r = await ontvanger(geheim);
    const w = await bezorgWereld(
      { [GEMEENTE]: { webhook: r.url } },
      { [GEMEENTE]: geheim },
      { naSchrijfactie: true, bijStop: (stop) => opruimen.push(async () => stop()) },
    );
    await w.registreerBeide([GEMEENTE, VT]);
    await w.klaar();
    expect(r.ontvangen.map((v) => v.geldig)).toEqual([true]);
    expect(await w.bezorgpogingen()).toMatchObject([{ partner: GEMEENTE, uitkomst: 'geleverd' }]);
  });
});

describe('een trage ontvanger', () => {
  it('telt als time-out na de grens van de hele poging', async () => {
    const { createServer } = await import('node:http');
    // Accepts the request and never answers.
    const server = createServer(() => {});
    await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
    opruimen.push(
      () =>
        new Promise<void>((klaar) => {
          server.closeAllConnections();
          server.close(() => klaar());
        }),
    );
    const { port } = server.address() as import('node:net').AddressInfo;
    const verzend = nodeWebhookVerzender({ loopbackToegestaan: true, timeout: 300 });
    expect(await verzend(new URL(`http://127.0.0.1:${port}/k`), {}, '{}')).toEqual({
      geleverd: false,
      reden: 'time-out',
    });
  });
});
