/** The memo of a report, section by section, as one document model for the PDF and the Word builders. */
import { answerBlocks, disclaimerBlocks, signOffBlocks } from './answers';
import { enforcementBlocks, signpostBlocks, timelineBlocks, warningBlocks } from './context';
import { normalisePowers } from './inline';
import { type MemoInput, memoModelName } from './input';
import { mandateChecklistBlocks } from './mandate-checklist';
import type { Memo } from './model';
import { notificationDraftBlocks } from './notification-draft';
import { obligationBlocks } from './obligations';
import { ambiguityBlocks, openQuestionBlocks, reasoningBlocks } from './questions';
import { summaryBox, titleBlocks } from './summary';
import { verdictBlocks } from './verdicts';

/** The memo in the input's language (`input.translator`); the report must be localized to the same language. */
export function buildMemo(input: MemoInput): Memo {
  const { report, translator: tr } = input;
  const modelName = memoModelName(input);
  const blocks = [
    ...titleBlocks(input, modelName),
    summaryBox(report, tr),
    ...verdictBlocks(report, tr),
    ...obligationBlocks(report, tr),
    ...notificationDraftBlocks(input),
    ...mandateChecklistBlocks(report, tr),
    ...signpostBlocks(report, tr),
    ...timelineBlocks(report, tr),
    ...enforcementBlocks(report, tr),
    ...warningBlocks(report, tr),
    ...openQuestionBlocks(report, tr),
    ...ambiguityBlocks(report, tr),
    ...reasoningBlocks(report, tr),
    ...answerBlocks(input),
    ...signOffBlocks(input),
    ...disclaimerBlocks(tr),
  ].map(normalisePowers);
  return {
    title: modelName
      ? tr.m('documents.memoTitleWithModel', { model: modelName })
      : tr.m('documents.memoTitle'),
    modelName,
    footer: [
      'GPAI Navigator',
      modelName,
      tr.m('documents.footerAnswers', { hash: input.answersHash }),
      tr.m('documents.footerRules', { version: report.rulesVersion }),
      tr.m('documents.footerAsOf', { date: { date: report.asOf } }),
      tr.m('documents.footerNotLegalAdvice'),
    ].filter(Boolean),
    blocks,
  };
}
