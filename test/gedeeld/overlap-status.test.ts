/**
 * The status in an overlap item (issue 16): where P may see Q's status (Q's rule toward P
 * grants `terugkoppeling` and lists the status), P's overlap item carries it; where not, the
 * item is byte for byte what it was without any status, so P cannot tell whether Q set one.
 * Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const ZC = 'zorgcoordinator-gv';

/** The zorgcoördinator's signal on the test person; with `status`, it then sets that status. */
async function zcSignaal(o: Omgeving, status?: Record<string, string>) {
  const { id } = await registreer(o, ZC, signaal(o, { doel: 'zorgcoordinatie' }));
  if (status) {
    const r = await o.vraag(ZC, 'PUT', `/v1/signalen/${id}/status`, status);
    expect(r.status).toBe(200);
  }
  return id;
}

/** The item as text without its leaf number, which counts requests, not what P may learn. */
function zonderBlad(item: Record<string, unknown> | undefined): string {
  const { logboekId: _, ...rest } = item ?? {};
  return JSON.stringify(rest);
}

describe('status in een overlapitem', () => {
  it('staat in het item waar de regel terugkoppeling geeft, ook bij opnieuw vragen', async () => {
    const o = await maakOmgeving();
    const zc = await zcSignaal(o, {
      status: 'geen_handelingsperspectief',
      reden: 'niet_bevestigd',
    });
    // zc-gemeenten grants the gemeente terugkoppeling for zorgcoördinatie.
    const reg = await registreer(o, 'gemeente-hilversum', signaal(o));
    expect(reg.overlap).toHaveLength(1);
    expect(reg.overlap[0]?.terugkoppeling).toEqual({
      status: 'geen_handelingsperspectief',
      reden: 'niet_bevestigd',
    });
    const log = await o.store.logboek(1, 1000);
    const verstrekking = log.find(
      (e) => e.actie === 'verstrekking' && e.ontvanger === 'gemeente-hilversum',
    );
    expect(verstrekking?.gegevens).toContain('terugkoppeling');
    expect(verstrekking?.grondslagen.length).toBeGreaterThan(0);
    // A later status shows when the gemeente asks again.
    const gezet = await o.vraag(ZC, 'PUT', `/v1/signalen/${zc}/status`, { status: 'hulp_gestart' });
    expect(gezet.status).toBe(200);
    const opnieuw = await (
      await o.vraag('gemeente-hilversum', 'GET', `/v1/signalen/${reg.id}/overlap`)
    ).json();
    expect(opnieuw.overlap[0]?.terugkoppeling).toEqual({ status: 'hulp_gestart' });
  });

  it('zonder terugkoppeling in de regel is het item gelijk aan dat zonder status', async () => {
    const metStatus = await maakOmgeving();
    const zonderStatus = await maakOmgeving();
    await zcSignaal(metStatus, { status: 'afgesloten', uitkomst: 'hulp_geboden' });
    await zcSignaal(zonderStatus);
    // zc-veilig-thuis gives VT existence, partner, contact, form and strength: no terugkoppeling.
    const items = await Promise.all(
      [metStatus, zonderStatus].map(async (o) => {
        const reg = await registreer(o, 'vtgv', signaal(o, { doel: 'signalering' }));
        expect(reg.overlap).toHaveLength(1);
        const overlap = await (
          await o.vraag('vtgv', 'GET', `/v1/signalen/${reg.id}/overlap`)
        ).json();
        const log = await o.store.logboek(1, 1000);
        const gegevens = log
          .filter((e) => e.actie === 'verstrekking' && e.ontvanger === 'vtgv')
          .map((e) => e.gegevens);
        return { bij: zonderBlad(reg.overlap[0]), later: zonderBlad(overlap.overlap[0]), gegevens };
      }),
    );
    const [met, zonder] = items;
    expect(met?.bij).not.toContain('terugkoppeling');
    expect(met).toEqual(zonder);
  });
});
