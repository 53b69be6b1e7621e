/**
 * Collects what the rules find while they run: trace steps, ambiguities, warnings, open questions and
 * counterfactuals, in the order they are found (the trace reads top to bottom).
 */
import type {
  Ambiguity,
  Citation,
  Counterfactual,
  OpenQuestion,
  ReportWarning,
  RuleRef,
  TraceStep,
} from '../report';
import type { Text } from '../text';

export class Findings {
  readonly trace: TraceStep<Text>[] = [];
  readonly ambiguities: Ambiguity<Text>[] = [];
  readonly warnings: ReportWarning<Text>[] = [];
  readonly openQuestions: OpenQuestion<Text>[] = [];
  readonly counterfactuals: Counterfactual<Text>[] = [];

  step(step: TraceStep<Text>): void {
    this.trace.push(step);
  }

  ambiguous(a: Ambiguity<Text>): void {
    if (!this.ambiguities.some((x) => x.edgeCase === a.edgeCase)) this.ambiguities.push(a);
  }

  warn(id: string, message: Text, rules: RuleRef[]): void {
    if (!this.warnings.some((w) => w.id === id)) this.warnings.push({ id, message, rules });
  }

  ask(q: OpenQuestion<Text>): void {
    if (!this.openQuestions.some((x) => x.field === q.field)) this.openQuestions.push(q);
  }

  whatIf(id: string, change: Text, effect: Text, rules: RuleRef[]): void {
    if (!this.counterfactuals.some((c) => c.id === id))
      this.counterfactuals.push({ id, change, effect, rules });
  }

  /** Edge cases flagged so far, for a verdict's `ambiguous` list. */
  flagged(...edgeCases: RuleRef[]): RuleRef[] {
    return edgeCases.filter((e) => this.ambiguities.some((a) => a.edgeCase === e));
  }
}

export function cite(...citations: Citation[]): Citation[] {
  return citations;
}
