/**
 * @module
 * The matrix's part on regie, termijnen and stapelregels (issue 17): who is proposed as
 * regisseur per doel, the termijnen and who hears of a passed one, and per stapelregel which
 * partners' signals can count (their rule lets the recipient know for the rule's doel).
 */
import type { Beleid } from './beleid.js';
import { beslis } from './beslis.js';
import { ROLLEN, type Sterkte, UITBUITINGSVORMEN } from './categorieen.js';
import type { Blok } from './rapport.js';

/** The blocks of regie, termijnen and stapelregels. */
export function regieBlokken(beleid: Beleid): Blok[] {
  const regisseurs = [...(beleid.regisseurs ?? new Map<string, string | null>())];
  const t = beleid.termijnen;
  const regels = beleid.stapelregels ?? [];
  return [
    { soort: 'kop', niveau: 2, tekst: 'Regie, termijnen en stapelen' },
    {
      soort: 'alinea',
      tekst:
        regisseurs.length === 0
          ? 'Standaardregisseurs: geen. Een partner neemt de regie of stelt een ander voor.'
          : `Standaardregisseurs (voorgesteld, niet aangewezen; overgeslagen als ze geen signaal in de casus hebben): ${regisseurs.map(([d, p]) => `${d}: ${p ?? 'niemand'}`).join('; ')}.`,
    },
    {
      soort: 'alinea',
      tekst: t
        ? `Termijnen in werkdagen: overdracht ${t.overdracht ?? 'niet bewaakt'}, regie ${t.regie ?? 'niet bewaakt'}, casus zonder regie ${t.casus ?? 'niet bewaakt'}; escalatie naar ${t.escalatie ?? 'niemand'}, alleen waar de regels van de betrokken partners het toestaan. Gelijkgestelde dagen: ${t.gelijkgesteld.length === 0 ? 'geen' : t.gelijkgesteld.map((g) => `${g.datum} (${g.bron})`).join(', ')}.`
        : 'Termijnen: geen termijnen.yaml, geen termijn wordt bewaakt.',
    },
    regels.length === 0
      ? { soort: 'alinea', tekst: 'Stapelregels: geen.' }
      : {
          soort: 'tabel',
          kop: ['Stapelregel', 'Drempel', 'Aan', 'Doel', 'Tellen mee (signalen van)'],
          rijen: regels.map((r) => [
            r.id,
            `${r.minimaal} ${r.sterkte.join('/')} van ${r.partners} partners in ${r.maanden} maanden`,
            r.ontvanger ?? `niemand (${r.aan})`,
            r.doel,
            tellenMee(beleid, r.ontvanger, r.doel, r.sterkte).join(', ') || 'niemand',
          ]),
        },
  ];
}

/** The partners whose rule lets `aan` know of some signal of `sterktes` for `doel` (and `aan` itself). */
export function tellenMee(
  beleid: Beleid,
  aan: string | null,
  doel: string,
  sterktes: readonly Sterkte[],
): string[] {
  if (aan === null) return [];
  return [...beleid.partners.keys()].filter(
    (bron) =>
      bron === aan ||
      UITBUITINGSVORMEN.some((v) =>
        sterktes.some((sterkte) =>
          ROLLEN.some(
            (rol) =>
              beslis(beleid, {
                bron,
                ontvanger: aan,
                doel,
                signaal: { uitbuitingsvormen: [v], sterkte, rol },
              }).toegestaan,
          ),
        ),
      ),
  );
}
