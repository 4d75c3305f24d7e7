/**
 * @module
 * The RFC 9162 hashes with node:crypto for the leaves (entries are a few hundred bytes),
 * for verifying large logboeken in the CLI, and for the parts of every new leaf in the Node
 * store. Same results as the web default.
 */
import { createHash } from 'node:crypto';
import { type Hasher, webHasher } from '../logboek/hash.js';

const NUL = Uint8Array.of(0);

export const nodeHasher: Hasher = {
  leaf: (leaf) => new Uint8Array(createHash('sha256').update(NUL).update(leaf).digest()),
  node: webHasher.node,
  // Salt and text straight into the hash, no joined copy: a registration hashes one part per partner.
  deel: (zout, tekst) =>
    createHash('sha256').update(zout).update(tekst, 'utf8').digest('base64url'),
};
