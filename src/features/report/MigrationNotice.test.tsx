import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { migrateV1 } from '../../engine/migrate';
import { SCREENS } from '../../engine/questionnaire';
import { inEnglish } from '../../i18n/english';
import { MigrationNotice } from './MigrationNotice';
import type { ReportMigration } from './report-input';

const { notes } = migrateV1({
  schemaVersion: 1,
  role: 'hobbyist',
  euEstablished: 'yes',
  outputModalities: ['audio'],
  generality: 'broad',
  codeOfPractice: 'unknown',
});

function renderNotice(migration: ReportMigration, change?: React.ReactNode) {
  render(<MigrationNotice migration={migration} change={change} />);
}

describe('MigrationNotice', () => {
  it('says under which rules and answers format the answers were made, and lists what changed', async () => {
    renderNotice({ fromVersion: 1, notes, rulesVersion: '2026.11.1' });
    const note = await screen.findByRole('note', {
      name: 'These answers were made under rules 2026.11.1 (answers format 1).',
    });
    expect(note).toHaveTextContent('Rules revision 2 changed how some answers are read:');
    const items = within(note).getAllByRole('listitem');
    expect(items).toHaveLength(notes.length);
    for (const [i, n] of notes.entries()) {
      expect(items[i]).toHaveTextContent(inEnglish(n.change));
      expect(items[i]).toHaveTextContent(`(${n.rules.join(', ')})`);
    }
  });

  it('shows the question a note is about when the questionnaire asks it as one question', async () => {
    renderNotice({ fromVersion: 1, notes, rulesVersion: null });
    const question = SCREENS.flatMap((s) => s.questions).find((q) => q.id === 'outputModalities');
    const [first, second] = await screen.findAllByRole('listitem');
    expect(first).toHaveTextContent(
      `${question ? inEnglish(question.label) : ''} ${notes[0] ? inEnglish(notes[0].change) : ''}`,
    );
    // "generalityFacts" is a group of questions, not one: the note stands alone.
    expect(notes[1]?.field).toBe('generalityFacts');
    expect(second?.textContent?.startsWith(notes[1] ? inEnglish(notes[1].change) : '-')).toBe(true);
    expect(screen.getByRole('note')).toHaveTextContent('made under earlier rules (answers format 1)');
  });

  it('says when nothing is read differently', async () => {
    renderNotice({ fromVersion: 1, notes: [], rulesVersion: '2026.11.1' });
    expect(await screen.findByRole('note')).toHaveTextContent('reads every one of these answers as before');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('offers the way to change the answers it is given (a share link: save them first), and none without one', async () => {
    renderNotice(
      { fromVersion: 1, notes, rulesVersion: '2026.11.1' },
      <button type="button">Save to my workspace and change them</button>,
    );
    const note = await screen.findByRole('note');
    expect(within(note).getByRole('button', { name: 'Save to my workspace and change them' })).toBeVisible();
  });

  it('without a way to change them, shows no dead link', async () => {
    renderNotice({ fromVersion: 1, notes, rulesVersion: '2026.11.1' });
    const note = await screen.findByRole('note');
    expect(within(note).queryByRole('link')).toBeNull();
    expect(within(note).queryByRole('button')).toBeNull();
  });
});
