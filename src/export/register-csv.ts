/**
 * The model register as CSV (issue #9 "Moving data in and out", ADR 0097): one row per model, a header row
 * naming each column by its short name ("training_flop") or by its answers path ("compute.parameterUpdateFlop").
 * The columns are documented in the README ("Model register (CSV)") and cover every answer of the answers
 * schema; what a cell may hold (a value list, a figure, a date, a list) is read from the schema itself, so the
 * register cannot drift from the questions. Each bad cell is reported with its line and column and a plain
 * message; every other row is kept. Used by the web import (rows become draft assessments) and by the
 * command line's --batch. Pure; never throws. CSV is read by papaparse (ADR 0097: kept library, RFC 4180
 * quoting, quoted line breaks); we only give it one line ending and the delimiter found in the header.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { ANSWERS_SCHEMA_VERSION, type Answers, answersSchema, count, isoDate } from '../engine/answers';
import { parseFlopInput } from '../engine/compute-input';
import { type DraftAnswers, draftAnswersSchema, getAt, setAt } from '../engine/questionnaire';
import { editDistance, parseAnswers } from '../engine/validate';
import type { Translator } from '../i18n/translator';
import { readDate } from '../shared/dates/date-input';

/** A register of a few thousand models is well under this. */
export const MAX_REGISTER_BYTES = 2 * 1024 * 1024;
export const MAX_REGISTER_ROWS = 5000;

export interface RegisterColumn {
  /** The short name written in the header. */
  name: string;
  /** The answers path it fills, or null for the assessment's own fields (owner). */
  path: string | null;
  /** One line for the README and the template. */
  description: string;
}

