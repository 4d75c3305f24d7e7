/**
 * @module
 * The parts every kind of policy rule shares: its head (id, titel, uitleg), its recipients
 * (`aan`), its conditions on the signal (`wanneer`) and its grondslagen.
 */
import { z } from 'zod';
import { idVeld, lijst, signaalVoorwaarden, tekst } from './schema-bouwstenen.js';

export const wanneer = z
  .strictObject({
    uitbuitingsvormen: signaalVoorwaarden.uitbuitingsvormen.optional(),
    sterkte: signaalVoorwaarden.sterkte.optional(),
    rol: signaalVoorwaarden.rol.optional(),
  })
  .meta({
    title: 'Wanneer',
    description: 'Voorwaarden aan het signaal; wat ontbreekt geldt altijd.',
  });

export const aan = lijst(
  z
    .string()
    .min(1)
    .meta({ title: 'Ontvanger', description: "Partner-id, 'soort:<soort>' of '*'." }),
  'Aan',
  "Ontvangers: partner-ids, een groep als 'soort:gemeente', of '*' (alleen bij verboden).",
);

export const grondslagIds = (description: string) =>
  lijst(idVeld('Grondslag', 'Id uit grondslagen.yaml.'), 'Grondslagen', description);

export const regelKop = {
  id: idVeld('Regel-id', 'Uniek in het hele beleid; het logboek noemt het bij elke verstrekking.'),
  titel: tekst('Titel', 'Korte titel van de regel.'),
  uitleg: tekst('Uitleg', 'In gewone taal: waarom dit mag of niet mag.'),
};
