/**
 * @module
 * `ketenpoort serve`: start the gateway, as `npm start` does.
 */
import type { Opdracht } from './opdracht.js';

export const serve: Opdracht = {
  naam: 'serve',
  gebruik: [''],
  uitleg: 'Start de gateway (zoals npm start); de instellingen komen uit de omgeving.',
  voerUit: async () => {
    await import('../node.js');
    return 0;
  },
};
