/**
 * @module
 * The logboek: canonical entries, the RFC 9162 Merkle tree and its proofs, C2SP signed
 * checkpoints and witness cosignatures. Web-standard only.
 *
 * @example
 * import { leafHash, verifyInclusion } from './logboek/index.js';
 * verifyInclusion(index, size, leafHash(entryBytes(entry)), proof, root); // true
 */
export * from './checkpoint.js';
export * from './checkpointer.js';
export * from './entry.js';
export * from './export-bron.js';
export * from './getuige.js';
export { type Hasher, webHasher } from './hash.js';
export {
  consistencyProof,
  HASH_LENGTH,
  inclusionProof,
  leafHash,
  MerkleTree,
  nodeHash,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';
export * from './merkle-nodes.js';
export * from './merkle-ranges.js';
export * from './note.js';
export * from './sleutels.js';
export * from './verifieer.js';
