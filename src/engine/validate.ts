/**
 * parseAnswers(input): validate untrusted answers (CLI file, JSON import, share link) against the answers
 * schema and turn every problem into a plain message that names the field by dotted path
 * ("compute.parameterUpdateFlop"), says what was expected and how to fix it. One format only: the answers
 * object itself (no wrapper). Version 1 answers are checked against the frozen version 1 schema (so the
 * messages name its fields), then migrated (./migrate.ts) and checked again as version 2. Never throws.
 */
import { z } from 'zod';
import { ANSWERS_SCHEMA_VERSION, type Answers, answersSchema, count, isoDate } from './answers';
import { ANSWERS_SCHEMA_VERSION_V1, answersSchemaV1 } from './answers-v1';
import { formatFlopInput, parseFlopInput } from './compute-input';
import { type Migration, migrateV1 } from './migrate';
import { type Param, type Text, tx } from './text';

export interface AnswersIssue {
  /** Dotted path of the field: "compute.parameterUpdateFlop", "placing.channels[1]"; "" = the whole object. */
  path: string;
  message: Text;
}

export type ParseAnswersResult =
  | {
      ok: true;
      answers: Answers;
      /** Set when the input was an older answers version: from which, and what changed (else null). */
      migration: Migration | null;
    }
  | { ok: false; issues: AnswersIssue[] };

const READ_VERSIONS = tx('validation.readVersions', {
  v1: String(ANSWERS_SCHEMA_VERSION_V1),
  v2: String(ANSWERS_SCHEMA_VERSION),
});
const VERSION = String(ANSWERS_SCHEMA_VERSION);

type Segment = string | number;
type Issue = z.core.$ZodIssue;

const UNKNOWN_HINT = tx('validation.unknownHint');

/** Two sentences, the second optional: "Expected … ." + " Did you mean …?". */
function then(first: Param, second: Param | null | undefined): Text {
  if (second === null || second === undefined || second === '')
    return typeof first === 'string' ? verbatim(first) : (first as Text);
  return tx('validation.twoSentences', { first, second });
}

/** Words that come from elsewhere as they are (zod's own message, an error's message). */
function verbatim(text: string): Text {
  return tx('validation.verbatim', { text });
}

export function parseAnswers(input: unknown): ParseAnswersResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    // Not reachable with JSON input; guards exotic objects (throwing getters, proxies) from other callers.
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: tx('validation.unreadable', { error: (error as Error)?.message ?? String(error) }),
        },
      ],
    };
  }
}

function parseUnsafe(input: unknown): ParseAnswersResult {
  if (!isPlainObject(input))
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: tx('validation.notAnObject', {
            example: `{"schemaVersion": ${ANSWERS_SCHEMA_VERSION}, "role": "developer", …}`,
            value: describeValue(input),
          }),
        },
      ],
    };

  const versionIssue = checkSchemaVersion(input);
  if (versionIssue) return { ok: false, issues: [versionIssue] };

  if (input.schemaVersion === ANSWERS_SCHEMA_VERSION_V1) {
    const v1 = answersSchemaV1.safeParse(input);
    if (!v1.success) return { ok: false, issues: explain(v1.error.issues, [], input, answersSchemaV1) };
    const { answers, fromVersion, notes } = migrateV1(v1.data);
    const v2 = answersSchema.safeParse(answers);
    if (v2.success) return { ok: true, answers: v2.data, migration: { fromVersion, notes } };
    return { ok: false, issues: explain(v2.error.issues, [], answers, answersSchema) };
  }
  const result = answersSchema.safeParse(input);
  if (result.success) return { ok: true, answers: result.data, migration: null };
  return { ok: false, issues: explain(result.error.issues, [], input, answersSchema) };
}

