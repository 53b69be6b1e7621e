/** A report in one language: what every surface reads (issue #11). */
import type { EngineReport, Report } from '../engine/report';
import { localize } from './localize';
import type { Translator } from './translator';

export function localizeReport(report: EngineReport, translator: Translator): Report {
  return localize(report, translator) as Report;
}
