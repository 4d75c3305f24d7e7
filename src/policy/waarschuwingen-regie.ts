/**
 * @module
 * Warnings about regie and stapelregels (issue 17): a default regisseur that may not receive
 * for its doel (it never holds a signal there, so it is always skipped), and a stapelregel
 * that can never fire (nobody fills its recipient's role, or the recipient may not receive for
 * the rule's doel, so no source's rule can let it know of a signal).
 */
import type { BeleidMelding } from './beleid-fout.js';
import type { Model } from './model.js';

/** Every warning about `regisseurs` in partners.yaml and about stapelregels.yaml. */
export function regieWaarschuwingen(model: Model, uit: BeleidMelding[]): void {
  for (const [doel, partner] of model.regisseurs) {
    if (partner === null || model.ontvangen.get(partner)?.has(doel)) continue;
    uit.push({
      ...model.catalogi.partners.positie(['regisseurs', doel]),
      melding: `De regisseur '${partner}' voor doel '${doel}' mag voor dat doel niet ontvangen: hij heeft er nooit een signaal en wordt dus altijd overgeslagen. Geef hem 'ontvangen' voor '${doel}' in zijn regelbestand, of noem een andere regisseur.`,
    });
  }
  for (const r of model.stapelregels ?? []) {
    if (r.ontvanger === null) {
      uit.push({
        ...r.positie,
        melding: `Stapelregel '${r.id}' gaat nooit af: niemand vervult de ketenrol '${r.aan}'. Vul de rol in partners.yaml in.`,
      });
    } else if (!model.ontvangen.get(r.ontvanger)?.has(r.doel)) {
      uit.push({
        ...r.positie,
        melding: `Stapelregel '${r.id}' gaat nooit af: '${r.ontvanger}' mag voor doel '${r.doel}' niet ontvangen, dus geen regel van een bron laat het een signaal weten. Kies een doel waarvoor de ontvanger mag ontvangen.`,
      });
    }
  }
}
