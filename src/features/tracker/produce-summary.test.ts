import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/english';
import { produceSummary as produceSummaryIn } from './produce-summary';

const produceSummary = (items: Parameters<typeof produceSummaryIn>[0], today: string) =>
  produceSummaryIn(items, today, english);

const TODAY = '2026-11-30';

describe('produceSummary (the line of a folded "What to produce" list)', () => {
  it('counts the items, those still to do and those overdue', () => {
    expect(
      produceSummary(
        [
          { status: 'not-started', due: '2026-11-29' },
          { status: 'in-progress', due: '2026-12-01' },
          { status: 'done', due: '2026-01-01' },
        ],
        TODAY,
      ),
    ).toEqual({ line: 'What to produce: 3 items, 2 still to do', overdue: 1 });
  });

  it('an item due today is not overdue; one done late is not overdue either', () => {
    expect(
      produceSummary(
        [
          { status: 'not-started', due: TODAY },
          { status: 'done', due: '2026-11-01' },
        ],
        TODAY,
      ),
    ).toEqual({ line: 'What to produce: 2 items, 1 still to do', overdue: 0 });
  });

  it('says when nothing is left, and writes one item in the singular', () => {
    expect(produceSummary([{ status: 'not-needed', due: null }], TODAY)).toEqual({
      line: 'What to produce: 1 item, all done or not needed',
      overdue: 0,
    });
  });
});
