/**
 * @module
 * A typed client for the logboek's proof routes, for partners, the FG and witnesses:
 * signs a fresh token per request with the caller's own key.
 *
 * @example
 * const l = new LogboekClient({ basisUrl, partner: 'vtgv', gebruiker: 'getuige', privateJwk });
 * const { note } = await l.checkpoint();
 */
import type { JWK } from 'jose';
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

export interface InclusiebewijsAntwoord {
  volgnummer: number;
  index: number;
  grootte: number;
  leafHash: string;
  bewijs: string[];
  checkpoint: string;
  regel?: string;
}

export class LogboekClient {
  constructor(private readonly o: LogboekClientOpties) {}

  checkpoint(grootte?: number) {
    const q = grootte === undefined ? '' : `?grootte=${grootte}`;
    return this.vraag<CheckpointAntwoord>('GET', `/v1/logboek/checkpoint${q}`);
  }

  inclusiebewijs(volgnummer: number, grootte?: number) {
    const q = grootte === undefined ? '' : `?grootte=${grootte}`;
    return this.vraag<InclusiebewijsAntwoord>(
      'GET',
      `/v1/logboek/inclusiebewijs/${volgnummer}${q}`,
    );
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
