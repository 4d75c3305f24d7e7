import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  COSIGNATURE_V1,
  ED25519,
  fromBase64,
  keyId,
  NoteFout,
  type NoteVerifier,
  noteVerifierKey,
  parseSignerKey,
  parseVerifierKey,
  signerFromSeed,
  signNote,
  verifyNote,
} from './note.js';

// Known answers from the Go sumdb note package (golang.org/x/mod/sumdb/note, note_test.go).
const peterSkey = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const peterVkey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const enochVkey = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const tekst =
  'If you think cryptography is the answer to your problem,\n' +
  "then you don't know what your problem is.\n";
const peterSig =
  '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const enochSig =
  '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

const peter = parseVerifierKey(peterVkey);
const enoch = parseVerifierKey(enochVkey);

/** Resolves to the NoteFout code a promise rejects with. */
async function foutcode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof NoteFout) return e.code;
    throw e;
  }
  return 'geen fout';
}

const seed = (n: number) => new Uint8Array(32).fill(n);

describe('known answers of the Go note package', () => {
  it('signs exactly as Go does (Ed25519 is deterministic)', async () => {
    const signer = await parseSignerKey(peterSkey);
    expect(await signNote(tekst, [signer])).toBe(`${tekst}\n${peterSig}`);
    expect(noteVerifierKey('PeterNeumann', signer.publicKey)).toBe(peterVkey);
  });

  it('opens the published note, with one or both keys trusted', async () => {
    const note = `${tekst}\n${peterSig}${enochSig}`;
    const alleenPeter = await verifyNote(note, [peter]);
    expect(alleenPeter.body).toBe(tekst);
    expect(alleenPeter.signers).toEqual([
      { name: 'PeterNeumann', type: ED25519, keyId: 0xc74f20a3, time: null },
    ]);
    const beide = await verifyNote(note, [enoch, peter]);
    expect(beide.signers.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot']);
  });

  it('rejects a note with no trusted signature, and an invalid one of a trusted key', async () => {
    expect(await foutcode(verifyNote(`${tekst}\n${peterSig}${enochSig}`, []))).toBe(
      'niet-ondertekend',
    );
    const kapot = `${tekst}\n${peterSig.slice(0, 60)}ABCD${peterSig.slice(60)}`;
    expect(await foutcode(verifyNote(kapot, [peter]))).toBe('handtekening-ongeldig');
  });

  it('ignores duplicates and invalid signatures of unknown keys', async () => {
    const enochKapot = `${enochSig.slice(0, 60)}ABCD${enochSig.slice(60)}`;
    const note = `${tekst}\n${peterSig}${peterSig}${enochSig}${enochSig}${enochKapot}`;
    expect((await verifyNote(note, [peter])).signers).toHaveLength(1);
  });

  it('rejects the malformed notes of the Go tests', async () => {
    const slecht = [
      tekst,
      `${tekst}\n`,
      `${tekst}\n${peterSig.slice(0, -1)}`,
      `\x01${tekst}\n${peterSig}`,
      `\ud800${tekst}\n${peterSig}`,
      `${tekst}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=`,
      `${tekst}\n${peterSig}Unexpected line.\n`,
      `${tekst}\n${peterSig.repeat(101)}`,
      `${tekst}\n— PeterNeumann x08go/ZJk=\n`,
      `${tekst}\n- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`,
    ];
    for (const note of slecht)
      expect(await foutcode(verifyNote(note, [peter]))).toBe('note-misvormd');
    expect((await verifyNote(`${tekst}\n${peterSig.repeat(16)}`, [peter])).signers).toHaveLength(1);
  });

  it('rejects a duplicated trusted key, as Go does', async () => {
    expect(await foutcode(verifyNote(`${tekst}\n${peterSig}`, [peter, peter]))).toBe(
      'sleutel-dubbel',
    );
  });
});

describe('verifier keys (vkeys)', () => {
  it('parses the Go key and refuses every mangling of it', () => {
    expect(peter).toMatchObject({ name: 'PeterNeumann', type: ED25519, keyId: 0xc74f20a3 });
    const slecht: string[] = [
      'PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==',
      'PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
    ];
    for (let i = 0; i <= peterVkey.length; i++) {
      for (let j = i + 1; j <= peterVkey.length; j++) {
        if (i !== 0 || j !== peterVkey.length) slecht.push(peterVkey.slice(i, j));
      }
    }
    for (let i = 0; i < peterVkey.length; i++) {
      const c = String.fromCharCode(peterVkey.charCodeAt(i) + 1);
      slecht.push(peterVkey.slice(0, i) + c + peterVkey.slice(i + 1));
    }
    for (const k of slecht) expect(() => parseVerifierKey(k), k).toThrow(NoteFout);
  });

  it('refuses every mangling of the Go signer key', async () => {
    for (let i = 0; i < peterSkey.length; i++) {
      const c = String.fromCharCode(peterSkey.charCodeAt(i) + 1);
      const k = peterSkey.slice(0, i) + c + peterSkey.slice(i + 1);
      expect(await foutcode(parseSignerKey(k)), k).toBe('sleutel-misvormd');
    }
    for (let i = 0; i <= peterSkey.length; i++) {
      for (let j = i + 1; j <= peterSkey.length; j++) {
        if (i === 0 && j === peterSkey.length) continue;
        const k = peterSkey.slice(i, j);
        expect(await foutcode(parseSignerKey(k)), k).toBe('sleutel-misvormd');
      }
    }
  });

  it('computes key ids as SHA-256(name || 0x0A || type || key)[:4], checked with node:crypto', async () => {
    const s = await signerFromSeed('ketenpoort.example/logboek', seed(7));
    for (const type of [ED25519, COSIGNATURE_V1] as const) {
      const verwacht = createHash('sha256')
        .update('ketenpoort.example/logboek\n')
        .update(Uint8Array.of(type))
        .update(s.publicKey)
        .digest()
        .subarray(0, 4);
      expect(Buffer.from(keyId(s.name, type, s.publicKey)).equals(verwacht)).toBe(true);
      const vkey = noteVerifierKey(s.name, s.publicKey, type);
      expect(vkey).toBe(
        `ketenpoort.example/logboek+${verwacht.toString('hex')}+${Buffer.concat([Uint8Array.of(type), s.publicKey]).toString('base64')}`,
      );
      expect(parseVerifierKey(vkey)).toEqual({
        name: s.name,
        type,
        keyId: verwacht.readUInt32BE(0),
        publicKey: s.publicKey,
      });
    }
  });

  it('parses vkeys whose base64 holds plus signs', async () => {
    let n = 0;
    let vkey = '';
    while (!vkey.split('+').slice(2).join('+').includes('+')) {
      const s = await signerFromSeed('a.example/log', seed(n++));
      vkey = noteVerifierKey(s.name, s.publicKey);
    }
    expect(noteVerifierKey('a.example/log', parseVerifierKey(vkey).publicKey)).toBe(vkey);
  });

  it('refuses names with spaces or plus signs and keys of the wrong length', () => {
    const pub = new Uint8Array(32);
    for (const naam of ['', 'a b', 'a+b', 'a\u00a0b', 'a\nb']) {
      expect(() => noteVerifierKey(naam, pub)).toThrow(NoteFout);
    }
    expect(() => noteVerifierKey('a', new Uint8Array(31))).toThrow(NoteFout);
  });
});

describe('signing and verifying', () => {
  const body = 'ketenpoort.example/logboek\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';

  it('round-trips, with several signers', async () => {
    const a = await signerFromSeed('a.example/log', seed(1));
    const b = await signerFromSeed('b.example/log', seed(2));
    const note = await signNote(body, [a, b]);
    expect(note.startsWith(`${body}\n— a.example/log `)).toBe(true);
    const va = parseVerifierKey(noteVerifierKey(a.name, a.publicKey));
    const vb = parseVerifierKey(noteVerifierKey(b.name, b.publicKey));
    const open = await verifyNote(note, [va, vb]);
    expect(open.body).toBe(body);
    expect(open.signers.map((s) => s.name)).toEqual([a.name, b.name]);
  });

  it('fails on a tampered body', async () => {
    const a = await signerFromSeed('a.example/log', seed(1));
    const note = await signNote(body, [a]);
    const va = parseVerifierKey(noteVerifierKey(a.name, a.publicKey));
    const vervalst = note.replace('\n3\n', '\n4\n');
    expect(await foutcode(verifyNote(vervalst, [va]))).toBe('handtekening-ongeldig');
  });

  it('ignores signatures of unknown keys, also when name or key id is shared', async () => {
    const a = await signerFromSeed('a.example/log', seed(1));
    const vreemd = await signerFromSeed('a.example/log', seed(9));
    const note = await signNote(body, [vreemd, a]);
    const va = parseVerifierKey(noteVerifierKey(a.name, a.publicKey));
    expect((await verifyNote(note, [va])).signers.map((s) => s.keyId)).toEqual([va.keyId]);
    const andereNaam = note.replaceAll('— a.example/log ', '— b.example/log ');
    expect(await foutcode(verifyNote(andereNaam, [va]))).toBe('niet-ondertekend');
  });

  it('fails with the wrong key, also one forged to carry the right name and key id', async () => {
    const a = await signerFromSeed('a.example/log', seed(1));
    const b = await signerFromSeed('a.example/log', seed(2));
    const note = await signNote(body, [a]);
    const vb = parseVerifierKey(noteVerifierKey(b.name, b.publicKey));
    expect(await foutcode(verifyNote(note, [vb]))).toBe('niet-ondertekend');
    const va = parseVerifierKey(noteVerifierKey(a.name, a.publicKey));
    const vervalst: NoteVerifier = { ...va, publicKey: b.publicKey };
    expect(await foutcode(verifyNote(note, [vervalst]))).toBe('handtekening-ongeldig');
  });

  it('does not accept a plain signature as a cosignature or the reverse', async () => {
    const a = await signerFromSeed('a.example/log', seed(1));
    const note = await signNote(body, [a]);
    const alsCosigner: NoteVerifier = {
      ...parseVerifierKey(noteVerifierKey(a.name, a.publicKey, COSIGNATURE_V1)),
    };
    expect(await foutcode(verifyNote(note, [alsCosigner]))).toBe('niet-ondertekend');
  });

  it('refuses bodies that are not newline-terminated text, and an empty signer list', async () => {
    const a = await signerFromSeed('a.example/log', seed(1));
    for (const slecht of ['geen newline', '\n', 'tab\there\n']) {
      expect(await foutcode(signNote(slecht, [a]))).toBe('note-misvormd');
    }
    expect(await foutcode(signNote(body, []))).toBe('niet-ondertekend');
  });
});

describe('strict base64', () => {
  it('accepts only padded, canonical standard base64', () => {
    expect(fromBase64('AAEC')).toEqual(Uint8Array.of(0, 1, 2));
    expect(fromBase64('')).toEqual(new Uint8Array(0));
    for (const slecht of ['AAE', 'AA==AA==', 'QR==', 'AA-_', ' AAEC', 'AAEC\n']) {
      expect(fromBase64(slecht), slecht).toBeNull();
    }
  });
});
