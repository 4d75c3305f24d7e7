/**
 * @module
 * The closed list of statuses a partner keeps on its own signal (issue 16, terugkoppeling),
 * with the closed reasons and outcomes two of them carry. `niet_toe_te_lichten` lets the
 * police and the NLA give feedback without revealing an investigation.
 */

export const STATUSSEN = [
  'ontvangen',
  'in_behandeling',
  'doorgezet',
  'hulp_gestart',
  'veiligheidsbeoordeling_afgerond',
  'geen_handelingsperspectief',
  'afgesloten',
] as const;
export type Status = (typeof STATUSSEN)[number];

/** Why there is no handelingsperspectief. */
export const GEEN_PERSPECTIEF_REDENEN = [
  'niet_bevestigd',
  'betrokkene_niet_bereikbaar',
  'buiten_taak',
  'niet_toe_te_lichten',
] as const;
export type GeenPerspectiefReden = (typeof GEEN_PERSPECTIEF_REDENEN)[number];

/** How a signal was closed. */
export const UITKOMSTEN = [
  'hulp_geboden',
  'doorverwezen',
  'geen_vervolg',
  'niet_toe_te_lichten',
] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

export const STATUS_OMSCHRIJVING: Record<Status, string> = {
  ontvangen: 'Het signaal is ontvangen.',
  in_behandeling: 'De partner werkt aan het signaal.',
  doorgezet: 'De partner heeft het signaal doorgezet.',
  hulp_gestart: 'Er is hulp gestart.',
  veiligheidsbeoordeling_afgerond: 'De veiligheidsbeoordeling is afgerond.',
  geen_handelingsperspectief:
    'Er is geen handelingsperspectief (met een reden uit een vaste lijst).',
  afgesloten: 'Het signaal is afgesloten (met een uitkomst uit een vaste lijst).',
};
