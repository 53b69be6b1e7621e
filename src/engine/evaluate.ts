import type { Answers } from './answers';
import type { IsoDate, Report } from './report';

/** Turns answers into a cited report as of a calendar date. Pure: same answers and date, same report. */
export function evaluate(_answers: Answers, _asOf: IsoDate): Report {
  throw new Error('evaluate: being implemented in this session');
}
