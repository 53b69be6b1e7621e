/**
 * Type test (checked by `tsc --noEmit`): the engine's comparison reads the workspace's stored `ResultSummary`
 * through its own structural type, since the engine may not import src/shared. If either shape changes
 * without the other, this file stops compiling.
 */
import type { ComparableSummary } from '../../engine/compare/summary';
import type { ResultSummary } from '../workspace/types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const summaryShapesAgree: Same<ResultSummary, ComparableSummary> = true;
