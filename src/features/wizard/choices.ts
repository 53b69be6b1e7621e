import type { ChoiceOption } from '../../components/RadioGroup';
import type { Option } from '../../engine/questionnaire';
import type { Translator } from '../../i18n/translator';

/** The questionnaire's options in the reader's language, as the string-based choice components take them. */
export function choices(options: readonly Option[] | undefined, t: Translator['t']): ChoiceOption[] {
  return (options ?? []).map((o) => ({
    value: o.value,
    label: t(o.label),
    ...(o.hint ? { hint: t(o.hint) } : {}),
    ...(o.exclusive ? { exclusive: o.exclusive } : {}),
  }));
}