/** In the README's order. `name` and `owner` belong to the assessment; the rest to the answers. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { name: 'name', path: 'modelName', description: 'Model name (required); the assessment’s name' },
  { name: 'owner', path: null, description: 'Who in the team is responsible for the assessment' },
  { name: 'role', path: 'role', description: 'Your role for this model' },
  { name: 'consortium_role', path: 'consortiumRole', description: 'Role in a consortium' },
  { name: 'eu_established', path: 'euEstablished', description: 'Established in the EU' },
  { name: 'output_modalities', path: 'outputModalities', description: 'What the model outputs' },
  { name: 'parameters', path: 'generalityFacts.parameterCount', description: 'Number of parameters' },
  { name: 'large_broad_data', path: 'generalityFacts.largeBroadData', description: 'Large, broad data' },
  {
    name: 'self_supervised',
    path: 'generalityFacts.selfSupervised',
    description: 'Self-supervised at scale',
  },
  { name: 'tasks', path: 'generalityFacts.tasks', description: 'Tasks performed competently' },
  { name: 'single_task', path: 'generalityFacts.singleTask', description: 'The one task it was built for' },
  { name: 'training_flop', path: 'compute.parameterUpdateFlop', description: 'Training compute (FLOP)' },
  { name: 'flop_method', path: 'compute.method', description: 'How the compute was obtained' },
  { name: 'synthetic_data_flop', path: 'compute.syntheticDataFlop', description: 'Synthetic-data compute' },
  { name: 'inherited_weights_flop', path: 'compute.inheritedWeightsFlop', description: 'Inherited weights' },
  { name: 'planned_flop', path: 'compute.plannedCumulativeFlop', description: 'Planned cumulative compute' },
  { name: 'channels', path: 'placing.channels', description: 'How it is (or will be) made available' },
  { name: 'eu_availability', path: 'placing.euAvailability', description: 'Available in the EU' },
  { name: 'eu_excluded', path: 'placing.euExcluded', description: 'EU distribution and use excluded' },
  { name: 'placing_date', path: 'placing.placingDate', description: 'First placed on the EU market' },
  { name: 'placing_intention', path: 'placing.intention', description: 'Meant to be placed in the EU' },
  {
    name: 'internal_use_location',
    path: 'placing.internalUseLocation',
    description: 'Where used internally',
  },
  { name: 'name_on_model', path: 'placing.nameOnModel', description: 'Under whose name' },
  { name: 'lifecycle', path: 'placing.lifecycle', description: 'New model or later version' },
  { name: 'commercial', path: 'placing.commercial', description: 'Facts of commercial activity' },
  { name: 'system_in_eu', path: 'integration.systemInEu', description: 'AI system placed in the EU' },
  {
    name: 'upstream_excluded_eu',
    path: 'integration.upstreamExcludedEu',
    description: 'Upstream EU exclusion',
  },
  { name: 'system_placing_date', path: 'integration.systemPlacingDate', description: 'AI system placed on' },
  { name: 'original_flop', path: 'modification.originalComputeFlop', description: 'Original model compute' },
  {
    name: 'original_systemic_risk',
    path: 'modification.originalSystemicRisk',
    description: 'Original has systemic risk',
  },
  { name: 'modification_flop', path: 'modification.modificationFlop', description: 'Modification compute' },
  {
    name: 'modification_synthetic_flop',
    path: 'modification.syntheticDataFlop',
    description: 'Synthetic data for the modification',
  },
  {
    name: 'via_original_platform',
    path: 'modification.viaOriginalProviderPlatform',
    description: 'Fine-tuned on the original provider’s platform',
  },
  {
    name: 'on_behalf_of_original',
    path: 'modification.onBehalfOfOriginal',
    description: 'Modified for the original provider',
  },
  {
    name: 'modification_placing_date',
    path: 'modification.modificationPlacingDate',
    description: 'Modified model first placed',
  },
  { name: 'licence', path: 'licence.name', description: 'Licence name, e.g. Apache-2.0' },
  { name: 'licence_access', path: 'licence.access', description: 'Licence allows access' },
  { name: 'licence_use', path: 'licence.use', description: 'Licence allows use' },
  { name: 'licence_modify', path: 'licence.modify', description: 'Licence allows modification' },
  { name: 'licence_distribute', path: 'licence.distribute', description: 'Licence allows distribution' },
  { name: 'licence_restrictions', path: 'licence.restrictions', description: 'Licence restrictions' },
  { name: 'weights_public', path: 'licence.weightsPublic', description: 'Weights public' },
  { name: 'architecture_public', path: 'licence.architecturePublic', description: 'Architecture public' },
  { name: 'usage_info_public', path: 'licence.usageInfoPublic', description: 'Usage information public' },
  { name: 'monetisation', path: 'licence.monetisation', description: 'Monetisation' },
  { name: 'microenterprise_deal', path: 'licence.microenterpriseDeal', description: 'Only microenterprises' },
  {
    name: 'threshold_met_date',
    path: 'systemicRisk.thresholdMetDate',
    description: '10^25 FLOP met or known',
  },
  { name: 'designated', path: 'systemicRisk.designated', description: 'Designated by the Commission' },
  {
    name: 'designation_date',
    path: 'systemicRisk.designationInformedDate',
    description: 'Informed of the designation',
  },
  { name: 'contest', path: 'systemicRisk.contest', description: 'Contest of the presumption' },
  {
    name: 'contest_decision_date',
    path: 'systemicRisk.contestDecisionDate',
    description: 'Contest accepted on',
  },
  { name: 'notified_date', path: 'systemicRisk.notifiedDate', description: 'Commission notified on' },
  {
    name: 'contest_with_notification',
    path: 'systemicRisk.contestWithNotification',
    description: 'Arguments sent with the notification',
  },
  { name: 'eu_business_users', path: 'systemicRisk.euBusinessUsers', description: 'EU business users' },
  {
    name: 'step_authorised_representative',
    path: 'stepsTaken.authorisedRepresentative',
    description: 'Authorised representative appointed',
  },
  {
    name: 'step_technical_documentation',
    path: 'stepsTaken.technicalDocumentation',
    description: 'Technical documentation drawn up',
  },
  {
    name: 'step_downstream_information',
    path: 'stepsTaken.downstreamInformation',
    description: 'Downstream information in place',
  },
  {
    name: 'step_copyright_policy',
    path: 'stepsTaken.copyrightPolicy',
    description: 'Copyright policy adopted',
  },
  {
    name: 'step_training_summary',
    path: 'stepsTaken.trainingSummary',
    description: 'Training-content summary published',
  },
  { name: 'code_of_practice', path: 'codeOfPractice', description: 'Signed the Code of Practice' },
];

// ── What a cell may hold, read from the answers schema ──────────────────────────────────────────────────

export type CellKind =
  | { type: 'text'; max: number }
  | { type: 'choice'; values: readonly string[] }
  | { type: 'list'; values: readonly string[]; unknown: boolean }
  | { type: 'flop'; unknown: boolean }
  | { type: 'count'; unknown: boolean }
  | { type: 'date'; unknown: boolean };

function unwrap(s: z.ZodType): z.ZodType {
  let out = s;
  while (out instanceof z.ZodOptional || out instanceof z.ZodDefault)
    out = (out as z.ZodOptional).unwrap() as z.ZodType;
  return out;
}

function schemaAt(path: string): z.ZodType {
  let s: z.ZodType = answersSchema;
  for (const key of path.split('.')) s = (unwrap(s) as z.ZodObject).shape[key] as z.ZodType;
  return s;
}

const KINDS = new Map<string, CellKind>();

export function cellKind(path: string): CellKind {
  let kind = KINDS.get(path);
  if (!kind) {
    kind = kindOf(path);
    KINDS.set(path, kind);
  }
  return kind;
}

function kindOf(path: string): CellKind {
  const s = unwrap(schemaAt(path));
  const leaves = s instanceof z.ZodUnion ? (s.options as z.ZodType[]).map(unwrap) : [s];
  const unknown = leaves.some((l) => l instanceof z.ZodLiteral && l.values.has('unknown'));
  const main = leaves.find((l) => !(l instanceof z.ZodLiteral)) as z.ZodType;
  if (main instanceof z.ZodArray)
    return {
      type: 'list',
      values: (unwrap(main.element as z.ZodType) as z.ZodEnum).options as string[],
      unknown,
    };
  if (main instanceof z.ZodEnum) return { type: 'choice', values: main.options as string[] };
  if (main === count) return { type: 'count', unknown };
  if (main instanceof z.ZodNumber) return { type: 'flop', unknown };
  if (main === isoDate) return { type: 'date', unknown };
  return { type: 'text', max: (main as z.ZodString).maxLength ?? 200 };
}

/** What a cell may hold, in words: for the README, the template and the messages. */
export function kindWords(kind: CellKind, tr: Translator): string {
  switch (kind.type) {
    case 'text':
      return tr.m('documents.kindText', { max: String(kind.max) });
    case 'choice':
      return tr.m('documents.kindChoice', { values: kind.values.join(', ') });
    case 'list':
      return tr.m(kind.unknown ? 'documents.kindListUnknown' : 'documents.kindList', {
        values: kind.values.join(', '),
      });
    case 'flop':
      return tr.m(kind.unknown ? 'documents.kindFlopUnknown' : 'documents.kindFlop');
    case 'count':
      return tr.m(kind.unknown ? 'documents.kindCountUnknown' : 'documents.kindCount');
    case 'date':
      return tr.m(kind.unknown ? 'documents.kindDateUnknown' : 'documents.kindDate');
  }
}

