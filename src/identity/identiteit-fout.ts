/**
 * @module
 * The one error type for identifiers that cannot be normalised. Messages are
 * fixed texts from the table below, so they can never echo (part of) the input:
 * an error message is shown to users and may end up in logs.
 */

import type { Soort } from './soorten.js';

/** Every error code with its Dutch message: what is wrong and how to fix it. */
export const IDENTITEIT_MELDINGEN = {
  'bsn-leeg': 'Het BSN ontbreekt of is leeg. Vul een BSN in.',
  'bsn-tekens':
    'Het BSN bevat andere tekens dan cijfers. Gebruik alleen cijfers (spaties, punten en streepjes mogen).',
  'bsn-lengte': 'Een BSN heeft 9 cijfers (of 8 zonder voorloopnul). Controleer het aantal cijfers.',
  'bsn-nullen': 'Een BSN kan niet uit alleen nullen bestaan. Vul het echte BSN in.',
  'bsn-elfproef': 'Dit BSN voldoet niet aan de elfproef. Controleer de cijfers.',
  'persoon-leeg':
    'De persoonsgegevens ontbreken of zijn leeg. Vul in als achternaam|geboortedatum.',
  'persoon-formaat':
    'Vul de persoon in als achternaam|geboortedatum, met precies één verticale streep ertussen.',
  'persoon-achternaam-leeg':
    'De achternaam is leeg of bevat geen letters. Vul de achternaam in, eventueel met tussenvoegsel.',
  'persoon-datum-formaat':
    'De geboortedatum is niet herkend. Gebruik jjjj-mm-dd of dd-mm-jjjj (ook dd/mm/jjjj of dd.mm.jjjj).',
  'persoon-datum-ongeldig':
    'Deze geboortedatum bestaat niet of ligt vóór 1800. Controleer dag, maand en jaar.',
  'telefoon-leeg': 'Het telefoonnummer ontbreekt of is leeg. Vul een telefoonnummer in.',
  'telefoon-tekens':
    'Het telefoonnummer bevat ongeldige tekens. Gebruik alleen cijfers, met eventueel een + vooraan.',
  'telefoon-begin':
    'Het telefoonnummer begint niet met +, 00 of 0. Vul het nummer in met landcode (+31 6 ...) of als Nederlands nummer (06 ...).',
  'telefoon-landcode':
    'Na de landcode staat een 0 of de landcode begint met 0. Laat de 0 na de landcode weg, of schrijf hem als (0).',
  'telefoon-lengte':
    'Een telefoonnummer heeft met landcode 8 tot en met 15 cijfers. Controleer het aantal cijfers.',
  'adres-leeg': 'Het adres ontbreekt of is leeg. Vul in als postcode|huisnummer|toevoeging.',
  'adres-formaat':
    'Vul het adres in als postcode|huisnummer of postcode|huisnummer|toevoeging, gescheiden door verticale strepen.',
  'adres-postcode':
    'De postcode is ongeldig. Een postcode bestaat uit 4 cijfers (niet beginnend met 0) en 2 letters, zoals 1234 AB.',
  'adres-huisnummer':
    'Het huisnummer is ongeldig. Gebruik alleen cijfers (1 tot en met 99999) en zet een toevoeging in het derde veld.',
  'adres-toevoeging':
    'De huisnummertoevoeging bevat ongeldige tekens. Gebruik alleen letters A-Z en cijfers.',
  'email-leeg': 'Het e-mailadres ontbreekt of is leeg. Vul een e-mailadres in.',
  'email-apenstaart': 'Een e-mailadres bevat precies één @. Controleer het e-mailadres.',
  'email-deel-leeg':
    'Voor of na de @ staat niets. Vul het volledige e-mailadres in, zoals naam@domein.nl.',
  'email-spatie': 'Een e-mailadres bevat geen spaties. Verwijder de spaties uit het e-mailadres.',
  'iban-leeg': 'Het IBAN ontbreekt of is leeg. Vul een IBAN in.',
  'iban-formaat':
    'Dit is geen geldig IBAN: het begint met 2 letters en 2 cijfers en is 15 tot 34 tekens lang. Controleer het IBAN.',
  'iban-controlegetal': 'Het controlegetal van dit IBAN klopt niet. Controleer de tekens.',
  'kvk-leeg': 'Het KvK-nummer ontbreekt of is leeg. Vul een KvK-nummer in.',
  'kvk-formaat': 'Een KvK-nummer bestaat uit precies 8 cijfers. Controleer het nummer.',
  'kenteken-leeg': 'Het kenteken ontbreekt of is leeg. Vul een kenteken in.',
  'kenteken-tekens':
    'Het kenteken bevat ongeldige tekens. Gebruik alleen letters A-Z en cijfers (streepjes en spaties mogen).',
  'kenteken-lengte': 'Een kenteken heeft hoogstens 8 letters en cijfers. Controleer het kenteken.',
} as const satisfies Record<`${Soort}-${string}`, string>;

/** An error code of the identity module, such as `bsn-elfproef`. */
export type IdentiteitFoutCode = keyof typeof IDENTITEIT_MELDINGEN;

/**
 * Thrown when an identifier cannot be brought to its canonical form.
 * The message never contains the input; `code` is stable and documented.
 */
export class IdentiteitFout extends Error {
  override readonly name = 'IdentiteitFout';
  readonly soort: Soort;
  readonly code: IdentiteitFoutCode;

  constructor(soort: Soort, code: IdentiteitFoutCode) {
    super(IDENTITEIT_MELDINGEN[code]);
    this.soort = soort;
    this.code = code;
  }
}
