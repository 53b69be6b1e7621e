/** The memo of a report, section by section, as one document model for the PDF and the Word builders. */
import { formatDate } from '../../engine/dates';
import { answerBlocks, disclaimerBlocks, signOffBlocks } from './answers';
import { enforcementBlocks, signpostBlocks, timelineBlocks, warningBlocks } from './context';
import { normalisePowers } from './inline';
import { MEMO_TITLE, type MemoInput, memoModelName } from './input';
import { mandateChecklistBlocks } from './mandate-checklist';
import type { Memo } from './model';
import { notificationDraftBlocks } from './notification-draft';
import { obligationBlocks } from './obligations';
import { ambiguityBlocks, openQuestionBlocks, reasoningBlocks } from './questions';
import { summaryBox, titleBlocks } from './summary';
import { verdictBlocks } from './verdicts';

export function buildMemo(input: MemoInput): Memo {
  const { report } = input;
  const modelName = memoModelName(input);
  const blocks = [
    ...titleBlocks(input, modelName),
    summaryBox(report),
    ...verdictBlocks(report),
    ...obligationBlocks(report),
    ...notificationDraftBlocks(input),
    ...mandateChecklistBlocks(report),
    ...signpostBlocks(report),
    ...timelineBlocks(report),
    ...enforcementBlocks(report),
    ...warningBlocks(report),
    ...openQuestionBlocks(report),
    ...ambiguityBlocks(report),
    ...reasoningBlocks(report),
    ...answerBlocks(input),
    ...signOffBlocks(input),
    ...disclaimerBlocks(),
  ].map(normalisePowers);
  return {
    title: modelName ? `${MEMO_TITLE}: ${modelName}` : MEMO_TITLE,
    modelName,
    footer: [
      'GPAI Navigator',
      modelName,
      `answers ${input.answersHash}`,
      `rules ${report.rulesVersion}`,
      `as of ${formatDate(report.asOf)}`,
      'not legal advice',
    ].filter(Boolean),
    blocks,
  };
}
