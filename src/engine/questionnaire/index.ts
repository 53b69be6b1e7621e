/** The questionnaire as data and the adaptive flow over it. Pure TypeScript — no React, no DOM. */
export * from './conditions';
export * from './flow';
export * from './options';
export { getAt, mergeAnswers, setAt } from './paths';
export { getScreen, SCREEN_BY_ID, SCREENS } from './screens';
export {
  answerStepSchema,
  draftAnswersSchema,
  fieldIsOptional,
  fieldSchema,
  sectionSchema,
} from './step-schema';
export * from './summary';
export * from './types';
