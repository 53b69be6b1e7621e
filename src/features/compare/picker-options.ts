/**
 * What the pickers offer: for every assessment (by name, archived last), its current draft and each recorded
 * version — and, for a version recorded under older rules, the same answers under the current rules.
 */
import { RULES_VERSION } from '../../engine/rules-version';
import { tx } from '../../engine/text';
import type { Translator } from '../../i18n/translator';
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
  tr: Translator,
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
      {
        value: formatRef({ kind: 'd', id: a.id }),
        label: tr.t(tx('compare.sideCurrentDraft', { name: a.name })),
      },
    ];
    const own = (byAssessment.get(a.id) ?? []).sort((x, y) => y.seq - x.seq);
    for (const v of own) {
      const seq = String(v.seq);
      options.push({
        value: formatRef({ kind: 'v', id: v.id }),
        label: tr.t(
          tx(v.signoff ? 'compare.pickerVersionSigned' : 'compare.sideVersion', {
            name: a.name,
            seq,
            date: { date: v.asOf },
          }),
        ),
      });
      if (v.rulesVersion !== RULES_VERSION)
        options.push({
          value: formatRef({ kind: 'r', id: v.id }),
          label: tr.t(
            tx('compare.pickerVersionCurrentRules', { name: a.name, seq, rulesVersion: RULES_VERSION }),
          ),
        });
    }
    return { label: a.archived ? tr.t(tx('compare.pickerArchived', { name: a.name })) : a.name, options };
  });
}
