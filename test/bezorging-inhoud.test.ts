/**
 * Issue 18 keeps the rule of what a partner can learn: a webhook carries nothing personal, no
 * category, pseudonym, signal id or other partner's id, and only a notice the recipient may
 * read in its own inbox causes a delivery. In the one-way case (Veilig Thuis may tell the
 * gemeente, the gemeente tells Veilig Thuis nothing) Veilig Thuis receives exactly what it
 * receives when the gemeente's signal is about somebody else: nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bezorgWereld, GEMEENTE, VT } from './helpers/bezorging.js';
import { verboden } from './helpers/bezorging-inhoud.js';
import { nieuwGeheim, startWebhookOntvanger } from './helpers/ontvanger.js';

const opruimen: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const ruim of opruimen.splice(0)) await ruim();
});

/** Both partners with a webhook at their own receiver; `volgorde` registers. */
async function wereld(volgorde: readonly [string, string], zelfdePersoon: boolean) {
  const geheimen = { [VT]: nieuwGeheim(), [GEMEENTE]: nieuwGeheim() };
  const vt = await startWebhookOntvanger(geheimen[VT]);
  const gemeente = await startWebhookOntvanger(geheimen[GEMEENTE]);
  opruimen.push(vt.sluit, gemeente.sluit);
  const w = await bezorgWereld(
    { [VT]: { webhook: vt.url }, [GEMEENTE]: { webhook: gemeente.url } },
    geheimen,
  );
  const ids = await w.registreerBeide(volgorde, zelfdePersoon);
  await w.ronde();
  return { w, vt, gemeente, ids };
}

describe('wat een webhook draagt', () => {
  it('niets persoonlijks, geen categorie, pseudoniem of id in een kop of de body', async () => {
    const { w, gemeente, ids } = await wereld([GEMEENTE, VT], true);
    expect(gemeente.ontvangen).toHaveLength(1);
    const [v] = gemeente.ontvangen;
    if (!v) throw new Error('niets ontvangen');
    expect(Object.keys(v.headers).sort()).toEqual([
      'connection',
      'content-length',
      'content-type',
      'host',
      'user-agent',
      'webhook-id',
      'webhook-signature',
      'webhook-timestamp',
    ]);
    const alles = `${JSON.stringify(v.headers)}\n${v.body}`;
    for (const woord of verboden(w.o, ids)) expect(alles).not.toContain(woord);
    expect(Object.keys(JSON.parse(v.body).data)).toEqual(['na']);
  });
});

describe('alleen wat de ontvanger mag weten', () => {
  it('geen bezorging aan Veilig Thuis voor een overlap die de gemeente voor haar verbergt', async () => {
    const { w, vt, gemeente } = await wereld([VT, GEMEENTE], true);
    expect(vt.ontvangen).toHaveLength(0);
    // The gemeente saw the overlap in its own answer; its inbox got nothing, so no delivery.
    expect(gemeente.ontvangen).toHaveLength(0);
    expect(await w.bezorgpogingen()).toEqual([]);
  });

  it('Veilig Thuis ontvangt hetzelfde als wanneer de gemeente een ander signaal heeft', async () => {
    for (const volgorde of [
      [VT, GEMEENTE],
      [GEMEENTE, VT],
    ] as const) {
      const gematcht = await wereld(volgorde, true);
      const los = await wereld(volgorde, false);
      expect(gematcht.vt.ontvangen.length).toBe(los.vt.ontvangen.length);
      const vanVt = async (x: typeof los) =>
        (await x.w.bezorgpogingen()).filter((p) => p.partner === VT).length;
      expect(await vanVt(gematcht)).toBe(await vanVt(los));
    }
  });

  it('wie de overlap wel mag weten krijgt een bezorging (tegenproef)', async () => {
    const { gemeente, vt } = await wereld([GEMEENTE, VT], true);
    expect(gemeente.ontvangen).toHaveLength(1);
    expect(vt.ontvangen).toHaveLength(0);
  });
});
