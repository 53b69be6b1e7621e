/**
 * What the wizard's routes load before they render (a TanStack `loader`): the assessment named by `?id=`,
 * read from the workspace, whose code is imported only now. Never throws: a missing or unreadable
 * assessment becomes a state the page explains.
 */
import { peekDraft } from '../../shared/draft/peek';
import type { AssessmentRecord } from '../../shared/workspace/types';

export type LoadedAssessment =
  /** No id: the first answer creates a new assessment. */
  | { status: 'new' }
  | { status: 'ok'; record: AssessmentRecord }
  | { status: 'not-found'; id: string }
  | { status: 'unavailable'; message: string };

export async function loadAssessment(id: string | undefined): Promise<LoadedAssessment> {
  // An old browser's saved answers (earlier builds kept one draft in localStorage) move into the workspace
  // on any visit; a question page opened without an id (an old bookmark) then continues them.
  const legacy = peekDraft().status !== 'none';
  if (id === undefined && !legacy) return { status: 'new' };
  try {
    const { getAssessment, migrateLegacyDraft } = await import('../../shared/workspace/store');
    const migrated = legacy ? await migrateLegacyDraft().catch(() => null) : null;
    if (id === undefined) return migrated ? { status: 'ok', record: migrated } : { status: 'new' };
    const record = await getAssessment(id);
    return record ? { status: 'ok', record } : { status: 'not-found', id };
  } catch (e) {
    return {
      status: 'unavailable',
      message:
        e instanceof Error && e.message
          ? e.message
          : 'This browser’s storage cannot be opened, so saved assessments cannot be read.',
    };
  }
}
