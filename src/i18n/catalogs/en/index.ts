/** The English catalog: the source of every message id. Each area is its own object, so ids never collide. */

import { app } from './app';
import { cli } from './cli';
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
import { reference } from './reference';
import { reportPage } from './report-page';
import { reportWords } from './report-words';
import { rules } from './rules';
import { signposts } from './signposts';
import { systemicRisk } from './systemic-risk';
import { validation } from './validation';
import { wizard } from './wizard';
import { words } from './words';
import { workspace } from './workspace';

export const en = {
  common,
  layout,
  reportPage,
  wizard,
  documents,
  workspace,
  app,
  reportWords,
  cli,
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
  rules,
  compare,
  validation,
  reference,
  offline,
};
