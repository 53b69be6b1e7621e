/** Dotted-path helpers over plain answer objects ("compute.parameterUpdateFlop"). */

export function getAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Returns a copy of `obj` with `value` set at `path` (intermediate objects created as needed). Setting
 * `undefined` removes the value and never creates an empty intermediate object.
 */
export function setAt<T extends object>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy = { ...(obj as Record<string, unknown>) };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
  } else {
    const child = copy[head];
    const isObject = child !== null && typeof child === 'object';
    if (value === undefined && !isObject) return copy as T;
    copy[head] = setAt(isObject ? (child as object) : {}, rest.join('.'), value);
  }
  return copy as T;
}

/** Deep merge of plain objects: values of `patch` win; arrays and scalars are replaced, not merged. */
export function mergeAnswers<T extends object>(base: T, patch: object): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    const prev = out[key];
    if (isPlainObject(value) && isPlainObject(prev)) out[key] = mergeAnswers(prev, value);
    else if (value !== undefined) out[key] = value;
  }
  return out as T;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