/** A wrong or missing version makes every other message meaningless, so it is reported alone. */
function checkSchemaVersion(input: Record<string, unknown>): AnswersIssue | null {
  const v = input.schemaVersion;
  const path = 'schemaVersion';
  if (!('schemaVersion' in input) || v === undefined)
    return {
      path,
      message: tx('validation.missingVersion', { version: VERSION, versions: READ_VERSIONS }),
    };
  if (v === ANSWERS_SCHEMA_VERSION || v === ANSWERS_SCHEMA_VERSION_V1) return null;
  if (typeof v === 'number')
    return {
      path,
      message: then(
        tx('validation.versionUnsupported', { v: `${v}`, versions: READ_VERSIONS }),
        v > ANSWERS_SCHEMA_VERSION
          ? tx('validation.versionNewer', { version: VERSION })
          : tx('validation.versionOlder', { version: VERSION }),
      ),
    };
  if (typeof v === 'string' && /^\s*\d+\s*$/u.test(v))
    return Number(v) === ANSWERS_SCHEMA_VERSION || Number(v) === ANSWERS_SCHEMA_VERSION_V1
      ? { path, message: tx('validation.versionQuoted', { v: v.trim() }) }
      : {
          path,
          message: tx('validation.versionUnsupported', { v: v.trim(), versions: READ_VERSIONS }),
        };
  return {
    path,
    message: tx('validation.versionNotNumber', { version: VERSION, value: describeValue(v) }),
  };
}

/** Turns zod issues into one plain message per field (and one per unknown key), in the schema's order. */
/** What the messages are about: the input as given, and the schema (version) it is checked against. */
interface Context {
  root: unknown;
  schema: z.ZodType;
}

function explain(
  issues: readonly Issue[],
  base: Segment[],
  root: unknown,
  schema: z.ZodType,
): AnswersIssue[] {
  const out = new Map<string, Text>();
  collect(issues, base, { root, schema }, out);
  return [...out].map(([path, message]) => ({ path, message }));
}

function collect(issues: readonly Issue[], base: Segment[], ctx: Context, out: Map<string, Text>): void {
  // One message per field: the first is the most basic problem (format before calendar, for dates).
  const put = (path: Segment[], message: Text) => {
    const key = formatPath(path);
    if (!out.has(key)) out.set(key, message);
  };
  for (const issue of issues) {
    const path = [...base, ...(issue.path as Segment[])];
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeysAt(ctx.schema, path);
      for (const k of issue.keys) put([...path, k], unknownKeyMessage(k, known));
      continue;
    }
    if (issue.code === 'invalid_union') {
      const branch = bestBranch(issue.errors);
      if (branch) {
        collect(branch, path, ctx, out);
        continue;
      }
    }
    put(path, messageFor(issue, path, ctx));
  }
}

/**
 * A union branch whose only problem is being of the wrong kind (a number where "unknown" was expected, a
 * string where a list was expected) says nothing useful. The first branch that got further wins.
 */
function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | null {
  for (const b of branches) {
    const mismatch =
      b.length === 1 &&
      (b[0] as Issue).path.length === 0 &&
      ((b[0] as Issue).code === 'invalid_type' ||
        ((b[0] as Issue).code === 'invalid_value' &&
          (b[0] as Issue & { values: unknown[] }).values.length === 1));
    if (!mismatch) return b;
  }
  return null;
}

