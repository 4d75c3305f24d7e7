import { createHash, createPrivateKey, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  asCosigner,
  checkpointBody,
  cosign,
  openCheckpoint,
  parseCheckpoint,
  verifyCosignature,
} from './checkpoint.js';
import { leafHash, MerkleTree } from './merkle.js';
import {
  COSIGNATURE_V1,
  ED25519,
  NoteFout,
  noteVerifierKey,
  parseVerifierKey,
  signerFromSeed,
  signNote,
  verifyNote,
} from './note.js';

const origin = 'ketenpoort.example/logboek';
const seed = (n: number) => new Uint8Array(32).fill(n);

/** An Ed25519 signature by node:crypto, independent of Web Crypto. */
function nodeSign(zaad: Uint8Array, bericht: string): Buffer {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), zaad]);
  return sign(
    null,
    Buffer.from(bericht, 'utf8'),
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
  );
}

function boom(n: number): MerkleTree {
  const t = new MerkleTree();
  for (let i = 0; i < n; i++) t.append(leafHash(new TextEncoder().encode(`regel ${i}`)));
  return t;
}

async function foutcode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof NoteFout) return e.code;
    throw e;
  }
  return 'geen fout';
}

describe('checkpoint body (c2sp.org/tlog-checkpoint)', () => {
  it('is origin, decimal size and padded base64 root, each ending in a newline', () => {
    const root = new Uint8Array(32).fill(0xff);
    expect(checkpointBody({ origin, size: 20852163, root })).toBe(
      `${origin}\n20852163\n${Buffer.from(root).toString('base64')}\n`,
    );
    expect(checkpointBody({ origin, size: 0, root, extensions: ['x y'] })).toBe(
      `${origin}\n0\n${Buffer.from(root).toString('base64')}\nx y\n`,
    );
  });

  it('parses the example of the spec and round-trips', () => {
    const voorbeeld =
      'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
    const cp = parseCheckpoint(voorbeeld);
    expect(cp.origin).toBe('example.com/behind-the-sofa');
    expect(cp.size).toBe(20852163);
    expect(cp.extensions).toEqual([]);
    expect(checkpointBody(cp)).toBe(voorbeeld);
    const metExtensie = `${voorbeeld}extensie\n`;
    expect(checkpointBody(parseCheckpoint(metExtensie))).toBe(metExtensie);
  });

  it('refuses malformed bodies', () => {
    const root = 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=';
    const slecht = [
      `${origin}\n3\n${root}`,
      `\n3\n${root}\n`,
      `${origin}\n03\n${root}\n`,
      `${origin}\n-3\n${root}\n`,
      `${origin}\n+3\n${root}\n`,
      `${origin}\n1e3\n${root}\n`,
      `${origin}\n\n${root}\n`,
      `${origin}\n99999999999999999999\n${root}\n`,
      `${origin}\n3\n${root.slice(0, -1)}\n`,
      `${origin}\n3\n${Buffer.alloc(31).toString('base64')}\n`,
      `${origin}\n3\n${root}\n\n`,
      `${origin}\n3\n`,
    ];
    for (const b of slecht) expect(() => parseCheckpoint(b), JSON.stringify(b)).toThrow(NoteFout);
  });

  it('refuses to write what it could not read back', () => {
    const root = new Uint8Array(32);
    expect(() => checkpointBody({ origin: '', size: 1, root })).toThrow(NoteFout);
    expect(() => checkpointBody({ origin: 'a\nb', size: 1, root })).toThrow(NoteFout);
    expect(() => checkpointBody({ origin, size: -1, root })).toThrow(NoteFout);
    expect(() => checkpointBody({ origin, size: 1.5, root })).toThrow(NoteFout);
    expect(() => checkpointBody({ origin, size: 1, root: new Uint8Array(31) })).toThrow(NoteFout);
    expect(() => checkpointBody({ origin, size: 1, root, extensions: [''] })).toThrow(NoteFout);
  });
});

describe('signed checkpoints', () => {
  it('opens a checkpoint signed by the log, and only for its own origin', async () => {
    const log = await signerFromSeed(origin, seed(1));
    const logV = parseVerifierKey(noteVerifierKey(origin, log.publicKey));
    const t = boom(5);
    const note = await signNote(checkpointBody({ origin, size: t.size, root: t.root() }), [log]);
    const { checkpoint, signers } = await openCheckpoint(note, origin, [logV]);
    expect(checkpoint.size).toBe(5);
    expect(Buffer.from(checkpoint.root).equals(Buffer.from(t.root()))).toBe(true);
    expect(signers.map((s) => s.name)).toEqual([origin]);
    expect(await foutcode(openCheckpoint(note, 'ander.example/log', [logV]))).toBe(
      'checkpoint-misvormd',
    );
  });

  it('refuses a note signed by the log that is not a checkpoint', async () => {
    const log = await signerFromSeed(origin, seed(1));
    const logV = parseVerifierKey(noteVerifierKey(origin, log.publicKey));
    const note = await signNote(`${origin}\nveel\n`, [log]);
    expect(await foutcode(openCheckpoint(note, origin, [logV]))).toBe('checkpoint-misvormd');
  });
});

