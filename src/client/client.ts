/**
 * @module
 * A typed client for partner systems: normalises and pseudonymises identifiers locally
 * (nothing in the clear leaves the partner), signs a fresh token per request, calls the API.
 */
import type { JWK } from 'jose';
import type { Soort } from '../identity/soorten.js';
import type { Rol, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import type { AangeleverdPseudoniem } from '../pseudonym/opslag.js';
import { pseudonimiseer } from '../pseudonym/pseudoniem.js';
import type { VastgepindeSleutel } from '../pseudonym/v2.js';
import { pseudonimiseerV2 } from './sleutelbewaarder-client.js';
import { maakToken } from './token.js';

export interface ClientOpties {
  /** e.g. `http://127.0.0.1:8787` */
  basisUrl: string;
  partner: string;
  gebruiker: string;
  privateJwk: JWK & { kid?: string };
  /**
   * How pseudonyms are made: version 2 (the default of a deployment) through the
   * sleutelbewaarder, checked against the key pinned in the signed policy; or version 1 with
   * the region's ketensleutel (32 bytes, never sent anywhere) and its id.
   */
  pseudoniemen:
    | { versie: 'v2'; sleutelbewaarder: string; vastgepind: VastgepindeSleutel }
    | { versie: 'v1'; ketensleutel: Uint8Array; sleutelId: string };
  fetch?: typeof fetch;
}

/** A signal to register: for one `doel`, or for several `doelen` (each match decided per doel). */
export type NieuwSignaal = {
  /** Identifiers in the clear, per soort; pseudonymised here before sending. */
  identificatie: Array<{ soort: Soort; waarde: string }>;
  rol: Rol;
  uitbuitingsvormen: Uitbuitingsvorm[];
  sterkte: Sterkte;
  gemeente: string;
  nietInformeren?: boolean;
  referentie?: string;
} & ({ doel: string } | { doelen: string[] });

/** A problem+json answer from the gateway. */
export class KetenpoortFout extends Error {
  constructor(
    readonly status: number,
    readonly probleem: { type?: string; title?: string; detail?: string; instance?: string },
  ) {
    super(`${status} ${probleem.title ?? ''}: ${probleem.detail ?? ''}`);
  }
}

/**
 * @example
 * const k = new KetenpoortClient({ basisUrl, partner: 'vtgv', gebruiker: 'medewerker-1', privateJwk,
 *   pseudoniemen: { versie: 'v2', sleutelbewaarder: 'http://127.0.0.1:8790', vastgepind } });
 * const { id, overlap } = await k.registreer({ identificatie: [{ soort: 'bsn', waarde: '111222333' }], ... });
 */
export class KetenpoortClient {
  constructor(private readonly o: ClientOpties) {}

  /** Registers a signal; identifiers are pseudonymised on this side first. */
  async registreer(s: NieuwSignaal) {
    const { identificatie, ...rest } = s;
    const pseudoniemen = await this.pseudonimiseer(identificatie);
    return this.vraag<RegistratieAntwoord>('POST', '/v1/signalen', { pseudoniemen, ...rest });
  }

  /** Pseudonyms with version and key id, as the gateway takes them; nothing in the clear leaves. */
  async pseudonimiseer(
    identificatie: ReadonlyArray<{ soort: Soort; waarde: string }>,
  ): Promise<AangeleverdPseudoniem[]> {
    const p = this.o.pseudoniemen;
    if (p.versie === 'v1') {
      return identificatie.map((i) => ({
        soort: i.soort,
        versie: 'v1',
        sleutel: p.sleutelId,
        waarde: pseudonimiseer(p.ketensleutel, i.soort, i.waarde),
      }));
    }
    return pseudonimiseerV2(
      {
        url: p.sleutelbewaarder,
        partner: this.o.partner,
        gebruiker: this.o.gebruiker,
        privateJwk: this.o.privateJwk,
        vastgepind: p.vastgepind,
        ...(this.o.fetch ? { fetch: this.o.fetch } : {}),
      },
      identificatie,
    );
  }

  lees(id: string) {
    return this.vraag<Record<string, unknown>>('GET', `/v1/signalen/${encodeURIComponent(id)}`);
  }

  overlap(id: string) {
    return this.vraag<{ signaal: string; overlap: OverlapItem[] }>(
      'GET',
      `/v1/signalen/${encodeURIComponent(id)}/overlap`,
    );
  }

  trekIn(id: string) {
    return this.vraag<void>('DELETE', `/v1/signalen/${encodeURIComponent(id)}`);
  }

  meldingen(na = 0) {
    return this.vraag<{ meldingen: Melding[]; volgende: number }>('GET', `/v1/meldingen?na=${na}`);
  }

  /**
   * Hands own signal `id` for `doel` to partner `naar`, or to the partner the policy names for
   * `ketenrol` (issue 16); `referentie` is never a name.
   */
  draagOver(
    id: string,
    v: ({ naar: string } | { ketenrol: string }) & { doel: string; referentie?: string },
  ) {
    return this.vraag<OverdrachtAntwoord>(
      'POST',
      `/v1/signalen/${encodeURIComponent(id)}/overdrachten`,
      v,
    );
  }

  /** Answers an overdracht to this partner: aangenomen, niet_voor_ons (reason) or doorgezet (to). */
  beantwoordOverdracht(id: string, reactie: OverdrachtReactie) {
    return this.vraag<ReactieAntwoord>(
      'POST',
      `/v1/overdrachten/${encodeURIComponent(id)}/antwoord`,
      reactie,
    );
  }

  /** Sets the status of own signal `id` (terugkoppeling, issue 16). */
  zetStatus(id: string, status: StatusVerzoek) {
    return this.vraag<{ signaal: string; status: string; logboekId: number }>(
      'PUT',
      `/v1/signalen/${encodeURIComponent(id)}/status`,
      status,
    );
  }

  /** The casussen own signal `id` is in that this partner sees, with who leads (issue 17). */
  casussen(id: string) {
    return this.vraag<CasussenAntwoord>('GET', `/v1/signalen/${encodeURIComponent(id)}/casussen`);
  }

  /**
   * Proposes `naar` as regisseur of casus `casus` of own signal `id` (issue 17): this partner's
   * own id takes regie; without `naar`, the policy's default regisseur for `doel`.
   */
  stelRegieVoor(id: string, casus: string, v: { naar?: string; doel: string }) {
    return this.vraag<RegieVoorstelAntwoord>(
      'POST',
      `/v1/signalen/${encodeURIComponent(id)}/casussen/${encodeURIComponent(casus)}/regie`,
      v,
    );
  }

  /** Accepts or declines regie proposal `id` to this partner (issue 17). */
  beantwoordRegievoorstel(id: string, antwoord: 'aangenomen' | 'afgewezen') {
    return this.vraag<{ voorstel: string; casus: string; antwoord: string; logboekId: number }>(
      'POST',
      `/v1/regievoorstellen/${encodeURIComponent(id)}/antwoord`,
      { antwoord },
    );
  }

  private async vraag<T>(methode: string, pad: string, body?: unknown): Promise<T> {
    const token = await maakToken(this.o.privateJwk, {
      partner: this.o.partner,
      gebruiker: this.o.gebruiker,
    });
    const antwoord = await (this.o.fetch ?? fetch)(new URL(pad, this.o.basisUrl), {
      method: methode,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (antwoord.status === 204) return undefined as T;
    const inhoud = await antwoord.json();
    if (!antwoord.ok) throw new KetenpoortFout(antwoord.status, inhoud);
    return inhoud as T;
  }
}

export interface OverlapItem {
  bestaan: true;
  partner?: { id: string; naam: string };
  contact?: { email?: string; telefoon?: string };
  uitbuitingsvormen?: Uitbuitingsvorm[];
  sterkte?: Sterkte;
  sinds?: string;
  soorten?: Soort[];
  /** The other partner's status on its signal, only where its rule gives you terugkoppeling. */
  terugkoppeling?: { status: string; reden?: string; uitkomst?: string };
  /** Only for a signal registered for several doelen: the doel this item was decided for. */
  doel?: string;
  logboekId: number;
}

export interface RegistratieAntwoord {
  id: string;
  geregistreerdOp: string;
  vervaltOp: string;
  overlap: OverlapItem[];
}

export interface Melding {
  id: number;
  /** Your own signal the notice is about; absent on an overdracht to you. */
  signaal?: string;
  ontvangenOp: string;
  overlap?: OverlapItem;
  /** Issue 16: an overdracht to your organisation. */
  overdracht?: Record<string, unknown> & { overdracht: string; logboekId: number };
  /** Issue 16: the answer to an overdracht of yours. */
  antwoord?: { overdracht: string; antwoord: string; reden?: string; logboekId: number } & {
    naar?: { id: string; naam: string };
  };
  /** Issue 17: a proposal that your organisation take regie of a casus. */
  regievoorstel?: {
    voorstel: string;
    casus: string;
    doel: string;
    partner?: { id: string; naam: string };
    /** The gateway proposes you itself, as the default regisseur of the doel. */
    standaard?: true;
    logboekId: number;
  };
  /** Issue 17: the answer to a regie proposal of yours. */
  regieantwoord?: { voorstel: string; casus: string; antwoord: string; logboekId: number };
  /** Issue 17 (meldpunt): soft signals stacked in a casus, counts and what the sources allow. */
  stapel?: Record<string, unknown> & { regel: string; aantal: number; partners: number };
  /** Issue 17: a termijn you wait on passed; to the escalation partner, an escalatie. */
  termijn?: Record<string, unknown> & { soort: string; verstrekenOp: string };
  escalatie?: Record<string, unknown> & { soort: string; verstrekenOp: string };
  /** Issue 17: regie of a casus you are in was given, as far as the regisseur's rule allows. */
  regie?: RegieZicht & { casus: string; logboekId: number };
  /** Issue 16: the status of a signal you are linked to, as far as its owner's rule allows. */
  terugkoppeling?: {
    overdracht?: string;
    verstrekking?: number;
    partner?: { id: string; naam: string };
    status: string;
    reden?: string;
    uitkomst?: string;
    logboekId: number;
  };
}

/** Who leads a casus, as far as the regisseur's rule toward you allows (issue 17). */
export interface RegieZicht {
  belegd: true;
  regisseur?: { id: string; naam: string };
  contact?: { email?: string; telefoon?: string };
  doel?: string;
}

export interface CasussenAntwoord {
  signaal: string;
  casussen: Array<{ id: string; regie?: RegieZicht }>;
  logboekId: number;
}

export interface RegieVoorstelAntwoord {
  voorstel: string;
  casus: string;
  naar: string;
  doel: string;
  status: 'open' | 'aangenomen';
  logboekId: number;
}

/** A status as the owner sets it (issue 16). */
export type StatusVerzoek =
  | {
      status:
        | 'ontvangen'
        | 'in_behandeling'
        | 'doorgezet'
        | 'hulp_gestart'
        | 'veiligheidsbeoordeling_afgerond';
    }
  | {
      status: 'geen_handelingsperspectief';
      reden:
        | 'niet_bevestigd'
        | 'betrokkene_niet_bereikbaar'
        | 'buiten_taak'
        | 'niet_toe_te_lichten';
    }
  | {
      status: 'afgesloten';
      uitkomst: 'hulp_geboden' | 'doorverwezen' | 'geen_vervolg' | 'niet_toe_te_lichten';
    };

export interface OverdrachtAntwoord {
  id: string;
  naar: string;
  /** The ketenrol it was handed to, when the request named one. */
  ketenrol?: string;
  doel: string;
  status: 'open';
  logboekId: number;
}

export type OverdrachtReactie =
  | { antwoord: 'aangenomen' }
  | {
      antwoord: 'niet_voor_ons';
      reden: 'buiten_taak' | 'buiten_werkgebied' | 'onvoldoende_aanknopingspunten';
    }
  | { antwoord: 'doorgezet'; naar: string };

export interface ReactieAntwoord {
  overdracht: string;
  status: 'aangenomen' | 'niet_voor_ons' | 'doorgezet';
  logboekId: number;
  signaal?: RegistratieAntwoord;
  doorgezet?: string;
}
