import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, validateListSearch } from './list-search';
import { effectiveSort, toggledSort } from './sorting';

describe('validateListSearch', () => {
  it('keeps every known value', () => {
    const search = {
      q: 'open',
      sort: 'deadline',
      dir: 'desc',
      status: 'signed',
      archived: 'only',
      overdue: 'yes',
    };
    expect(validateListSearch(search)).toEqual(search);
  });

  it('drops unknown or hand-edited values instead of failing', () => {
    expect(
      validateListSearch({
        q: '   ',
        sort: 'size',
        dir: 'up',
        status: 'lost',
        archived: 'yes',
        overdue: 'no',
        x: 1,
      }),
    ).toEqual({});
    expect(validateListSearch({ q: ['a'], sort: 3 })).toEqual({});
  });

  it('takes back as text a query the router parsed as a number or flag, and cuts an overlong one', () => {
    expect(validateListSearch({ q: 2024, overdue: true })).toEqual({ q: '2024', overdue: 'yes' });
    expect(validateListSearch({ q: 'x'.repeat(MAX_QUERY_LENGTH + 1) }).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('sorting by column', () => {
  it('defaults to the newest change first', () => {
    expect(effectiveSort({})).toEqual({ key: 'changed', dir: 'desc' });
  });

  it('a new column starts in its own direction; the same column flips', () => {
    const byName = toggledSort({ q: 'a' }, 'name');
    expect(byName).toEqual({ q: 'a', sort: 'name', dir: 'asc' });
    expect(toggledSort(byName, 'name')).toEqual({ q: 'a', sort: 'name', dir: 'desc' });
    expect(toggledSort({}, 'changed')).toEqual({ sort: 'changed', dir: 'asc' });
    expect(toggledSort(byName, 'deadline')).toEqual({ q: 'a', sort: 'deadline', dir: 'asc' });
  });
});
