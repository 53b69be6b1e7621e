/** The English catalog: the source of every message id. Each area is its own object, so ids never collide. */
import { cli } from './cli';
import { common } from './common';
import { compare } from './compare';
import { dates } from './dates';
import { enforcement } from './enforcement';
import { evaluate } from './evaluate';
import { gpai } from './gpai';
import { law } from './law';
import { modifier } from './modifier';
import { obligations } from './obligations';
import { openSource } from './open-source';
import { options } from './options';
import { placement } from './placement';
import { provider } from './provider';
import { questions } from './questions';
import { reportWords } from './report-words';
import { rules } from './rules';
import { signposts } from './signposts';
import { systemicRisk } from './systemic-risk';
import { validation } from './validation';
import { words } from './words';

export const en = {
  common,
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
};
