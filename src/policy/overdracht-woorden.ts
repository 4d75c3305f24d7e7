/**
 * @module
 * The closed lists of an overdracht (issue 16): what the recipient may see, how it answers,
 * and why it declines. A reason never says what the recipient already knows, nor that an
 * investigation runs.
 */

/**
 * What the recipient of an overdracht may see besides who hands over and its functional
 * contact, smallest first. `referentie` is the hander's opaque reference, never a name.
 */
export const OVERDRACHT_GEGEVENS = [
  'uitbuitingsvorm',
  'sterkte',
  'rol',
  'sinds',
  'referentie',
] as const;
export type OverdrachtGegeven = (typeof OVERDRACHT_GEGEVENS)[number];

export const OVERDRACHT_GEGEVEN_OMSCHRIJVING: Record<OverdrachtGegeven, string> = {
  uitbuitingsvorm: 'De uitbuitingsvormen van het signaal.',
  sterkte: 'Of het signaal zacht of hard is.',
  rol: 'De rol van de entiteit in het signaal (slachtoffer, werkgever, ...).',
  sinds: 'De maand waarin het signaal is geregistreerd.',
  referentie:
    'Het betekenisloze kenmerk van de overdrager (letters, cijfers en streepjes), nooit een naam.',
};

/** How the recipient answers an overdracht. */
export const ANTWOORDEN = ['aangenomen', 'niet_voor_ons', 'doorgezet'] as const;
export type Antwoord = (typeof ANTWOORDEN)[number];

/** Why a recipient declines; none reveals what it knows or an investigation. */
export const NIET_VOOR_ONS_REDENEN = [
  'buiten_taak',
  'buiten_werkgebied',
  'onvoldoende_aanknopingspunten',
] as const;
export type NietVoorOnsReden = (typeof NIET_VOOR_ONS_REDENEN)[number];