/** " Did you mean “role”?" or ''. */
function didYouMean(near: string | null | undefined, tr: Translator): string {
  return near ? tr.m('documents.registerDidYouMean', { near }) : '';
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────────────

export interface RegisterRow {
  /** The line of the file on which the row starts (1 = the header). */
  line: number;
  name: string;
  owner: string;
  /** The row's answers as given (a draft: what a row leaves empty stays unanswered). */
  draft: DraftAnswers;
}

export interface RowProblem {
  line: number;
  /** The column as written in the header, or '' for the row as a whole. */
  column: string;
  message: string;
}

export type RegisterResult =
  | { ok: true; rows: RegisterRow[]; problems: RowProblem[]; badLines: number[] }
  | { ok: false; message: string; line?: number; column?: string };

interface HeaderColumn {
  column: RegisterColumn | null;
  written: string;
}

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/gu, '_');
const BY_NAME = new Map(REGISTER_COLUMNS.map((c) => [c.name, c]));
const BY_PATH = new Map(
  REGISTER_COLUMNS.filter((c) => c.path).map((c) => [(c.path as string).toLowerCase(), c]),
);

function columnFor(header: string): RegisterColumn | undefined {
  return BY_NAME.get(norm(header)) ?? BY_PATH.get(header.trim().toLowerCase());
}

