/**
 * @module
 * `beleid uitleg --regie` (issue 17): what the policy says after a casus forms, decided by the
 * gateway's own functions: per doel the default regisseur and what every other partner learns
 * of its regie ({@link regieZicht}), the termijnen, and per stapelregel whose signals count
 * ({@link beslis} toward the rule's recipient). The Dutch text is in uitleg-regie-tekst.ts.
 */
import type { Beleid, Stapelregel, Termijnen } from './beleid.js';
import { beslis } from './beslis.js';
import { ROLLEN, type Rol, STERKTES, type Sterkte } from './categorieen.js';
import { regieZicht } from './regie-zicht.js';

/** One kind of signal (without uitbuitingsvorm): the grain at which outcomes are grouped. */
export interface Soort {
  sterkte: Sterkte;
  rol: Rol;
}

/** What a partner learns of the regie: `wie` with partner (and `contact`), `belegd`, or `niets`. */
export type RegieWeten = 'wie-en-contact' | 'wie' | 'belegd' | 'niets';

/** Per outcome the kinds of the regisseur's signal that give it. */
export type Uitkomsten<U extends string> = Array<{ uitkomst: U; soorten: Soort[] }>;

export interface RegisseurUitleg {
  doel: string;
  /** The partner proposed; null while the ketenrol it names is unfilled. */
  regisseur: string | null;
  /** Every other partner that may receive for some doel, with what it learns of the regie. */
  anderen: Array<{ partner: string; weten: Uitkomsten<RegieWeten> }>;
}

export interface StapelUitleg {
  regel: Stapelregel;
  /** Every partner other than the recipient, with the kinds of its signals that count. */
  bronnen: Array<{ partner: string; telt: Soort[] }>;
}

export interface RegieUitleg {
  regisseurs: RegisseurUitleg[];
  termijnen: Termijnen | undefined;
  stapelregels: StapelUitleg[];
}

/** Every sterkte and rol, in catalogue order. */
export const ALLE_SOORTEN: readonly Soort[] = STERKTES.flatMap((sterkte) =>
  ROLLEN.map((rol) => ({ sterkte, rol })),
);

/**
 * The explanation of regie, termijnen and stapelregels in `beleid`; with `doel`, only the
 * default regisseur of that doel and the stapelregels for it.
 * @example uitlegRegie(beleid, 'zorgcoordinatie').regisseurs[0]?.regisseur
 */
export function uitlegRegie(beleid: Beleid, doel?: string): RegieUitleg {
  const regisseurs = [...(beleid.regisseurs ?? new Map<string, string | null>())]
    .filter(([d]) => doel === undefined || d === doel)
    .map(([d, regisseur]) => ({
      doel: d,
      regisseur,
      anderen: regisseur === null ? [] : anderen(beleid, regisseur, d),
    }));
  const stapelregels = (beleid.stapelregels ?? [])
    .filter((r) => doel === undefined || r.doel === doel)
    .map((regel) => ({ regel, bronnen: bronnen(beleid, regel) }));
  return { regisseurs, termijnen: beleid.termijnen, stapelregels };
}

/** What each other partner learns of `regisseur`'s regie, over the doelen it may receive for. */
function anderen(beleid: Beleid, regisseur: string, doel: string) {
  const uit: RegisseurUitleg['anderen'] = [];
  for (const partner of beleid.partners.keys()) {
    const doelen = [...(beleid.ontvangen.get(partner)?.keys() ?? [])];
    if (partner === regisseur || doelen.length === 0) continue;
    const weten = groepeer(ALLE_SOORTEN, (s) => {
      const over = { id: '', partner: regisseur, doel, uitbuitingsvormen: [], ...s };
      const naar = { ...over, partner, doel: doelen[0] as string, doelen };
      const zicht = regieZicht(beleid, over, naar);
      if (!zicht) return 'niets';
      if (!zicht.gegevens.includes('partner')) return 'belegd';
      return zicht.gegevens.includes('contact') ? 'wie-en-contact' : 'wie';
    });
    uit.push({ partner, weten });
  }
  return uit;
}

/** The kinds of each partner's signals that count for `regel`: its rule tells the recipient. */
function bronnen(beleid: Beleid, regel: Stapelregel): StapelUitleg['bronnen'] {
  const aan = regel.ontvanger;
  const soorten = ALLE_SOORTEN.filter((s) => regel.sterkte.includes(s.sterkte));
  return [...beleid.partners.keys()]
    .filter((p) => p !== aan)
    .map((partner) => ({
      partner,
      telt:
        aan === null
          ? []
          : soorten.filter(
              (s) =>
                beslis(beleid, {
                  bron: partner,
                  ontvanger: aan,
                  doel: regel.doel,
                  signaal: { uitbuitingsvormen: [], ...s },
                }).toegestaan,
            ),
    }));
}

/** `soorten` grouped by the outcome `f` gives each, in order of first appearance. */
function groepeer<U extends string>(soorten: readonly Soort[], f: (s: Soort) => U): Uitkomsten<U> {
  const uit: Uitkomsten<U> = [];
  for (const s of soorten) {
    const u = f(s);
    const groep = uit.find((g) => g.uitkomst === u);
    if (groep) groep.soorten.push(s);
    else uit.push({ uitkomst: u, soorten: [s] });
  }
  return uit;
}
