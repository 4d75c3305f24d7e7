/**
 * A registration whose second step fails (issue 13, item 4). On D1 a registration is two
 * batches: the signal, then its logboek entries and notices. When the second fails, and even
 * when taking the signal back fails too (as when a Worker stops between its batches), no other
 * partner may ever match against that signal: its registration was never logged. The abandoned
 * signal is removed by the purge. On Node the registration is one transaction; the same
 * observations hold. Failures are injected with triggers, in both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, START } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const FAAL_REGISTRATIE = `CREATE TRIGGER faal_registratie BEFORE INSERT ON logboek
  WHEN NEW.actie = 'registratie' AND NEW.partner = 'gemeente-hilversum'
  BEGIN SELECT RAISE(ABORT, 'ingespoten fout'); END`;
const FAAL_TERUGNEMEN = `CREATE TRIGGER faal_terugnemen BEFORE DELETE ON signalen
  WHEN OLD.partner = 'gemeente-hilversum'
  BEGIN SELECT RAISE(ABORT, 'ingespoten fout'); END`;

async function signalenVan(o: Awaited<ReturnType<typeof maakOmgeving>>, partner: string) {
  const rijen = await o.store.sql('SELECT count(*) AS n FROM signalen WHERE partner = ?', partner);
  return Number(rijen[0]?.n);
}

describe('een registratie waarvan de tweede stap mislukt', () => {
  it('laat geen venster: niemand matcht ooit met het niet gelogde signaal, ook als terugnemen mislukt', async () => {
    const o = await maakOmgeving();
    await o.store.exec(FAAL_REGISTRATIE);
    await o.store.exec(FAAL_TERUGNEMEN);
    const mislukt = await o.vraag('gemeente-hilversum', 'POST', '/v1/signalen', signaal(o));
    expect(mislukt.status).toBeGreaterThanOrEqual(500);
    await o.store.exec('DROP TRIGGER faal_registratie');
    await o.store.exec('DROP TRIGGER faal_terugnemen');

    // Another partner registers the same person: it learns nothing of the failed one.
    const vt = await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    expect(vt.overlap).toEqual([]);
    const verstrekkingen = await o.store.sql(
      "SELECT count(*) AS n FROM logboek WHERE actie IN ('verstrekking', 'weigering')",
    );
    expect(Number(verstrekkingen[0]?.n)).toBe(0);
    const inbox = await o.vraag('gemeente-hilversum', 'GET', '/v1/meldingen');
    expect(((await inbox.json()) as { meldingen: unknown[] }).meldingen).toEqual([]);
    // Nor does a recomputation of the other partner's overlap.
    const opnieuw = await o.vraag('vtgv', 'GET', `/v1/signalen/${vt.id}/overlap`);
    expect(((await opnieuw.json()) as { overlap: unknown[] }).overlap).toEqual([]);

    // The purge removes an abandoned signal once it is clearly abandoned, and logs nothing for it.
    await verwijderVerlopen(o.store, o.beleid, START + 11 * 60_000);
    expect(await signalenVan(o, 'gemeente-hilversum')).toBe(0);
    const vernietigd = await o.store.sql(
      "SELECT count(*) AS n FROM logboek WHERE actie = 'vernietiging'",
    );
    expect(Number(vernietigd[0]?.n)).toBe(0);
  });

  it('neemt het signaal terug als alleen de tweede stap mislukt; een nieuwe poging slaagt', async () => {
    const o = await maakOmgeving();
    await o.store.exec(FAAL_REGISTRATIE);
    const mislukt = await o.vraag('gemeente-hilversum', 'POST', '/v1/signalen', signaal(o));
    expect(mislukt.status).toBeGreaterThanOrEqual(500);
    expect(await signalenVan(o, 'gemeente-hilversum')).toBe(0);
    await o.store.exec('DROP TRIGGER faal_registratie');
    await registreer(o, 'gemeente-hilversum', signaal(o));
    const vt = await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    expect(vt.overlap).toHaveLength(1);
  });
});
