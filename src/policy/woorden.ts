/**
 * @module
 * Dutch descriptions of the closed category lists, written for juristen. One place, so the
 * JSON Schema an editor shows, the matrix, the verwerkingsregister and `uitleg` say the same.
 */
import { SOORTEN } from '../identity/soorten.js';
import type { PARTNERSOORTEN, Rol, Sterkte, Uitbuitingsvorm, Veld } from './categorieen.js';

/** What a recipient learns through each field of VELDEN. */
export const VELD_OMSCHRIJVING: Record<Veld, string> = {
  bestaan: 'dat er elders een signaal over dezelfde entiteit is',
  partner: 'welke partner dat signaal heeft',
  contact: 'het functionele contact van die partner (mailbox of lijn, nooit een persoon)',
  uitbuitingsvorm: 'de uitbuitingsvorm(en) van dat signaal',
  sterkte: 'of dat signaal zacht of hard is',
  sinds: 'de maand waarin dat signaal is geregistreerd',
  soorten: 'welke soorten gegevens overeenkwamen (zoals bsn of telefoon), nooit de waarden',
  terugkoppeling: 'de stand van de terugkoppeling over dat signaal',
};

/** The role of the entity of a signal, as a category of betrokkenen (AVG art. 30 lid 1 onder c). */
export const ROL_OMSCHRIJVING: Record<Rol, string> = {
  slachtoffer: '(mogelijke) slachtoffers',
  vermoedelijke_dader: 'vermoedelijke daders',
  werkgever: 'werkgevers (personen en bedrijven)',
  locatie: 'locaties (adressen, panden) en wie daar verblijft',
  overig: 'overige betrokkenen',
};

export const STERKTE_OMSCHRIJVING: Record<Sterkte, string> = {
  zacht: 'zacht signaal: een vage zorg',
  hard: 'hard signaal: een concrete aanwijzing',
};

export const VORM_OMSCHRIJVING: Record<Uitbuitingsvorm, string> = {
  seksuele_uitbuiting: 'seksuele uitbuiting',
  arbeidsuitbuiting: 'arbeidsuitbuiting',
  criminele_uitbuiting: 'criminele uitbuiting',
  gedwongen_orgaanverwijdering: 'gedwongen orgaanverwijdering',
  gedwongen_huwelijk: 'uitbuiting van een gedwongen huwelijk (EU-richtlijn 2024/1712)',
  draagmoederschap: 'uitbuiting van draagmoederschap (EU-richtlijn 2024/1712)',
  illegale_adoptie: 'illegale adoptie (EU-richtlijn 2024/1712)',
};

export const PARTNERSOORT_OMSCHRIJVING: Record<(typeof PARTNERSOORTEN)[number], string> = {
  'veilig-thuis': 'Veilig Thuis (advies- en meldpunt)',
  zorgcoordinatie: 'zorgcoördinatie mensenhandel',
  arbeidsinspectie: 'Nederlandse Arbeidsinspectie',
  politie: 'politie',
  riec: 'RIEC',
  gemeente: 'gemeente (aandachtsfunctionaris)',
};

/** What every signal holds: the categories of personal data registered (AVG art. 30 lid 1 onder c). */
export const SOORTEN_IN_SIGNAAL: readonly string[] = [
  `pseudoniemen (versleuteld, nooit leesbaar) van identificerende gegevens: ${SOORTEN.join(', ')}`,
  'rol van de entiteit in het signaal',
  'uitbuitingsvorm(en): kunnen iets zeggen over gezondheid of seksleven (bijzondere persoonsgegevens)',
  'sterkte (zacht of hard)',
  'gemeente (CBS-code) en doel van het signaal',
  'registratiemaand',
];
