/**
 * Bit-level writer and reader for the share-link codec. The reader never throws: reading past the end sets
 * `overrun` and returns 0, so a decoder can check once at the end and report a typed error.
 */

export class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  /** Writes the `width` low bits of `value`, most significant first. width ≤ 31. */
  bits(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }

  bit(b: number): void {
    this.current = (this.current << 1) | (b & 1);
    this.used++;
    if (this.used === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }

  bool(b: boolean): void {
    this.bit(b ? 1 : 0);
  }

  /** Unsigned integer in 7-bit groups, each preceded by a continuation bit (small values are 8 bits). */
  varuint(value: bigint | number): void {
    let v = BigInt(value);
    if (v < 0n) throw new RangeError('varuint: negative');
    do {
      const group = Number(v & 0x7fn);
      v >>= 7n;
      this.bit(v > 0n ? 1 : 0);
      this.bits(group, 7);
    } while (v > 0n);
  }

  /** Signed integer, zigzag-mapped onto varuint. */
  varint(value: number): void {
    this.varuint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  byte(b: number): void {
    this.bits(b, 8);
  }

  /** Pads with zero bits to a whole byte and returns the bytes. */
  finish(): Uint8Array {
    const out = [...this.bytes];
    if (this.used > 0) out.push(this.current << (8 - this.used));
    return Uint8Array.from(out);
  }
}

export class BitReader {
  private pos = 0;
  /** Set when a read went past the end of the data. */
  overrun = false;

  constructor(private readonly data: Uint8Array) {}

  get remainingBits(): number {
    return this.data.length * 8 - this.pos;
  }

  bit(): number {
    if (this.pos >= this.data.length * 8) {
      this.overrun = true;
      return 0;
    }
    const byte = this.data[this.pos >> 3] ?? 0;
    const b = (byte >> (7 - (this.pos & 7))) & 1;
    this.pos++;
    return b;
  }

  bits(width: number): number {
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bit();
    return v;
  }

  bool(): boolean {
    return this.bit() === 1;
  }

  /** At most `maxGroups` groups (guards against a crafted endless continuation). Returns null when longer. */
  varuint(maxGroups = 10): bigint | null {
    let v = 0n;
    let shift = 0n;
    for (let i = 0; i < maxGroups; i++) {
      const more = this.bit();
      v |= BigInt(this.bits(7)) << shift;
      shift += 7n;
      if (!more || this.overrun) return v;
    }
    return null;
  }

  varint(maxGroups = 10): number | null {
    const u = this.varuint(maxGroups);
    if (u === null || u > BigInt(Number.MAX_SAFE_INTEGER)) return null;
    const n = Number(u);
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  byte(): number {
    return this.bits(8);
  }

  /** True when every bit left is padding: fewer than 8 bits and all zero. */
  /** Without consuming anything: is there a 1 bit, or a whole byte, left to read? */
  hasMoreData(): boolean {
    const left = this.remainingBits;
    if (left >= 8) return true;
    for (let i = 0; i < left; i++) {
      const p = this.pos + i;
      if ((((this.data[p >> 3] ?? 0) >> (7 - (p & 7))) & 1) === 1) return true;
    }
    return false;
  }

  onlyPaddingLeft(): boolean {
    const left = this.remainingBits;
    if (left >= 8) return false;
    for (let i = 0; i < left; i++) if (this.bit() !== 0) return false;
    return true;
  }
}
