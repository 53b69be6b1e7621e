/** For tests and fixtures outside the engine that read a report's text: evaluate, then render in English. */
import type { Answers } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import type { IsoDate, Report } from '../engine/report';
import { inEnglish } from './all';

export function evaluateInEnglish(answers: Answers, asOf: IsoDate): Report {
  return inEnglish(evaluate(answers, asOf)) as Report;
}