function messageFor(issue: Issue, path: Segment[], { root, schema: rootSchema }: Context): Text {
  const schema = schemaAt(rootSchema, path);
  const present = isPresent(root, path);
  const value = valueAt(root, path);
  const unknownHint = schema && acceptsUnknown(schema) ? UNKNOWN_HINT : null;
  const expected = schema ? describeSchema(schema) : tx('validation.aValidValue');

  if (!present) {
    const key = path.at(-1);
    return typeof key === 'string'
      ? tx('validation.requiredField', { key, expected })
      : tx('validation.requiredItem', { expected });
  }

  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
      return then(
        tx('validation.expectedButIs', { expected, value: describeValue(value) }),
        typeFix(schema, value),
      );
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (typeof value === 'boolean' && issue.values.includes('yes'))
        return tx('validation.booleanForYesNo', { allowed, value: `${value}` });
      const suggestion = typeof value === 'string' ? closest(value, issue.values.map(String)) : null;
      return then(
        tx('validation.notAllowed', { value: describeValue(value, true), allowed }),
        suggestion ? tx('validation.didYouMean', { suggestion }) : null,
      );
    }
    case 'too_small':
      if (issue.origin === 'number')
        return then(
          then(issue.message, tx('validation.enterPositive', { example: numberExample(schema) })),
          unknownHint,
        );
      if (issue.origin === 'array') {
        const list = schema ? leafSchemas(schema).find((l) => l instanceof z.ZodArray) : undefined;
        const items = list ? describeSchema(list) : expected;
        return then(tx('validation.emptyList', { items, minimum: String(issue.minimum) }), unknownHint);
      }
      return tx('validation.tooShort', { message: issue.message });
    case 'too_big':
      if (issue.origin === 'number')
        return then(
          issue.message,
          tx(isCount(schema) ? 'validation.writeFigureCount' : 'validation.writeFigureFlop'),
        );
      if (issue.origin === 'string')
        return tx('validation.tooLong', {
          maximum: String(issue.maximum),
          length: String((value as string).length),
        });
      return verbatim(issue.message);
    case 'invalid_format': {
      const isDate = schema !== null && leafSchemas(schema).some(isDateSchema);
      const head = isDate
        ? tx('validation.notADate', { value: JSON.stringify(value) })
        : tx('validation.wrongFormat', { value: describeValue(value, true), message: issue.message });
      const typo =
        unknownHint && typeof value === 'string' && closest(value, ['unknown'])
          ? tx('validation.didYouMean', { suggestion: 'unknown' })
          : null;
      return then(head, typo ?? unknownHint);
    }
    case 'custom':
      if (schema && leafSchemas(schema).some(isDateSchema) && typeof value === 'string')
        return then(dateMessage(value), unknownHint);
      return then(issue.message, unknownHint);
    default:
      return tx('validation.otherProblem', { message: issue.message, expected });
  }
}

function dateMessage(value: string): Text {
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2200) return tx('validation.dateOutOfRange', { value });
  return tx('validation.dateNotInCalendar', { value });
}

function typeFix(schema: z.ZodType | null, value: unknown): Text | null {
  if (!schema) return null;
  const kinds = leafSchemas(schema);
  if (typeof value === 'string' && kinds.some((s) => s instanceof z.ZodNumber)) {
    const parsed = parseFlopInput(value);
    if (parsed.ok) return tx('validation.fixJsonNumber', { number: formatFlopInput(parsed.value) });
  }
  if (typeof value === 'number' && kinds.some((s) => isDateSchema(s))) return tx('validation.fixDateString');
  if (typeof value === 'string' && kinds.some((s) => s instanceof z.ZodArray))
    return tx('validation.fixList', { value });
  if (typeof value === 'boolean' && kinds.some((s) => s instanceof z.ZodEnum))
    return tx('validation.fixYesNo');
  return null;
}

function unknownKeyMessage(key: string, known: string[]): Text {
  const suggestion = closest(key, known);
  return then(
    tx('validation.unknownField', { key }),
    suggestion ? tx('validation.didYouMean', { suggestion }) : null,
  );
}

// ── Schema walking ─────────────────────────────────────────────────────────────────────────────────────────

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable)
    s = (s as z.ZodOptional<z.ZodType>).unwrap();
  return s;
}

/** The schema of the field at `path`, or null when the path leaves the schema (unknown keys). */
function schemaAt(root: z.ZodType, path: readonly Segment[]): z.ZodType | null {
  let s: z.ZodType | null = root;
  for (const seg of path) {
    if (!s) return null;
    s = childSchema(unwrap(s), seg);
  }
  return s;
}

function childSchema(s: z.ZodType, seg: Segment): z.ZodType | null {
  if (s instanceof z.ZodObject && typeof seg === 'string')
    return (s.shape as Record<string, z.ZodType>)[seg] ?? null;
  if (s instanceof z.ZodArray && typeof seg === 'number') return s.element as z.ZodType;
  if (s instanceof z.ZodUnion)
    for (const option of s.options as z.ZodType[]) {
      const child = childSchema(unwrap(option), seg);
      if (child) return child;
    }
  return null;
}

function objectKeysAt(root: z.ZodType, path: readonly Segment[]): string[] {
  const s = schemaAt(root, path);
  const u = s ? unwrap(s) : null;
  return u instanceof z.ZodObject ? Object.keys(u.shape) : [];
}

function leafSchemas(schema: z.ZodType): z.ZodType[] {
  const s = unwrap(schema);
  return s instanceof z.ZodUnion ? (s.options as z.ZodType[]).flatMap(leafSchemas) : [s];
}

