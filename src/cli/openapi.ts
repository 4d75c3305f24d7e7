/**
 * @module
 * `ketenpoort openapi`: print the OpenAPI document (CI lints it with the NL API Design Rules).
 */
import { routes } from '../api/app.js';
import { openapiDocument } from '../api/openapi.js';
import type { Opdracht } from './opdracht.js';

export const openapi: Opdracht = {
  naam: 'openapi',
  gebruik: [''],
  uitleg: 'Drukt het OpenAPI-document af.',
  voerUit: async () => {
    console.log(JSON.stringify(openapiDocument(routes()), null, 2));
    return 0;
  },
};
