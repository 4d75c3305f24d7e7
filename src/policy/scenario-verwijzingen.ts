/**
 * @module
 * Checks the names in one scenario against the policy set, so a misspelt partner, doel,
 * rule or grondslag is an error at its line with a suggestion, not a mysterious failure.
 */
import type { Beleid } from './beleid.js';
import type { BeleidMelding } from './beleid-fout.js';
import { VELDEN } from './categorieen.js';
import { OVERDRACHT_GEGEVENS } from './overdracht-woorden.js';
import type { GeparsdBestand } from './posities.js';
import type { Scenario } from './scenario-schema.js';
import { bedoeltU } from './suggestie.js';
import { STANDAARD_WEIGERING } from './tabel.js';
import { STATUS_REDENEN } from './uitleg-na-overlap.js';

/** What a scenario with besluit 'toegestaan' must state, per kind of question. */
function verplicht(s: Scenario): Array<'gegevens' | 'regels' | 'grondslagen'> {
  const soort = s.soort ?? 'verstrekking';
  if (soort === 'verstrekking' || soort === 'overdracht')
    return ['gegevens', 'regels', 'grondslagen'];
  if (soort === 'antwoord')
    return s.antwoord === 'doorgezet'
      ? ['gegevens', 'regels', 'grondslagen']
      : s.antwoord === 'aangenomen'
        ? ['grondslagen']
        : [];
  return ['regels', 'grondslagen'];
}
export function controleerScenario(
  beleid: Beleid,
  b: GeparsdBestand,
  i: number,
  s: Scenario,
): BeleidMelding[] {
  const uit: BeleidMelding[] = [];
  const fout = (pad: readonly PropertyKey[], melding: string) =>
    uit.push({ ...b.positie(['scenarios', i, ...pad]), melding });
  const bekend = (pad: PropertyKey[], wat: string, id: string, lijst: Iterable<string>) => {
    const alle = [...lijst];
    if (!alle.includes(id)) fout(pad, `${wat} '${id}'.${bedoeltU(id, alle)}`);
  };
  const partners = [...beleid.partners.keys()];
  bekend(['bron'], 'Onbekende partner', s.bron, partners);
  if (s.ontvanger !== undefined) bekend(['ontvanger'], 'Onbekende partner', s.ontvanger, partners);
  uit.push(...controleerKetenrol(beleid, b, i, s));
  bekend(['doel'], 'Onbekend doel', s.doel, beleid.doelen.keys());
  if (s.naar !== undefined) bekend(['naar'], 'Onbekende partner', s.naar, partners);
  if (s.signaal.doel !== undefined)
    bekend(['signaal', 'doel'], 'Onbekend doel', s.signaal.doel, beleid.doelen.keys());
  const regels = [
    ...beleid.regels.map((r) => r.id),
    ...(beleid.overdragen ?? []).map((r) => r.id),
    ...(beleid.stapelregels ?? []).map((r) => r.id),
    STANDAARD_WEIGERING,
  ];
  s.verwacht.regels?.forEach((r, j) => {
    bekend(['verwacht', 'regels', j], 'Onbekende regel', r, regels);
  });
  s.verwacht.grondslagen?.forEach((g, j) => {
    bekend(['verwacht', 'grondslagen', j], 'Onbekende grondslag', g, beleid.grondslagen.keys());
  });
  const v = s.verwacht;
  uit.push(...controleerSoort(b, i, s));
  if (v.besluit === 'toegestaan') {
    for (const sleutel of verplicht(s)) {
      if (v[sleutel] === undefined)
        fout(
          ['verwacht'],
          `Bij besluit 'toegestaan' hoort '${sleutel}:': noem precies wat het beleid moet opleveren.`,
        );
    }
    if (v.reden !== undefined)
      fout(['verwacht', 'reden'], "'reden' hoort alleen bij besluit 'geweigerd'; haal hem weg.");
  } else if (v.gegevens !== undefined && v.gegevens.length > 0) {
    fout(
      ['verwacht', 'gegevens'],
      `Bij besluit '${v.besluit}' krijgt de ontvanger niets: laat 'gegevens' weg.`,
    );
  }
  if (v.besluit === 'geen-overeenkomst' && s.via === undefined)
    fout(
      ['verwacht', 'besluit'],
      "Bij 'geen-overeenkomst' hoort 'via:' met de gedeelde pseudoniemen.",
    );
  return uit;
}

