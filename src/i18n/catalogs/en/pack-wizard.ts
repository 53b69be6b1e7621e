import { dates } from './dates';
import { options } from './options';
import { questions } from './questions';
import { validation } from './validation';

/** The English areas of the `wizard` pack (PACKS in ../../message-id.ts), fetched together by ../../load.ts. */
export const wizardPack = {
  questions,
  options,
  validation,
  dates,
};