/** The delimiter of the header line: a comma, a semicolon (spreadsheets in many EU locales) or a tab. */
function delimiterOf(firstLine: string): string {
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const n = firstLine.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Reads a register; the messages are in the translator's language. */
export function parseRegister(input: string, tr: Translator): RegisterResult {
  try {
    return parseUnsafe(input, tr);
  } catch (error) {
    return {
      ok: false,
      message: tr.m('documents.registerUnreadable', { reason: (error as Error)?.message ?? String(error) }),
    };
  }
}

function parseUnsafe(input: string, tr: Translator): RegisterResult {
  if (input.length > MAX_REGISTER_BYTES)
    return {
      ok: false,
      message: tr.m('documents.registerTooLarge', { mb: String(MAX_REGISTER_BYTES / 1024 / 1024) }),
    };
  const text = input.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (text.trim() === '') return { ok: false, message: tr.m('documents.registerEmpty') };
  const delimiter = delimiterOf(text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')));

  const records: { line: number; cells: string[]; quoteError: boolean }[] = [];
  let cursor = 0;
  let line = 1;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    step(result, parser) {
      const start = line;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
      const quoteError = result.errors.some((e) => e.type === 'Quotes');
      records.push({ line: start, cells: result.data, quoteError });
      if (records.length > MAX_REGISTER_ROWS + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany)
    return {
      ok: false,
      message: tr.m('documents.registerTooManyRows', { max: String(MAX_REGISTER_ROWS) }),
    };

  const [head, ...body] = records;
  if (!head) return { ok: false, message: tr.m('documents.registerEmpty') };
  const header = readHeader(head.cells, tr);
  if ('message' in header) return { ok: false, line: 1, ...header };

  const rows: RegisterRow[] = [];
  const problems: RowProblem[] = [];
  for (const record of body) {
    if (record.cells.every((c) => c.trim() === '')) continue;
    if (record.quoteError) {
      problems.push({
        line: record.line,
        column: '',
        message: tr.m('documents.registerOpenQuote'),
      });
      break;
    }
    const row = readRow(record.line, record.cells, header.columns, tr);
    if ('problems' in row) problems.push(...row.problems);
    else rows.push(row);
  }
  if (rows.length === 0 && problems.length === 0)
    return { ok: false, message: tr.m('documents.registerNoRows') };
  return { ok: true, rows, problems, badLines: [...new Set(problems.map((p) => p.line))] };
}

function readHeader(
  cells: string[],
  tr: Translator,
): { columns: HeaderColumn[] } | { message: string; column?: string } {
  const columns: HeaderColumn[] = [];
  const seen = new Set<string>();
  for (const written of cells) {
    if (written.trim() === '') {
      columns.push({ column: null, written: '' });
      continue;
    }
    const column = columnFor(written);
    if (!column) {
      const near = closest(
        norm(written),
        REGISTER_COLUMNS.map((c) => c.name),
      );
      return {
        column: written,
        message: tr.m('documents.registerUnknownColumn', {
          column: written.trim(),
          near: didYouMean(near, tr),
        }),
      };
    }
    if (seen.has(column.name))
      return { column: written, message: tr.m('documents.registerColumnTwice', { column: column.name }) };
    seen.add(column.name);
    columns.push({ column, written: written.trim() });
  }
  if (!seen.has('name')) return { message: tr.m('documents.registerNoNameColumn') };
  return { columns };
}

function readRow(
  line: number,
  cells: string[],
  columns: HeaderColumn[],
  tr: Translator,
): RegisterRow | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  let draft: DraftAnswers = { schemaVersion: ANSWERS_SCHEMA_VERSION };
  let name = '';
  let owner = '';
  if (cells.length > columns.length)
    problems.push({
      line,
      column: '',
      message: tr.m('documents.registerTooManyFields', {
        fields: String(cells.length),
        columns: String(columns.length),
      }),
    });
  cells.forEach((raw, i) => {
    const value = raw.trim();
    const head = columns[i];
    if (!head || value === '') return;
    if (!head.column) {
      problems.push({
        line,
        column: tr.m('documents.registerColumnN', { n: String(i + 1) }),
        message: tr.m('documents.registerUnnamedColumn'),
      });
      return;
    }
    const { column } = head;
    if (column.name === 'owner') {
      owner = value.slice(0, 200);
      return;
    }
    const cell = readCell(value, cellKind(column.path as string), tr);
    if ('message' in cell) problems.push({ line, column: head.written, message: cell.message });
    else {
      draft = setAt(draft, column.path as string, cell.value);
      if (column.name === 'name') name = cell.value as string;
    }
  });
  if (!name && !problems.some((p) => p.column === '')) {
    const written = columns.find((c) => c.column?.name === 'name')?.written ?? 'name';
    problems.push({ line, column: written, message: tr.m('documents.registerNameMissing') });
  }
  if (problems.length) return { problems };
  // Cells are checked one by one above; this catches what only the whole can tell (not expected to fire).
  const whole = draftAnswersSchema.safeParse(draft);
  if (!whole.success)
    return {
      problems: whole.error.issues.map((issue) => ({
        line,
        column: columnOfPath(issue.path.map(String).join('.'), columns),
        message: issue.message,
      })),
    };
  return { line, name, owner, draft };
}

const LIST_SEPARATORS = /[;,|]+|\s+/u;

export function readCell(
  value: string,
  kind: CellKind,
  tr: Translator,
): { value: unknown } | { message: string } {
  const isUnknown = value.toLowerCase() === 'unknown';
  switch (kind.type) {
    case 'text':
      return value.length > kind.max
        ? { message: tr.m('documents.cellTooLong', { max: String(kind.max), length: String(value.length) }) }
        : { value };
    case 'choice': {
      const match = kind.values.find((v) => v.toLowerCase() === value.toLowerCase());
      if (match) return { value: match };
      const near = closest(value, kind.values);
      return {
        message: tr.m('documents.cellNotAllowedValue', {
          value,
          values: kind.values.join(', '),
          near: didYouMean(near, tr),
        }),
      };
    }
    case 'list': {
      if (isUnknown && kind.unknown) return { value: 'unknown' };
      // An empty cell is "not answered"; "none" is the answer "none of these" (an empty list).
      if (value.toLowerCase() === 'none') return { value: [] };
      const items = value.split(LIST_SEPARATORS).filter(Boolean);
      const out: string[] = [];
      for (const item of items) {
        const match = kind.values.find((v) => v.toLowerCase() === item.toLowerCase());
        if (!match) {
          const near = closest(item, kind.values);
          return {
            message: tr.m(
              kind.unknown ? 'documents.cellNotAllowedItemUnknown' : 'documents.cellNotAllowedItem',
              {
                value: item,
                values: kind.values.join(', '),
                near: didYouMean(near, tr),
              },
            ),
          };
        }
        if (!out.includes(match)) out.push(match);
      }
      return { value: out };
    }
    case 'flop':
    case 'count': {
      if (isUnknown && kind.unknown) return { value: 'unknown' };
      const parsed = parseFlopInput(value);
      if (!parsed.ok)
        return {
          message: tr.m(kind.unknown ? 'documents.cellNotANumberUnknown' : 'documents.cellNotANumber', {
            value,
            example: kind.type === 'flop' ? '3.8e25' : '7e9',
            reason: parsed.message,
          }),
        };
      const check = (kind.type === 'count' ? count : z.number().max(1e30)).safeParse(parsed.value);
      return check.success
        ? { value: parsed.value }
        : { message: check.error.issues[0]?.message ?? tr.m('documents.cellNotAllowed') };
    }
    case 'date': {
      if (isUnknown && kind.unknown) return { value: 'unknown' };
      const read = readDate(value, undefined, tr);
      if (!read.ok) return { message: tr.m('documents.cellDate', { value, reason: read.message }) };
      if (read.month)
        return {
          message: tr.m(kind.unknown ? 'documents.cellMonthUnknown' : 'documents.cellMonth', { value }),
        };
      return { value: read.iso };
    }
  }
}

function columnOfPath(path: string, columns: HeaderColumn[]): string {
  const hit = columns.find(
    (c) => c.column?.path && (path === c.column.path || path.startsWith(`${c.column.path}.`)),
  );
  return hit?.written ?? path;
}

// ── Complete rows (the command line) ─────────────────────────────────────────────────────────────────────

/**
 * The row's answers checked as a complete answers object, the way the command line reads an answers file.
 * A field the schema requires and the row leaves empty is named by its column.
 */
export function rowAnswers(
  row: RegisterRow,
  tr: Translator,
): { ok: true; answers: Answers } | { ok: false; problems: RowProblem[] } {
  const parsed = parseAnswers(row.draft);
  if (parsed.ok) return { ok: true, answers: parsed.answers };
  return {
    ok: false,
    problems: parsed.issues.map((issue) => {
      const column = REGISTER_COLUMNS.find(
        (c) =>
          c.path &&
          (issue.path === c.path ||
            issue.path.startsWith(`${c.path}.`) ||
            issue.path.startsWith(`${c.path}[`)),
      );
      const required =
        issue.message.msg === 'validation.requiredField' || issue.message.msg === 'validation.requiredItem';
      const kind = column?.path ? cellKind(column.path) : null;
      return {
        line: row.line,
        column: column?.name ?? issue.path,
        message:
          required && kind
            ? tr.m('documents.cellRequired', { kind: kindWords(kind, tr) })
            : tr.t(issue.message),
      };
    }),
  };
}

// ── Writing (the template) ───────────────────────────────────────────────────────────────────────────────

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.length ? value.join(';') : 'none';
  return String(value);
}

/** One register row for these answers (and owner), in REGISTER_COLUMNS order. */
export function answersToRow(answers: DraftAnswers, owner = ''): string[] {
  return REGISTER_COLUMNS.map((c) => (c.path === null ? owner : cellText(getAt(answers, c.path))));
}

export function registerCsv(rows: readonly string[][]): string {
  return `${Papa.unparse([REGISTER_COLUMNS.map((c) => c.name), ...rows], { newline: '\r\n' })}\r\n`;
}

/** The template: the header and one complete example row (a fictitious model, evaluated as it stands). */
export const TEMPLATE_EXAMPLE: DraftAnswers = {
  schemaVersion: ANSWERS_SCHEMA_VERSION,
  modelName: 'Example-7B (replace me)',
  role: 'developer',
  euEstablished: 'yes',
  outputModalities: ['text'],
  generalityFacts: { singleTask: 'none' },
  placing: {
    channels: ['hub'],
    euAvailability: 'direct',
    nameOnModel: 'own',
    lifecycle: 'newModel',
    placingDate: '2025-10-01',
  },
  compute: {
    parameterUpdateFlop: 1.26e23,
    method: 'architecture',
    syntheticDataFlop: 0,
    inheritedWeightsFlop: 0,
    plannedCumulativeFlop: 0,
  },
  systemicRisk: { designated: 'no', euBusinessUsers: 'fewer' },
  licence: {
    name: 'Apache-2.0',
    access: 'yes',
    use: 'yes',
    modify: 'yes',
    distribute: 'yes',
    restrictions: ['attributionShareAlike'],
    weightsPublic: 'yes',
    architecturePublic: 'yes',
    usageInfoPublic: 'yes',
    monetisation: [],
  },
  stepsTaken: { copyrightPolicy: 'unknown', trainingSummary: 'yes' },
  codeOfPractice: 'none',
};

export function registerTemplateCsv(): string {
  return registerCsv([answersToRow(TEMPLATE_EXAMPLE, 'Legal team')]);
}

// ── Small helpers ────────────────────────────────────────────────────────────────────────────────────────

/** The candidate within two edits (ignoring case and separators), when there is one best. */
function closest(word: string, candidates: readonly string[]): string | null {
  const n = (s: string) => s.toLowerCase().replace(/[\s_-]/gu, '');
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = n(c) === n(word) ? 0 : editDistance(n(word), n(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    } else if (d === bestDistance) best = null;
  }
  return best;
}
