// @vitest-environment jsdom
/**
 * `npm run bench`: the workspace list with 500 assessments (issue #9 "usable with 500 assessments").
 * - rows from 500 records read afresh (every record a new object, as after a reload from IndexedDB, so each
 *   draft is hashed again for its status) — the cost the row cache saves on a change in another tab;
 * - the same through the row cache when one record changed (what the page does on a change);
 * - search + filter + sort of the 500 rows (what the page does on every keystroke in the search box);
 * - a jsdom render of the 500-row table (mount, commit, unmount).
 * Records are real: the wizard personas' complete answers, evaluated by the engine.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import type { Answers } from '../src/engine/answers';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { AssessmentTable } from '../src/features/workspace/AssessmentTable';
import { buildRow, createRowCache, visibleRows } from '../src/features/workspace/list-model';
import { completeAnswers, DRAFT_VERSION } from '../src/shared/draft/storage';
import { assessmentOf, versionOf } from '../src/shared/workspace/file-fixtures';
import type { AssessmentRecord } from '../src/shared/workspace/types';

const TODAY = '2026-11-30';
const COUNT = 500;
const OWNERS = ['Ana Legal', 'Ben Ops', 'Chen', 'Dee Counsel', 'Eli'];

const personas: Answers[] = Object.values(WIZARD_PERSONAS).flatMap((p) => {
  const done = completeAnswers({ version: DRAFT_VERSION, answers: p.answers, updatedAt: '' });
  return done.ok ? [done.answers] : [];
});
const evaluated = personas.map((answers, i) =>
  assessmentOf(`p${i}`, answers, versionOf(`p${i}`, 1, answers)),
);

const records: AssessmentRecord[] = Array.from({ length: COUNT }, (_, i) => {
  const base = evaluated[i % evaluated.length] as AssessmentRecord;
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    ...base,
    id: `a${i}`,
    name: `${base.name} ${i}`,
    owner: OWNERS[i % OWNERS.length] as string,
    archived: i % 10 === 0,
    updatedAt: `2026-11-${day}T${String(i % 24).padStart(2, '0')}:00:00.000Z`,
    // Every fifth never evaluated; every seventh edited since its version (a draft again).
    latest: i % 5 === 0 ? null : base.latest,
    draft:
      i % 7 === 0
        ? { ...base.draft, euEstablished: base.draft.euEstablished === 'yes' ? 'no' : 'yes' }
        : base.draft,
  };
});

const rows = records.map((r) => buildRow(r, TODAY));
let sink = 0;

describe(`workspace list, ${COUNT} assessments`, () => {
  bench(
    'rows from records read afresh (status hash of every draft)',
    () => {
      const fresh = records.map((r) => ({ ...r, draft: { ...r.draft } }));
      sink += fresh.map((r) => buildRow(r, TODAY)).length;
    },
    { iterations: 5, time: 0 },
  );

  const cached = createRowCache();
  cached(records, TODAY);
  let flip = 0;
  bench('rows through the cache after one record changed', () => {
    flip += 1;
    const changed = records.map((r, i) => (i === 3 ? { ...r, rev: r.rev + flip } : r));
    sink += cached(changed, TODAY).length;
  });

  bench('search + filters + sort (deadline)', () => {
    sink += visibleRows(rows, { q: 'ana', sort: 'deadline', archived: 'include' }).length;
  });

  bench('filter + sort by name, archived hidden', () => {
    sink += visibleRows(rows, { sort: 'name', dir: 'desc', status: 'complete' }).length;
  });

  const shown = visibleRows(rows, { archived: 'include' });
  bench(
    `jsdom render of the ${shown.length}-row table`,
    () => {
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      flushSync(() =>
        root.render(
          createElement(AssessmentTable, {
            rows: shown,
            captionDetail: '',
            sort: { key: 'changed', dir: 'desc' },
            onSort: () => undefined,
            onAction: () => undefined,
          }),
        ),
      );
      sink += container.querySelectorAll('tbody tr').length;
      root.unmount();
      container.remove();
    },
    { iterations: 3, time: 0 },
  );
});

if (sink < 0) throw new Error('unreachable');
