/**
 * @module
 * Checks pseudoniemen.yaml against uitgesloten.yaml: a version 1 set names its ketensleutel,
 * a version 2 set pins at least one sleutelbewaarder key; every exclusion entry is of the
 * deployment's version and of a key it uses; and every such key has exclusion entries, or the
 * shelter address would silently stop being excluded after a version change or rotation.
 */
import type { PseudoniemInstelling, Uitgesloten } from './beleid.js';
import type { BeleidMelding } from './beleid-fout.js';
import type { GeparsdBestand } from './posities.js';
import type { PseudoniemenBestand } from './schema-pseudoniemen.js';

/** What a set without pseudoniemen.yaml means: version 2 with no key, so nothing is accepted. */
export const ZONDER_INSTELLING: PseudoniemInstelling = Object.freeze({
  versie: 'v2',
  sleutels: Object.freeze([]),
});

/** The deployment's pseudonym setting; problems go to `fouten`. */
export function leesPseudoniemen(
  c: { b: GeparsdBestand; w: PseudoniemenBestand } | undefined,
  uitgesloten: readonly Uitgesloten[],
  uitgeslotenBestand: GeparsdBestand | undefined,
  fouten: BeleidMelding[],
): PseudoniemInstelling {
  if (!c) return ZONDER_INSTELLING;
  const fout = (pad: readonly PropertyKey[], melding: string) =>
    fouten.push({ ...c.b.positie(pad), melding });
  const { versie, ketensleutel, sleutelbewaarder } = c.w;
  let sleutels: PseudoniemInstelling['sleutels'] = [];
  if (versie === 'v1') {
    if (!ketensleutel) fout(['versie'], 'Bij versie v1 hoort een ketensleutel: noem zijn id.');
    if (sleutelbewaarder)
      fout(['sleutelbewaarder'], 'Een sleutelbewaarder hoort bij versie v2, niet bij v1.');
    if (ketensleutel) sleutels = [Object.freeze({ id: ketensleutel })];
  } else {
    if (ketensleutel) fout(['ketensleutel'], 'Een ketensleutel hoort bij versie v1, niet bij v2.');
    if (!sleutelbewaarder) {
      fout(
        ['versie'],
        'Bij versie v2 hoort een sleutelbewaarder met minstens één publieke sleutel.',
      );
    } else {
      const ids = new Set<string>();
      sleutelbewaarder.sleutels.forEach((s, i) => {
        if (ids.has(s.id))
          fout(['sleutelbewaarder', 'sleutels', i, 'id'], `Sleutel ${s.id} staat er twee keer.`);
        ids.add(s.id);
      });
      sleutels = sleutelbewaarder.sleutels.map((s) =>
        Object.freeze({ id: s.id, publiek: s.publiek }),
      );
    }
  }
  const instelling: PseudoniemInstelling = Object.freeze({
    versie,
    sleutels: Object.freeze(sleutels),
  });
  controleerUitgesloten(instelling, uitgesloten, uitgeslotenBestand, c.b, fouten);
  return instelling;
}

function controleerUitgesloten(
  p: PseudoniemInstelling,
  uitgesloten: readonly Uitgesloten[],
  bestand: GeparsdBestand | undefined,
  pseudoniemenBestand: GeparsdBestand,
  fouten: BeleidMelding[],
): void {
  const ids = new Set(p.sleutels.map((s) => s.id));
  uitgesloten.forEach((u, i) => {
    if (!bestand) return;
    if (u.versie !== p.versie || !ids.has(u.sleutel)) {
      fouten.push({
        ...bestand.positie(['uitgesloten', i, 'sleutel']),
        melding: `Dit pseudoniem is van ${u.versie} met sleutel ${u.sleutel}, maar pseudoniemen.yaml gebruikt ${p.versie} met ${[...ids].join(' en ') || 'geen sleutel'}: het zou nooit overeenkomen. Bereken het opnieuw met 'ketenpoort uitgesloten'.`,
      });
    }
  });
  for (const s of p.sleutels) {
    if (uitgesloten.some((u) => u.sleutel === s.id && u.versie === p.versie)) continue;
    fouten.push({
      ...(bestand ?? pseudoniemenBestand).positie(bestand ? ['uitgesloten'] : ['versie']),
      ...(bestand ? {} : { bestand: 'uitgesloten.yaml' }),
      melding: `uitgesloten.yaml heeft geen pseudoniemen voor sleutel ${s.id}: dan zou bijvoorbeeld een opvangadres niet meer zijn uitgesloten en signalen van onbekenden koppelen. Bereken ze met 'ketenpoort uitgesloten'.`,
    });
  }
}
