import type { Translation } from '../../message-id';
import { dates } from './dates';
import { options } from './options';
import { questions } from './questions';
import { validation } from './validation';

/** The French areas of the `wizard` pack (PACKS in ../../message-id.ts), fetched together by ../../load.ts. */
export const wizardPack: Pick<Translation, 'questions' | 'options' | 'validation' | 'dates'> = {
  questions,
  options,
  validation,
  dates,
};
