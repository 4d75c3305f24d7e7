/**
 * @module
 * The browser module's entry: what a partner page needs to pseudonymise on the employee's
 * device (normalise, blind, verify against the pinned key, finalise), the same code as the
 * TypeScript package, bundled into one self-contained file by src/node/browser-module.ts.
 * Nothing secret is in it: the key stays at the sleutelbewaarder.
 */
export { base64url, vanBase64url } from '../encoding/base64url.js';
export { normaliseer } from '../identity/normaliseer.js';
export { blindeer, blindeerInvoer, invoerV2, SleutelbewaarderFout, voltooi } from './v2.js';
