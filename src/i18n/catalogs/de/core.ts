import type { CoreTranslation } from '../../message-id';
import { app } from './app';
import { common } from './common';
import { compare } from './compare';
import { dates } from './dates';
import { documents } from './documents';
import { enforcement } from './enforcement';
import { evaluate } from './evaluate';
import { gpai } from './gpai';
import { law } from './law';
import { layout } from './layout';
import { modifier } from './modifier';
import { obligations } from './obligations';
import { offline } from './offline';
import { openSource } from './open-source';
import { options } from './options';
import { placement } from './placement';
import { provider } from './provider';
import { questions } from './questions';
import { reportPage } from './report-page';
import { reportWords } from './report-words';
import { signposts } from './signposts';
import { systemicRisk } from './systemic-risk';
import { validation } from './validation';
import { wizard } from './wizard';
import { words } from './words';
import { workspace } from './workspace';

/** The German areas loaded with the first screen (see ../en/core.ts). */
export const deCore: CoreTranslation = {
  common,
  layout,
  reportPage,
  wizard,
  documents,
  workspace,
  app,
  reportWords,
  law,
  words,
  options,
  evaluate,
  gpai,
  placement,
  provider,
  modifier,
  systemicRisk,
  enforcement,
  signposts,
  obligations,
  dates,
  openSource,
  questions,
  compare,
  validation,
  offline,
};
