/**
 * @module
 * The `ketenpoort` command's table: every command and subcommand, with its help. Dutch help
 * text; no command ever prints an identifier it was given.
 */
import { beheer } from './beheer.js';
import { beleid } from './beleid.js';
import { bewaartermijn } from './bewaartermijn.js';
import { getuige } from './getuige.js';
import { inzage } from './inzage.js';
import { logboek } from './logboek.js';
import type { Opdracht } from './opdracht.js';
import { openapi } from './openapi.js';
import { pseudoniem } from './pseudoniem.js';
import { serve } from './serve.js';
import { sleutelbewaarder } from './sleutelbewaarder.js';
import { token } from './token.js';

export const ketenpoort: Opdracht = {
  naam: '',
  gebruik: ['<opdracht> [opties]'],
  uitleg: '',
  opdrachten: [
    pseudoniem,
    token,
    beleid,
    logboek,
    inzage,
    bewaartermijn,
    getuige,
    beheer,
    openapi,
    serve,
    sleutelbewaarder,
  ],
  noot: `Invoer in de opdrachtregel komt in uw shellgeschiedenis: geef identificerende
gegevens daarom via standaardinvoer of een bestand, nooit als argument.`,
};
