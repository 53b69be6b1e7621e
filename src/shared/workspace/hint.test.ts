/** The start page's synchronous hint of the workspace: read safely, written only when non-empty. */
import { describe, expect, it, vi } from 'vitest';
import { hintFromAssessments, readWorkspaceHint, WORKSPACE_HINT_KEY, writeWorkspaceHint } from './hint';

describe('the workspace hint', () => {
  it('round-trips, and an empty workspace removes it', () => {
    const hint = { count: 2, lastId: 'a', lastName: 'Model A', updatedAt: '2026-11-30T10:00:00.000Z' };
    writeWorkspaceHint(hint);
    expect(readWorkspaceHint()).toEqual(hint);
    writeWorkspaceHint({ ...hint, count: 0 });
    expect(localStorage.getItem(WORKSPACE_HINT_KEY)).toBeNull();
    expect(readWorkspaceHint()).toBeNull();
  });

  it('reads a damaged or foreign value as no hint', () => {
    for (const raw of ['{', 'null', '[]', '{"count":-1}', '{"count":1.5}', '{"count":"3"}']) {
      localStorage.setItem(WORKSPACE_HINT_KEY, raw);
      expect(readWorkspaceHint()).toBeNull();
    }
    localStorage.setItem(WORKSPACE_HINT_KEY, '{"count":3,"lastId":7}');
    expect(readWorkspaceHint()).toEqual({ count: 3, lastId: null, lastName: null, updatedAt: '' });
  });

  it('never throws when storage refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => writeWorkspaceHint({ count: 1, lastId: 'a', lastName: 'A', updatedAt: '' })).not.toThrow();
    expect(readWorkspaceHint()).toBeNull();
    vi.restoreAllMocks();
  });

  it('points at the most recently changed assessment', () => {
    const list = [
      { id: 'a', name: 'A', updatedAt: '2026-11-30T10:00:00.000Z' },
      { id: 'b', name: 'B', updatedAt: '2026-11-30T11:00:00.000Z' },
      { id: 'c', name: 'C', updatedAt: '2026-11-30T09:00:00.000Z' },
    ];
    expect(hintFromAssessments(list, 'now')).toEqual({
      count: 3,
      lastId: 'b',
      lastName: 'B',
      updatedAt: 'now',
    });
    expect(hintFromAssessments([], 'now')).toEqual({
      count: 0,
      lastId: null,
      lastName: null,
      updatedAt: 'now',
    });
  });
});
