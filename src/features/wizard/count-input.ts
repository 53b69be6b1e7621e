/**
 * Reading counts typed for the estimators: parameters and tokens ("7e9", "7 000 000 000", "7B", "7 billion",
 * "2T", "1.5 trillion"), accelerator counts and days. Returns null when it cannot be read.
 */
import { parseFlopInput } from '../../engine/compute-input';

const SUFFIX: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

export function parseCount(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const m = /^(.*?)\s*(k|thousand|mn?|million|bn?|billion|tn?|trillion)$/i.exec(t);
  if (m?.[1]) {
    const base = parseFlopInput(m[1]);
    const factor = SUFFIX[(m[2] as string).toLowerCase()];
    return base.ok && factor ? base.value * factor : null;
  }
  const r = parseFlopInput(t);
  return r.ok ? r.value : null;
}