/** Parameter counts (R8) are numbers too, but not FLOP: the examples must say so. */
function isCount(schema: z.ZodType | null): boolean {
  return schema !== null && leafSchemas(schema).includes(count);
}

function numberExample(schema: z.ZodType | null): Text {
  return tx(isCount(schema) ? 'validation.exampleCount' : 'validation.exampleFlop');
}

function isDateSchema(s: z.ZodType): boolean {
  return unwrap(s) === isoDate;
}

function acceptsUnknown(schema: z.ZodType): boolean {
  const leaves = leafSchemas(schema);
  return leaves.length > 1 && leaves.some((s) => s instanceof z.ZodLiteral && s.values.has('unknown'));
}

/** "one of "yes", "no", "unknown"", "a number of FLOP (e.g. 3.8e25) or "unknown""… */
function describeSchema(schema: z.ZodType): Text {
  const s = unwrap(schema);
  const options = (values: readonly unknown[]) => values.map((o) => JSON.stringify(o)).join(', ');
  if (s instanceof z.ZodEnum) return tx('validation.oneOf', { options: options(s.options) });
  if (s instanceof z.ZodLiteral)
    return [...s.values]
      .map((v): Text => verbatim(JSON.stringify(v)))
      .reduce((a, b) => tx('validation.eitherOr', { a, b }));
  if (s === count) return tx('validation.aCount');
  if (s instanceof z.ZodNumber) return tx('validation.aFlopNumber');
  if (s === isoDate) return tx('validation.aDate');
  if (s instanceof z.ZodString) return tx('validation.aText');
  if (s instanceof z.ZodArray) {
    const el = unwrap(s.element as z.ZodType);
    const items =
      el instanceof z.ZodEnum
        ? tx('validation.itemsFrom', { options: options(el.options) })
        : tx('validation.itemsEach', { item: describeSchema(el) });
    return tx('validation.aList', { items, example: listExample(s) });
  }
  if (s instanceof z.ZodUnion)
    return (s.options as z.ZodType[])
      .map(describeSchema)
      .reduce((a, b) => tx('validation.unionOr', { a, b }));
  if (s instanceof z.ZodObject) return tx('validation.anObject', { fields: Object.keys(s.shape).join(', ') });
  return tx('validation.aValidValue');
}

function listExample(s: z.ZodArray): string {
  const el = unwrap(s.element as z.ZodType);
  return el instanceof z.ZodEnum ? `["${String(el.options[0])}"]` : '[…]';
}

// ── Values and paths ───────────────────────────────────────────────────────────────────────────────────────

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function isPresent(root: unknown, path: readonly Segment[]): boolean {
  if (path.length === 0) return true;
  const parent = valueAt(root, path.slice(0, -1));
  const key = path.at(-1) as Segment;
  return (
    parent !== null &&
    typeof parent === 'object' &&
    Object.hasOwn(parent, key) &&
    valueAt(root, path) !== undefined
  );
}

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/u.test(seg)) out += (out ? '.' : '') + seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** "the text "…"", "the number 5", "a list"…; `start`: written to begin a sentence ("The text …"). */
function describeValue(v: unknown, start = false): Param {
  const at = start ? 'yes' : 'no';
  if (v === undefined) return tx('validation.valueNothing', { start: at });
  if (v === null) return start ? 'Null' : 'null';
  if (typeof v === 'string')
    return tx('validation.valueText', {
      start: at,
      text: JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v),
    });
  if (typeof v === 'number')
    return Number.isFinite(v)
      ? tx('validation.valueNumber', { start: at, number: `${v}` })
      : capitalise(`${v}`, start);
  if (typeof v === 'boolean') return capitalise(`${v}`, start);
  if (Array.isArray(v)) return tx('validation.valueList', { start: at });
  if (typeof v === 'object') return tx('validation.valueObject', { start: at });
  return tx('validation.valueOther', { start: at, type: typeof v });
}

function capitalise(s: string, start: boolean): string {
  return start ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** The candidate within two edits (or equal ignoring case and separators), if there is exactly one best. */
function closest(word: string, candidates: readonly string[]): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/gu, '');
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = norm(c) === norm(word) ? 0 : editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, for "did you mean"; 3 (too far to suggest) when the lengths differ by more than 2. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] as number;
}
