import { useMemo } from 'react';
import type { Answers } from '../../engine/answers';
import { answersHash } from '../../share/hash';

/** The short answers hash for the footer (ADR 0020), or null without answers. */
export function useAnswersHash(answers: Answers | null): string | null {
  return useMemo(() => (answers ? answersHash(answers) : null), [answers]);
}
