/**
 * @module
 * A typed client for the logboek's routes, for partners, the FG and witnesses: the search
 * (role fg) and the proofs. Signs a fresh token per request with the caller's own key.
 *
 * @example
 * const l = new LogboekClient({ basisUrl, partner: 'vtgv', gebruiker: 'getuige', privateJwk });
 * const { note } = await l.checkpoint();
 * for await (const regels of l.zoekAlles({ signaal })) console.log(regels.length);
 */
import type { JWK } from 'jose';
import type { Actie } from '../logboek/entry.js';
import type { GezochteRegel } from '../logboek/zoeken.js';
import { KetenpoortFout } from './client.js';
import { maakToken } from './token.js';

export interface LogboekClientOpties {
  basisUrl: string;
  partner: string;
  gebruiker: string;
  privateJwk: JWK & { kid?: string };
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Current time in ms (defaults to now); injected in tests. */
  nu?: () => number;
}

export interface CheckpointAntwoord {
  origin: string;
  grootte: number;
  root: string;
  note: string;
  cosignaturen: number;
  gemaaktOp: string;
}

/** The proof that leaf `blad` (one request) is in a checkpoint, with the caller's own part. */
export interface InclusiebewijsAntwoord {
  blad: number;
  index: number;
  grootte: number;
  leafHash: string;
  bewijs: string[];
  checkpoint: string;
  /** The leaf's canonical text: `{ verzoek, tijdstip, delen }` (an old leaf: only if yours). */
  inhoud?: string;
  /** The caller's part: SHA-256(zout || regels), base64url, is `delen[partij]` in the leaf. */
  deel?: { partij: string; zout: string; regels: string };
  /** Of a leaf from before one leaf per request: its one entry. */
  regel?: string;
}

/** The query of `GET /v1/logboek`: filters (times in ISO 8601) and the cursor. */
export interface LogboekZoekvraag {
  van?: string;
  tot?: string;
  actie?: Actie;
  partner?: string;
  bron?: string;
  ontvanger?: string;
  doel?: string;
  grondslag?: string;
  regel?: string;
  signaal?: string;
  beleid?: string;
  /** Cursor: entries in leaves after this one. */
  na?: number;
  /** Entries per page, at most 1,000. */
  limiet?: number;
}

/**
 * A page of `GET /v1/logboek`: entries oldest first, each with its leaf (`blad`), and the next
 * cursor (a leaf number). Only the gateway's FG gets `volgnummer`.
 */
export interface LogboekZoekresultaat {
  regels: GezochteRegel[];
  volgende: number | null;
}

export class LogboekClient {
  constructor(private readonly o: LogboekClientOpties) {}

  /** One page of the FG's search (role fg; a partner's FG sees only its own organisation's). */
  zoek(vraag: LogboekZoekvraag = {}) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(vraag)) if (v !== undefined) query.set(k, String(v));
    return this.vraag<LogboekZoekresultaat>('GET', `/v1/logboek?${query}`);
  }

  /** Every page of the search, following the cursor until the gateway says there is no more. */
  async *zoekAlles(vraag: LogboekZoekvraag = {}): AsyncGenerator<GezochteRegel[], void, void> {
    for (let na = vraag.na ?? 0; ; ) {
      const { regels, volgende } = await this.zoek({ ...vraag, na });
      yield regels;
      if (volgende === null) return;
      na = volgende;
    }
  }

  checkpoint(grootte?: number) {
    const q = grootte === undefined ? '' : `?grootte=${grootte}`;
    return this.vraag<CheckpointAntwoord>('GET', `/v1/logboek/checkpoint${q}`);
  }

  inclusiebewijs(blad: number, grootte?: number) {
    const q = grootte === undefined ? '' : `?grootte=${grootte}`;
    return this.vraag<InclusiebewijsAntwoord>('GET', `/v1/logboek/inclusiebewijs/${blad}${q}`);
  }

  consistentiebewijs(van: number, tot?: number) {
    const q = tot === undefined ? '' : `&tot=${tot}`;
    return this.vraag<{ van: number; tot: number; bewijs: string[] }>(
      'GET',
      `/v1/logboek/consistentiebewijs?van=${van}${q}`,
    );
  }

  cosigneer(grootte: number, cosignatuur: string) {
    return this.vraag<{ grootte: number; getuige: string; tijd: string; cosignaturen: number }>(
      'POST',
      '/v1/logboek/cosignaturen',
      { grootte, cosignatuur },
    );
  }

  private async vraag<T>(methode: string, pad: string, body?: unknown): Promise<T> {
    const token = await maakToken(this.o.privateJwk, {
      partner: this.o.partner,
      gebruiker: this.o.gebruiker,
      ...(this.o.nu ? { nu: this.o.nu() } : {}),
    });
    const antwoord = await (this.o.fetch ?? fetch)(new URL(pad, this.o.basisUrl).toString(), {
      method: methode,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const inhoud = await antwoord.json();
    if (!antwoord.ok) throw new KetenpoortFout(antwoord.status, inhoud);
    return inhoud as T;
  }
}
