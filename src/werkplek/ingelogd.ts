/**
 * @module
 * Who is logged in, as the page frame shows it.
 */
import type { Context } from 'hono';
import type { WerkplekEnv } from './context.js';
import type { Ingelogd } from './opmaak.js';
import { partnerNaam } from './weergave.js';

const ROLNAAM: Readonly<Record<string, string>> = {
  partner: 'medewerker',
  fg: 'FG',
  jurist: 'jurist',
  statistiek: 'ketenregisseur',
};

/** The frame's view of the session on `c`. */
export function ingelogd(c: Context<WerkplekEnv>): Ingelogd {
  const { sessie, diensten } = c.var;
  return {
    organisatie: partnerNaam(diensten.beleid, sessie.organisatie),
    rollen: sessie.rollen.map((r) => ROLNAAM[r] ?? r),
    csrf: sessie.csrf,
  };
}
