import { formatFlop } from '../../engine/compute';
import { formatDate } from '../../engine/dates';
import { LAW, type LawParameter, type ParameterValue } from '../../engine/law/parameters';
import { RuleLink } from '../../shared/legal-text/RuleLinks';

/** A parameter's value as people read it: "10²⁵ FLOP", "2 weeks", "2 August 2025", "30 %", "EUR 15 000 000". */
function valueWords(kind: LawParameter['kind'], value: ParameterValue): string {
  if (typeof value === 'object') {
    if ('weeks' in value) return `${value.weeks} ${value.weeks === 1 ? 'week' : 'weeks'}`;
    return `${value.months} ${value.months === 1 ? 'month' : 'months'}`;
  }
  if (kind === 'date') return formatDate(value as string);
  const n = value as number;
  if (kind === 'flop') return formatFlop(n);
  if (kind === 'percent') return `${Math.round(n * 1000) / 10} %`;
  // Digits grouped with spaces, as the Official Journal writes them ("10 000", "EUR 15 000 000").
  const grouped = n.toLocaleString('en-GB').replaceAll(',', ' ');
  return kind === 'eur' ? `EUR ${grouped}` : grouped;
}

/** Issue 13: the law's numbers and dates as the engine reads them — each dated, referenced and numbered. */
export function LawParameters() {
  const rows = Object.entries(LAW) as [string, LawParameter][];
  return (
    <section aria-labelledby="m-parameters">
      <h2 id="m-parameters" className="mt-10 text-xl font-semibold">
        The law’s numbers and dates
      </h2>
      <p className="mt-3">
        Every threshold, period and date of application the assessment uses, with the date from which it
        holds, where it comes from and the rule that applies it. The engine reads them only from this table.
      </p>
      <section
        className="table-scroll mt-3 overflow-x-auto"
        aria-labelledby="m-parameters-caption"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption id="m-parameters-caption" className="sr-only">
            Dated parameters of the law
          </caption>
          <thead>
            <tr className="border-b border-gray-400">
              <th scope="col" className="py-2 pr-3">
                Parameter
              </th>
              <th scope="col" className="py-2 pr-3">
                Value (holds from)
              </th>
              <th scope="col" className="py-2 pr-3">
                Source
              </th>
              <th scope="col" className="py-2">
                Rule
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, p]) => (
              <tr key={id} className="border-b border-gray-200 align-top" data-parameter={id}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  {p.label}
                </th>
                <td className="py-2 pr-3">
                  {p.values.map((v) => (
                    <div key={v.from}>
                      {valueWords(p.kind, v.value)}{' '}
                      <span className="text-slate-700">
                        (from <time dateTime={v.from}>{formatDate(v.from)}</time>)
                      </span>
                    </div>
                  ))}
                </td>
                <td className="py-2 pr-3">{p.reference}</td>
                <td className="py-2">
                  {p.rules.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : null}
                      <RuleLink id={id} />
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