/** The fields that belong to one kind of question only, each missing or misplaced one at its line. */
function controleerSoort(b: GeparsdBestand, i: number, s: Scenario): BeleidMelding[] {
  const uit: BeleidMelding[] = [];
  const fout = (pad: readonly PropertyKey[], melding: string) =>
    uit.push({ ...b.positie(['scenarios', i, ...pad]), melding });
  const soort = s.soort ?? 'verstrekking';
  const v = s.verwacht;
  if (soort === 'status' && s.status === undefined)
    fout(['soort'], "Bij soort 'status' hoort 'status:', de status die de bron zet.");
  if (soort !== 'status' && s.status !== undefined)
    fout(
      ['status'],
      "'status' hoort alleen bij soort 'status'; haal hem weg of zet 'soort: status'.",
    );
  if (soort === 'antwoord' && s.antwoord === undefined)
    fout(
      ['soort'],
      "Bij soort 'antwoord' hoort 'antwoord:' (aangenomen, niet_voor_ons of doorgezet).",
    );
  if (soort !== 'antwoord' && s.antwoord !== undefined)
    fout(['antwoord'], "'antwoord' hoort alleen bij soort 'antwoord'.");
  if (s.antwoord === 'doorgezet' && s.naar === undefined)
    fout(
      ['antwoord'],
      "Bij antwoord 'doorgezet' hoort 'naar:', de partner waarnaar wordt doorgezet.",
    );
  if (s.antwoord !== 'doorgezet' && s.naar !== undefined)
    fout(['naar'], "'naar' hoort alleen bij antwoord 'doorgezet'.");
  if (s.antwoord !== 'doorgezet' && s.signaal.doel !== undefined)
    fout(['signaal', 'doel'], "'doel' in 'signaal' hoort alleen bij antwoord 'doorgezet'.");
  if (soort !== 'verstrekking' && s.via !== undefined)
    fout(['via'], "'via' hoort alleen bij een verstrekking.");
  if (soort !== 'verstrekking' && v.melden !== undefined)
    fout(['verwacht', 'melden'], "'melden' hoort alleen bij een verstrekking.");
  if (soort !== 'status' && s.antwoord !== 'doorgezet' && v.genoemd !== undefined)
    fout(
      ['verwacht', 'genoemd'],
      "'genoemd' hoort alleen bij soort 'status' en bij antwoord 'doorgezet'.",
    );
  const overdracht = soort === 'overdracht' || s.antwoord === 'doorgezet';
  const toegestaan: readonly string[] =
    soort === 'verstrekking' || soort === 'regie' || soort === 'stapel'
      ? VELDEN
      : soort === 'escalatie'
        ? ['partner']
        : overdracht
          ? OVERDRACHT_GEGEVENS
          : [];
  v.gegevens?.forEach((g, j) => {
    if (toegestaan.includes(g)) return;
    fout(
      ['verwacht', 'gegevens', j],
      toegestaan.length === 0
        ? `Bij soort '${soort}' krijgt de ontvanger geen gegevens: laat 'gegevens' weg.`
        : `'${g}' is geen gegeven van ${overdracht ? 'een overdracht' : 'een verstrekking'}. Kies uit: ${toegestaan.join(', ')}.`,
    );
  });
  const terugkoppeling = soort === 'status' || soort === 'terugkoppelingsvraag';
  if (
    v.reden !== undefined &&
    !terugkoppeling &&
    (STATUS_REDENEN as readonly string[]).includes(v.reden)
  )
    fout(
      ['verwacht', 'reden'],
      `Reden '${v.reden}' hoort alleen bij soort 'status' of 'terugkoppelingsvraag'.`,
    );
  return uit;
}

/** `ketenrol` instead of `ontvanger` (issue 16): only for an overdracht, and a role someone fills. */
function controleerKetenrol(
  beleid: Beleid,
  b: GeparsdBestand,
  i: number,
  s: Scenario,
): BeleidMelding[] {
  const plek = (pad: PropertyKey[]) => b.positie(['scenarios', i, ...pad]);
  if ((s.ontvanger === undefined) === (s.ketenrol === undefined))
    return [
      {
        ...plek(['bron']),
        melding:
          "Noem de ontvanger met 'ontvanger' of, bij een overdracht, met 'ketenrol': precies een van beide.",
      },
    ];
  if (s.ketenrol === undefined) return [];
  if ((s.soort ?? 'verstrekking') !== 'overdracht')
    return [{ ...plek(['ketenrol']), melding: "'ketenrol' hoort alleen bij soort 'overdracht'." }];
  const rollen = beleid.ketenrollen ?? new Map<string, string | null>();
  if (!rollen.has(s.ketenrol)) {
    const bekend = [...rollen.keys()];
    return [
      {
        ...plek(['ketenrol']),
        melding: `Onbekende ketenrol '${s.ketenrol}'.${bedoeltU(s.ketenrol, bekend)} ${bekend.length ? `Kies uit: ${bekend.join(', ')}.` : 'partners.yaml noemt geen ketenrollen.'}`,
      },
    ];
  }
  if (rollen.get(s.ketenrol) === null)
    return [
      {
        ...plek(['ketenrol']),
        melding: `Niemand vervult de ketenrol '${s.ketenrol}' in partners.yaml; vul de partner in, of noem de ontvanger met 'ontvanger'.`,
      },
    ];
  return [];
}
