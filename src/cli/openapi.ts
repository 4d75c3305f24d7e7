/**
 * @module
 * `ketenpoort openapi`: print the OpenAPI document (CI lints it with the NL API Design Rules).
 */
import { routes } from '../api/app.js';
import { openapiDocument } from '../api/openapi.js';

export async function openapi(): Promise<number> {
  console.log(JSON.stringify(openapiDocument(routes()), null, 2));
  return 0;
}
