import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/english';
import { PERSONAS } from '../../share/test-personas';
import { assessmentOf, taskOf, versionOf } from '../../shared/workspace/file-fixtures';
import {
  articleOf,
  describeRecord as describeIn,
  differences as differencesIn,
  type NameOf,
  namesFrom as namesIn,
} from './plan-words';

type Rec = Parameters<typeof describeIn>[0];
const describeRecord = (r: Rec, nameOf: NameOf) => describeIn(r, nameOf, english);
const differences = (a: Rec, b: Rec) => differencesIn(a, b, english);
const namesFrom = (...lists: Rec[][]) => namesIn(english, ...lists);

const frontier = PERSONAS.frontierLabOutsideEu as NonNullable<typeof PERSONAS.frontierLabOutsideEu>;

describe('plan words', () => {
  it('writes obligation ids as articles', () => {
    expect(articleOf('art53_1_a')).toBe('Art. 53(1)(a)');
    expect(articleOf('art52_1')).toBe('Art. 52(1)');
    expect(articleOf('art54')).toBe('Art. 54');
  });

  it('names versions and tasks by their assessment, from the file first, then the workspace', () => {
    const mine = assessmentOf('a1', frontier);
    const theirs = { ...mine, name: 'Renamed in the file' };
    const nameOf = namesFrom([theirs], [mine]);
    expect(describeRecord(versionOf('a1', 2, frontier), nameOf)).toBe('Version 2 of “Renamed in the file”');
    expect(describeRecord(taskOf('a1', { itemKey: 'k' }), nameOf)).toBe(
      'Task Art. 53(1)(a) (an item to produce) of “Renamed in the file”',
    );
    expect(namesFrom([mine])('zz')).toBe('an assessment not in this workspace');
  });

  it('lists what differs, leaving out the bookkeeping of every write (rev, updatedAt)', () => {
    const mine = assessmentOf('a1', frontier);
    const theirs = { ...mine, owner: 'Someone else', rev: 9, updatedAt: '2026-11-29T10:00:00.000Z' };
    expect(differences(mine, theirs)).toEqual(['owner']);
    const v = versionOf('a1', 1, frontier);
    const signed = {
      ...v,
      signoff: { name: 'R', role: '', date: '2026-11-20', note: '', signedAt: '2026-11-20T10:00:00.000Z' },
    };
    expect(differences(v, signed)).toEqual(['sign-off']);
  });
});
