/**
 * What the pickers offer: for every assessment (by name, archived last), its current draft and each recorded
 * version — and, for a version recorded under older rules, the same answers under the current rules.
 */
import { formatDate } from '../../engine/dates';
import { RULES_VERSION } from '../../engine/rules-version';
import type { AssessmentRecord, VersionRecord } from '../../shared/workspace/types';
import { formatRef } from './refs';

export interface PickerOption {
  value: string;
  label: string;
}

export interface PickerGroup {
  label: string;
  options: PickerOption[];
}

export function pickerGroups(
  assessments: readonly AssessmentRecord[],
  versions: readonly VersionRecord[],
): PickerGroup[] {
  const byAssessment = new Map<string, VersionRecord[]>();
  for (const v of versions)
    byAssessment.set(v.assessmentId, [...(byAssessment.get(v.assessmentId) ?? []), v]);
  const sorted = [...assessments].sort(
    (x, y) =>
      Number(x.archived) - Number(y.archived) || x.name.localeCompare(y.name) || x.id.localeCompare(y.id),
  );
  return sorted.map((a) => {
    const options: PickerOption[] = [
      { value: formatRef({ kind: 'd', id: a.id }), label: `${a.name} — current draft` },
    ];
    const own = (byAssessment.get(a.id) ?? []).sort((x, y) => y.seq - x.seq);
    for (const v of own) {
      const signed = v.signoff ? ', signed' : '';
      options.push({
        value: formatRef({ kind: 'v', id: v.id }),
        label: `${a.name} — version ${v.seq} (${formatDate(v.asOf)}${signed})`,
      });
      if (v.rulesVersion !== RULES_VERSION)
        options.push({
          value: formatRef({ kind: 'r', id: v.id }),
          label: `${a.name} — version ${v.seq} under the current rules (${RULES_VERSION})`,
        });
    }
    return { label: a.archived ? `${a.name} (archived)` : a.name, options };
  });
}
