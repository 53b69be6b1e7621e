import { afterEach, describe, expect, it } from 'vitest';
import { english } from '../../i18n/all';
import { failureText, WorkspaceError } from './errors';

describe('a workspace error’s message (ADR 0090, issue #11)', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('is worded in the page’s language, so a screen that shows it shows the reader’s words', () => {
    const error = new WorkspaceError('quota', failureText('quota', 'your changes'));
    document.documentElement.lang = 'de';
    expect(error.message).not.toBe(english.t(error.text));
    expect(error.message).not.toMatch(/could not be saved/);
    document.documentElement.lang = 'en';
    expect(error.message).toMatch(/could not be saved/);
  });

  it('shows a message given as plain words as given, in any language', () => {
    document.documentElement.lang = 'fr';
    expect(new WorkspaceError('write-failed', 'Disk on fire').message).toContain('Disk on fire');
  });
});
