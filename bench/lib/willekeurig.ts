/**
 * @module
 * A seeded random generator (sfc32, seeded through splitmix32), so every run of the
 * benchmark uses exactly the same data.
 */

/** A deterministic stream of numbers in [0, 1) and helpers on top of it. */
export class Willekeurig {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(zaad: number) {
    let s = zaad >>> 0;
    const splitmix = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = splitmix();
    this.#b = splitmix();
    this.#c = splitmix();
    this.#d = splitmix();
  }

  /** An unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t;
  }

  /** A number in [0, 1). */
  getal(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [0, n). */
  tot(n: number): number {
    return Math.floor(this.getal() * n);
  }

  /** One element of `lijst`. */
  kies<T>(lijst: readonly T[]): T {
    const x = lijst[this.tot(lijst.length)];
    if (x === undefined) throw new Error('kies uit een lege lijst');
    return x;
  }

  /** Shuffles `lijst` in place (Fisher-Yates) and returns it. */
  schud<T>(lijst: T[]): T[] {
    for (let i = lijst.length - 1; i > 0; i--) {
      const j = this.tot(i + 1);
      [lijst[i], lijst[j]] = [lijst[j]!, lijst[i]!];
    }
    return lijst;
  }

  /** True with probability `p`. */
  kans(p: number): boolean {
    return this.getal() < p;
  }

  /** `n` random bytes. */
  bytes(n: number): Uint8Array {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const x = this.u32();
      for (let j = 0; j < 4 && i + j < n; j++) b[i + j] = (x >>> (8 * j)) & 0xff;
    }
    return b;
  }

  /** A version 4 UUID (the form the API's signal ids have). */
  uuid(): string {
    const b = this.bytes(16);
    b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
    b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
    const h = Buffer.from(b).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}
