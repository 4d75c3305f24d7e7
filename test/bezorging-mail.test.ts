/**
 * Issue 18's mail against a real local SMTP server (smtp-server): it says only that something
 * new waits, with the werkplek's fixed start address; no partner id, cursor, notice id,
 * category or pseudonym in the subject, headers or body. A refusing server gets a retry.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAIL_ONDERWERP } from '../src/bezorging/bericht.js';
import { nodeMailVerzender } from '../src/node/mail-verzenden.js';
import { bezorgWereld, GEMEENTE, START_URL, VT } from './helpers/bezorging.js';
import { verboden } from './helpers/bezorging-inhoud.js';
import { startSmtpOntvanger } from './helpers/ontvanger.js';

const opruimen: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const ruim of opruimen.splice(0)) await ruim();
});

const MAILBOX = 'signalen@org-een.example';

async function wereld(weiger = 0) {
  const smtp = await startSmtpOntvanger(weiger);
  opruimen.push(smtp.sluit);
  const mail = nodeMailVerzender(smtp.url, 'Ketenpoort <noreply@poort.ketenpoort.test>');
  const w = await bezorgWereld({ [GEMEENTE]: { email: MAILBOX } }, {}, { mail });
  return { smtp, w };
}

describe('e-mail zonder inhoud', () => {
  it('zegt alleen dat er iets wacht, met het vaste startadres van de werkplek', async () => {
    const { smtp, w } = await wereld();
    const ids = await w.registreerBeide([GEMEENTE, VT]);
    await w.ronde();
    expect(smtp.berichten).toHaveLength(1);
    const [bericht] = smtp.berichten;
    if (!bericht) throw new Error('geen bericht');
    expect(bericht.aan).toEqual([MAILBOX]);
    const ruw = bericht.ruw.replace(/=\r?\n/g, '');
    expect(ruw).toMatch(new RegExp(`^Subject: ${MAIL_ONDERWERP}\\r?$`, 'm'));
    // The only link is the start address, with no path, query or fragment of a notice.
    expect(ruw.match(/https?:\/\/[^\s"<>]+/g)).toEqual([START_URL]);
    for (const woord of verboden(w.o, ids)) expect(ruw).not.toContain(woord);
    // No cursor: the body has no digits at all.
    const tekst = ruw.slice(ruw.search(/\r?\n\r?\n/));
    expect(tekst).not.toMatch(/\d/);
    expect(await w.bezorgpogingen()).toMatchObject([
      { partner: GEMEENTE, kanaal: 'email', uitkomst: 'geleverd' },
    ]);
  });

  it('probeert opnieuw als de mailserver weigert', async () => {
    const { smtp, w } = await wereld(1);
    await w.registreerBeide([GEMEENTE, VT]);
    const nu = Date.now();
    w.zetNu(nu);
    expect(await w.ronde()).toEqual({ volgendeOp: nu + 5_000 });
    expect(smtp.berichten).toHaveLength(0);
    w.zetNu(nu + 5_000);
    await w.ronde();
    expect(smtp.berichten).toHaveLength(1);
    expect((await w.bezorgpogingen()).map((p) => [p.uitkomst, p.reden])).toEqual([
      ['mislukt', 'smtp'],
      ['geleverd', null],
    ]);
  });
});
