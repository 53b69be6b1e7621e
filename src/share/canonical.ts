/**
 * Canonical form of an answer set: defaults filled, strings trimmed (by the schema), multi-choice answers
 * de-duplicated and in the schema's order, -0 written as 0, absent optional fields absent (never `undefined`).
 * Share links, the answers hash and JSON export all work on this form, so two answer sets that mean the same
 * thing are encoded and hashed the same way.
 */
import {
  type Answers,
  answersSchema,
  CHANNELS,
  COMMERCIAL_FACTS,
  LICENCE_RESTRICTIONS,
  MONETISATION,
  OUTPUT_MODALITIES,
  TASKS,
} from '../engine/answers';

function orderedSet<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  const present = new Set(values);
  return order.filter((v) => present.has(v));
}

function plainNumber<T>(v: T): T {
  return (typeof v === 'number' && Object.is(v, -0) ? 0 : v) as T;
}

function stripUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    out[k] = plainNumber(v);
  }
  return out as T;
}

/** Throws when the answers are not valid (callers pass answers that came through the schema). */
export function canonicalAnswers(input: Answers): Answers {
  const a = answersSchema.parse(input);
  const out: Answers = stripUndefined({
    ...a,
    outputModalities:
      a.outputModalities === 'unknown' ? 'unknown' : orderedSet(a.outputModalities, OUTPUT_MODALITIES),
    generalityFacts: a.generalityFacts && canonicalGeneralityFacts(a.generalityFacts),
    compute: a.compute && stripUndefined(a.compute),
    placing:
      a.placing &&
      stripUndefined({
        ...a.placing,
        channels: orderedSet(a.placing.channels, CHANNELS),
        commercial: a.placing.commercial && orderedSet(a.placing.commercial, COMMERCIAL_FACTS),
      }),
    integration: a.integration && stripUndefined(a.integration),
    modification: a.modification && stripUndefined(a.modification),
    licence:
      a.licence &&
      stripUndefined({
        ...a.licence,
        restrictions: orderedSet(a.licence.restrictions, LICENCE_RESTRICTIONS),
        monetisation: orderedSet(a.licence.monetisation, MONETISATION),
      }),
    systemicRisk: a.systemicRisk && stripUndefined(a.systemicRisk),
    stepsTaken: a.stepsTaken && stripUndefined(a.stepsTaken),
  });
  return out;
}

function canonicalGeneralityFacts(g: NonNullable<Answers['generalityFacts']>): typeof g {
  const tasks = g.tasks;
  return stripUndefined({ ...g, tasks: Array.isArray(tasks) ? orderedSet(tasks, TASKS) : tasks });
}

/** JSON with keys sorted at every level: the byte string the answers hash is taken over. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
