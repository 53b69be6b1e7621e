/**
 * The answers hash shown in the report footer and the PDF (ADR 0020): the first 12 hex digits of SHA-256
 * over the UTF-8 bytes (WTF-8 for lone surrogates) of the canonical answers JSON (keys sorted, defaults filled, multi-choice answers in
 * schema order), WITHOUT the model name — the name is optional free text that a share link may leave out, and
 * a colleague opening the link must see the same hash. Anyone can re-check it:
 *   printf '%s' "$(canonical json)" | sha256sum | cut -c1-12
 *
 * Version 1 answers (old links, drafts, files) are hashed after migration (ADR 0050), as the version 2 answers
 * they became: the same facts hash the same, whichever way they came in. A report printed before rules
 * revision 2 keeps the hash it showed (taken over the version 1 JSON); opening its link now shows the hash of
 * the migrated answers, next to the notice that they were migrated.
 */
import type { Answers } from '../engine/answers';
import { canonicalAnswers, canonicalJson } from './canonical';
import { sha256, toHex } from './sha256';
import { encodeWtf8 } from './wtf8';

export const ANSWERS_HASH_LENGTH = 12;

/** The exact text the hash is taken over. */
export function hashedAnswersJson(answers: Answers): string {
  const { modelName: _name, ...facts } = canonicalAnswers(answers);
  return canonicalJson(facts);
}

export function answersHash(answers: Answers): string {
  return toHex(sha256(encodeWtf8(hashedAnswersJson(answers)))).slice(0, ANSWERS_HASH_LENGTH);
}
