/**
 * @module
 * What the policy decides about the answers to an overdracht (issue 16), as plain functions
 * the scenario runner and `beleid uitleg` share: `aangenomen` needs the recipient's own
 * `ontvangen` for the doel and a bewaartermijn for the signal's sterkte; `niet_voor_ons`
 * needs nothing and discloses only its closed reason; `doorgezet` to D is an overdracht of the
 * original hander to D under both keys, and names D to the hander only where D's own rule
 * toward the hander grants `partner`.
 */
import type { Beleid, Vraag } from './beleid.js';
import { beslis } from './beslis.js';
import { beslisOverdracht, type OverdrachtBesluit } from './overdracht.js';

/** The outcome of `doorgezet`: the overdracht to D, and whether the hander learns D's name. */
export interface DoorzetBesluit extends OverdrachtBesluit {
  /** The hander hears D's name (D's rule toward it grants `partner`); otherwise only "doorgezet". */
  genoemd: boolean;
}

/**
 * May the recipient pass the hander's signal on to `vraag.ontvanger` (D)? `doelVanBron` is
 * the doel of the hander's own signal, under which D's rule toward the hander is read.
 */
export function beslisDoorzetten(
  beleid: Beleid,
  vraag: Vraag,
  doelVanBron: string = vraag.doel,
): DoorzetBesluit {
  const besluit = beslisOverdracht(beleid, vraag);
  if (!besluit.toegestaan) return { ...besluit, genoemd: false };
  const terug = beslis(beleid, {
    bron: vraag.ontvanger,
    ontvanger: vraag.bron,
    doel: doelVanBron,
    signaal: vraag.signaal,
  });
  return { ...besluit, genoemd: terug.toegestaan && terug.gegevens.includes('partner') };
}

/** The outcome of `aangenomen`: the recipient's own signal, on which grondslagen. */
export interface AanneemBesluit {
  toegestaan: boolean;
  /** The recipient's `ontvangen` grondslagen for the doel. */
  grondslagen: string[];
  /** Months the recipient keeps its own signal, counted from acceptance. */
  bewaartermijn: number | undefined;
  reden: string;
}

/** May `vraag.ontvanger` take the signal on as its own, for `vraag.doel`? */
export function beslisAannemen(beleid: Beleid, vraag: Vraag): AanneemBesluit {
  const { ontvanger, doel, signaal } = vraag;
  const ontvangst = beleid.ontvangen.get(ontvanger)?.get(doel);
  const maanden = beleid.bewaartermijnMaanden(ontvanger, signaal.sterkte);
  if (ontvangst === undefined)
    return {
      toegestaan: false,
      grondslagen: [],
      bewaartermijn: maanden,
      reden: `Geweigerd: ${ontvanger} mag volgens het beleid niet ontvangen voor doel '${doel}', dus kan het signaal niet aannemen.`,
    };
  if (maanden === undefined)
    return {
      toegestaan: false,
      grondslagen: [],
      bewaartermijn: undefined,
      reden: `Geweigerd: het beleid noemt voor ${ontvanger} geen bewaartermijn voor ${signaal.sterkte}e signalen, dus kan ${ontvanger} het niet als eigen signaal houden.`,
    };
  return {
    toegestaan: true,
    grondslagen: [...ontvangst].sort(),
    bewaartermijn: maanden,
    reden: `Toegestaan: ${ontvanger} mag ontvangen voor doel '${doel}' en houdt het signaal ${maanden} maanden, gerekend vanaf het aannemen.`,
  };
}
