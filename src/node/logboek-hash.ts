/**
 * @module
 * The RFC 9162 hashes with node:crypto for the leaves (entries are a few hundred bytes),
 * for verifying large logboeken in the CLI, and for the parts of every new leaf in the Node
 * store. Same results as the web default.
 */
import { hash } from 'node:crypto';
import { type Hasher, webHasher } from '../logboek/hash.js';

const NUL = Uint8Array.of(0);

export const nodeHasher: Hasher = {
  // crypto.hash, one call per digest: a Hash object (createHash) costs more to make than to fill
  // with a few hundred bytes, and a registration hashes one part per partner.
  leaf: (leaf) => new Uint8Array(hash('sha256', Buffer.concat([NUL, leaf]), 'buffer')),
  node: webHasher.node,
  deel: (zout, tekst) =>
    hash('sha256', Buffer.concat([zout, Buffer.from(tekst, 'utf8')]), 'base64url'),
};