describe('cosignature/v1 (c2sp.org/tlog-cosignature)', () => {
  const body = checkpointBody({ origin, size: 5, root: boom(5).root() });
  const tijd = 1_767_225_600;
  const getuige = 'getuige.example/w1';

  it('has the exact byte layout of the spec, checked with node:crypto', async () => {
    const w = await signerFromSeed(getuige, seed(4));
    const id = createHash('sha256')
      .update(`${getuige}\n`)
      .update(Uint8Array.of(0x04))
      .update(w.publicKey)
      .digest()
      .subarray(0, 4);
    const stempel = Buffer.alloc(8);
    stempel.writeBigUInt64BE(BigInt(tijd));
    const handtekening = nodeSign(seed(4), `cosignature/v1\ntime ${tijd}\n${body}`);
    const verwacht = `— ${getuige} ${Buffer.concat([id, stempel, handtekening]).toString('base64')}\n`;
    expect(await cosign(body, w, tijd)).toBe(verwacht);
  });

  it('verifies, and returns the cosigned time', async () => {
    const w = await signerFromSeed(getuige, seed(4));
    const wV = parseVerifierKey(noteVerifierKey(getuige, w.publicKey, COSIGNATURE_V1));
    const regel = await cosign(body, w, tijd);
    expect(await verifyCosignature(body, regel, wV)).toBe(tijd);
    expect(await verifyCosignature(body, regel.trimEnd(), wV)).toBe(tijd);
    expect(await verifyCosignature(body, await cosign(body, w, 0), wV)).toBe(0);
  });

  it('fails on a changed body, time or key, and on garbage, without throwing', async () => {
    const w = await signerFromSeed(getuige, seed(4));
    const wV = parseVerifierKey(noteVerifierKey(getuige, w.publicKey, COSIGNATURE_V1));
    const regel = await cosign(body, w, tijd);
    const ander = checkpointBody({ origin, size: 6, root: boom(6).root() });
    expect(await verifyCosignature(ander, regel, wV)).toBeNull();
    const bytes = Buffer.from(regel.trimEnd().split(' ')[2]!, 'base64');
    bytes[11]! ^= 1; // the last byte of the timestamp
    const andereTijd = `— ${getuige} ${bytes.toString('base64')}\n`;
    expect(await verifyCosignature(body, andereTijd, wV)).toBeNull();
    const alsGewoon = parseVerifierKey(noteVerifierKey(getuige, w.publicKey, ED25519));
    expect(await verifyCosignature(body, regel, alsGewoon)).toBeNull();
    const vreemd = await signerFromSeed(getuige, seed(5));
    const vreemdV = parseVerifierKey(noteVerifierKey(getuige, vreemd.publicKey, COSIGNATURE_V1));
    expect(await verifyCosignature(body, regel, vreemdV)).toBeNull();
    for (const rommel of ['', 'x', '— a b', `${regel}${regel}`, regel.replace('—', '-')]) {
      expect(await verifyCosignature(body, rommel, wV)).toBeNull();
    }
    expect(await verifyCosignature('geen checkpoint\n', regel, wV)).toBeNull();
  });

  it('sits beside the log signature in one note; each key verifies only its own line', async () => {
    const log = await signerFromSeed(origin, seed(1));
    const w = await signerFromSeed(getuige, seed(4));
    const logV = parseVerifierKey(noteVerifierKey(origin, log.publicKey));
    const wV = parseVerifierKey(noteVerifierKey(getuige, w.publicKey, COSIGNATURE_V1));
    const note = (await signNote(body, [log])) + (await cosign(body, w, tijd));
    const { signers } = await verifyNote(note, [logV, wV]);
    expect(signers).toEqual([
      { name: origin, type: ED25519, keyId: logV.keyId, time: null },
      { name: getuige, type: COSIGNATURE_V1, keyId: wV.keyId, time: tijd },
    ]);
    const { checkpoint } = await openCheckpoint(note, origin, [logV]);
    expect(checkpoint.size).toBe(5);
  });

  it('accepts a witness key published as a plain Ed25519 vkey, once converted', async () => {
    const w = await signerFromSeed(getuige, seed(4));
    const gewoon = parseVerifierKey(noteVerifierKey(getuige, w.publicKey));
    const als04 = parseVerifierKey(noteVerifierKey(getuige, w.publicKey, COSIGNATURE_V1));
    expect(asCosigner(gewoon)).toEqual(als04);
    expect(await verifyCosignature(body, await cosign(body, w, tijd), asCosigner(gewoon))).toBe(
      tijd,
    );
  });

  it('refuses to cosign what is not a checkpoint, or at an invalid time', async () => {
    const w = await signerFromSeed(getuige, seed(4));
    expect(await foutcode(cosign('geen checkpoint\n', w, tijd))).toBe('checkpoint-misvormd');
    await expect(cosign(body, w, -1)).rejects.toThrow(RangeError);
    await expect(cosign(body, w, 1.5)).rejects.toThrow(RangeError);
  });

  it('reads published witness vkeys of type 0x04 and 0x01 (transparency-dev/formats tests)', () => {
    const remora = parseVerifierKey(
      'remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2',
    );
    expect(remora).toMatchObject({ type: COSIGNATURE_V1, keyId: 0xda77ade7 });
    const test = parseVerifierKey('TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6');
    expect(test).toMatchObject({ name: 'TEST', type: ED25519, keyId: 0x7997405c });
    expect(() => parseVerifierKey('rekor.sigstore.dev+12345678+AwEB')).toThrow(NoteFout);
  });
});
