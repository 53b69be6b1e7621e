/** Comparing two evaluations (issue #9 "Compare", ADR 0096). Pure: no clock, no I/O. */
export * from './answers-diff';
export * from './compare';
export * from './diff-summaries';
export * from './file';
export * from './same-words';
export * from './summary';
