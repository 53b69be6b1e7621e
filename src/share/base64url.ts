/** base64url without padding (RFC 4648 §5). The decoder is lenient about padding and the standard alphabet. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
// Links re-encoded by hand or by a tool that uses the standard alphabet still decode.
LOOKUP.set('+', 62);
LOOKUP.set('/', 63);

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * Decodes base64url. Returns null when a character is outside the alphabet. A dangling final character
 * (length ≡ 1 mod 4, which no encoder produces) is reported via `dangling` so the caller can call it truncated.
 */
export function fromBase64Url(text: string): { bytes: Uint8Array; dangling: boolean } | null {
  const clean = text.replace(/=+$/, '');
  const values: number[] = [];
  for (const c of clean) {
    const v = LOOKUP.get(c);
    if (v === undefined) return null;
    values.push(v);
  }
  const out: number[] = [];
  let acc = 0;
  let accBits = 0;
  for (const v of values) {
    acc = ((acc << 6) | v) & 0xffffff;
    accBits += 6;
    if (accBits >= 8) {
      accBits -= 8;
      out.push((acc >> accBits) & 0xff);
    }
  }
  return { bytes: Uint8Array.from(out), dangling: values.length % 4 === 1 };
}
