/**
 * Two deterministic gateways driven as one, for comparing two stores: every step runs on the
 * first and then on the second at the same time on both clocks; their answers must be equal
 * (Request-Id included: ids are counted), and after each step `vergelijk` compares what they
 * stored. The answers handed back are the first gateway's.
 */
import { expect } from 'vitest';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { bewaakTermijnen } from '../../src/use-cases/termijnen-bewaken.js';
import type { DeterministischeGateway } from './deterministisch.js';
import { START } from './omgeving.js';

const MINUUT = 60_000;

/** What one gateway answered to a step (status 0: the purge job, not a request). */
interface Antwoord {
  status: number;
  requestId: string | null;
  tekst: string;
}

/** Drives `gateways` in lockstep; `verloop` lists each step with the first gateway's status. */
export function tweeling(
  gateways: readonly [DeterministischeGateway, DeterministischeGateway],
  vergelijk: (stap: string) => Promise<void>,
) {
  let t = START;
  const verloop: string[] = [];
  const later = (ms: number) => {
    t += ms;
    for (const gw of gateways) gw.zetKlok(t);
  };
  const stap = async (naam: string, doe: (gw: DeterministischeGateway) => Promise<Antwoord>) => {
    const [eerste, tweede] = [await doe(gateways[0]), await doe(gateways[1])];
    verloop.push(`${naam}: ${eerste.status}`);
    expect.soft(tweede, `antwoord bij '${naam}'`).toEqual(eerste);
    await vergelijk(naam);
    return eerste.tekst === '' ? undefined : JSON.parse(eerste.tekst);
  };
  return {
    verloop,
    nu: () => t,
    /** Moves both clocks `ms` on. */
    later,
    /** One request as identity `wie`, a minute after the previous step; its parsed answer. */
    vraag: (naam: string, wie: string, methode: string, pad: string, body?: unknown) => {
      later(MINUUT);
      return stap(naam, async (gw) => {
        const r = await gw.vraag(wie, methode, pad, body);
        return { status: r.status, requestId: r.headers.get('request-id'), tekst: await r.text() };
      });
    },
    /**
     * The retention purge as the hourly job runs it (`scheduled` in src/worker.ts, `ruimOp` in
     * src/node/gateway.ts): destroy what has expired, report the termijnen that passed
     * (issue 17), then sign a checkpoint.
     */
    ruimOp: () =>
      stap('opruimen', async ({ diensten: d }) => {
        const weg = await verwijderVerlopen(d.store, d.beleid, d.klok(), d.willekeurig);
        const termijnen = await bewaakTermijnen(d.store, d.beleid, d.klok(), d.willekeurig);
        await d.logboek.checkpoint();
        return { status: 0, requestId: null, tekst: JSON.stringify({ ...weg, termijnen }) };
      }),
  };
}

export type Tweeling = ReturnType<typeof tweeling>;
