/**
 * The gateway's files on disk (issue 13, item 1): the database, its -wal/-shm and the keys are
 * 0600 and their folders 0700; outside demo mode the gateway refuses to start when the storage
 * or checkpoint key lies in the database's folder or is readable by others, and starts with
 * keys from a secrets file elsewhere or from the environment.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../src/config/env.js';
import { bouwDiensten } from '../src/node/gateway.js';

const mappen: string[] = [];
afterEach(() => {
  for (const m of mappen.splice(0)) rmSync(m, { recursive: true, force: true });
});

function tijdelijk(): string {
  const m = mkdtempSync(join(tmpdir(), 'ketenpoort-rechten-'));
  mappen.push(m);
  return m;
}

const modus = (pad: string) => (statSync(pad).mode & 0o777).toString(8);

/** A demo start in `data`, stopped again: it leaves the demo's partner keys and its key files. */
async function demoStart(data: string) {
  const d = await bouwDiensten(leesConfiguratie({ KETENPOORT_DATA: data }));
  d.store.close();
}

describe('bestandsrechten van de poort', () => {
  it('maakt database, -wal, -shm en sleutels 0600 en hun mappen 0700 (ook bij een ruime umask)', async () => {
    const data = join(tijdelijk(), 'data');
    const vorige = process.umask(0o022);
    try {
      const d = await bouwDiensten(leesConfiguratie({ KETENPOORT_DATA: data }));
      try {
        const db = join(data, 'ketenpoort.sqlite');
        expect(modus(data)).toBe('700');
        expect(modus(db)).toBe('600');
        expect(modus(`${db}-wal`)).toBe('600');
        expect(modus(`${db}-shm`)).toBe('600');
        expect(modus(join(data, 'opslagsleutel'))).toBe('600');
        expect(modus(join(data, 'checkpointsleutel'))).toBe('600');
        expect(modus(join(data, 'demo', 'keys'))).toBe('700');
      } finally {
        d.store.close();
      }
    } finally {
      process.umask(vorige);
    }
  });

  it('zet een bestaande database met 0644 terug op 0600', async () => {
    const data = join(tijdelijk(), 'data');
    await demoStart(data);
    const db = join(data, 'ketenpoort.sqlite');
    chmodSync(db, 0o644);
    chmodSync(data, 0o755);
    await demoStart(data);
    expect(modus(db)).toBe('600');
    expect(modus(data)).toBe('700');
  });

  describe('buiten demomodus', () => {
    /** A prepared demo folder; the settings of a real start that reuses its partner keys. */
    async function productie() {
      const basis = tijdelijk();
      const data = join(basis, 'data');
      await demoStart(data);
      const geheimen = join(basis, 'geheimen');
      mkdirSync(geheimen, { mode: 0o700 });
      cpSync(join(data, 'opslagsleutel'), join(geheimen, 'opslagsleutel'));
      cpSync(join(data, 'checkpointsleutel'), join(geheimen, 'checkpointsleutel'));
      chmodSync(join(geheimen, 'opslagsleutel'), 0o600);
      chmodSync(join(geheimen, 'checkpointsleutel'), 0o600);
      const env = {
        KETENPOORT_DATA: data,
        KETENPOORT_DEMO: 'uit',
        KETENPOORT_GETUIGEN: join(basis, 'geen-getuigen.txt'),
        KETENPOORT_OPSLAGSLEUTEL_BESTAND: join(geheimen, 'opslagsleutel'),
        KETENPOORT_CHECKPOINTSLEUTEL_BESTAND: join(geheimen, 'checkpointsleutel'),
        KETENPOORT_LAATSTE_CHECKPOINT: join(basis, 'staat', 'laatste-checkpoint'),
      };
      return { data, geheimen, env };
    }

    it('weigert een opslagsleutel in de map van de database', async () => {
      const { data, env } = await productie();
      const cfg = leesConfiguratie({
        ...env,
        KETENPOORT_OPSLAGSLEUTEL_BESTAND: join(data, 'opslagsleutel'),
      });
      await expect(bouwDiensten(cfg)).rejects.toThrow(
        /De opslagsleutel .*opslagsleutel staat in de map van de database .*KETENPOORT_OPSLAGSLEUTEL_BESTAND/,
      );
    });

    it('weigert een checkpointsleutel in een map onder de database', async () => {
      const { data, env } = await productie();
      const onder = join(data, 'sleutels');
      mkdirSync(onder);
      const pad = join(onder, 'checkpointsleutel');
      cpSync(env.KETENPOORT_CHECKPOINTSLEUTEL_BESTAND, pad);
      const cfg = leesConfiguratie({ ...env, KETENPOORT_CHECKPOINTSLEUTEL_BESTAND: pad });
      await expect(bouwDiensten(cfg)).rejects.toThrow(
        /De checkpointsleutel .* staat in de map van de database/,
      );
    });

    it('weigert een bewaard laatste checkpoint in de map van de database', async () => {
      const { data, env } = await productie();
      const cfg = leesConfiguratie({
        ...env,
        KETENPOORT_LAATSTE_CHECKPOINT: join(data, 'laatste-checkpoint'),
      });
      await expect(bouwDiensten(cfg)).rejects.toThrow(
        /Het bewaarde checkpoint .*laatste-checkpoint staat in de map van de database.*KETENPOORT_LAATSTE_CHECKPOINT/,
      );
    });

    it('weigert een sleutel die anderen kunnen lezen, en noemt chmod 600', async () => {
      const { env } = await productie();
      chmodSync(env.KETENPOORT_OPSLAGSLEUTEL_BESTAND, 0o640);
      await expect(bouwDiensten(leesConfiguratie(env))).rejects.toThrow(
        /is leesbaar voor anderen dan de eigenaar \(modus 0640\).*chmod 600/,
      );
    });

    it('weigert zonder sleutelbestand en maakt er geen', async () => {
      const { geheimen, env } = await productie();
      rmSync(join(geheimen, 'opslagsleutel'));
      await expect(bouwDiensten(leesConfiguratie(env))).rejects.toThrow(/Geen opslagsleutel/);
      expect(() => statSync(join(geheimen, 'opslagsleutel'))).toThrow();
    });

    it('start met sleutels uit een secrets-bestand buiten de map van de database', async () => {
      const { data, env } = await productie();
      const d = await bouwDiensten(leesConfiguratie(env));
      d.store.close();
      expect(modus(join(data, 'ketenpoort.sqlite'))).toBe('600');
    });

    it('start met sleutels uit de omgeving, ook als er een leesbaar bestand in de datamap ligt', async () => {
      const { data, geheimen, env } = await productie();
      // The database's own key, given in the environment; the file in the data folder is ignored.
      const opslag = readFileSync(join(geheimen, 'opslagsleutel'), 'utf8').trim();
      chmodSync(join(data, 'opslagsleutel'), 0o644);
      const d = await bouwDiensten(
        leesConfiguratie({
          ...env,
          KETENPOORT_OPSLAGSLEUTEL: opslag,
          KETENPOORT_OPSLAGSLEUTEL_BESTAND: undefined,
        }),
      );
      d.store.close();
    });
  });
});
