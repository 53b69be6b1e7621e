/**
 * WTF-8: UTF-8 that also encodes lone UTF-16 surrogates (as their 3-byte form) so every JavaScript string
 * round-trips exactly. For well-formed strings the bytes are identical to UTF-8.
 */

export function encodeWtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Returns null on malformed input (so a tampered link is reported, never decoded into garbage). */
export function decodeWtf8(bytes: Uint8Array): string | null {
  let out = '';
  let i = 0;
  const cont = (k: number): number => {
    const b = bytes[i + k];
    return b !== undefined && (b & 0xc0) === 0x80 ? b & 63 : -1;
  };
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let cp: number;
    let len: number;
    if (b < 0x80) {
      cp = b;
      len = 1;
    } else if (b >= 0xc2 && b < 0xe0) {
      const c1 = cont(1);
      if (c1 < 0) return null;
      cp = ((b & 31) << 6) | c1;
      len = 2;
    } else if (b >= 0xe0 && b < 0xf0) {
      const c1 = cont(1);
      const c2 = cont(2);
      if (c1 < 0 || c2 < 0) return null;
      cp = ((b & 15) << 12) | (c1 << 6) | c2;
      if (cp < 0x800) return null;
      len = 3;
    } else if (b >= 0xf0 && b < 0xf5) {
      const c1 = cont(1);
      const c2 = cont(2);
      const c3 = cont(3);
      if (c1 < 0 || c2 < 0 || c3 < 0) return null;
      cp = ((b & 7) << 18) | (c1 << 12) | (c2 << 6) | c3;
      if (cp < 0x10000 || cp > 0x10ffff) return null;
      len = 4;
    } else return null;
    out += String.fromCodePoint(cp);
    i += len;
  }
  // A high surrogate followed by a low one would have been written as one 4-byte sequence.
  if (/[\ud800-\udbff](?=[\udc00-\udfff])/.test(out) && encodeWtf8(out).length !== bytes.length) return null;
  return out;
}
