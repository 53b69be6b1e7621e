import { LAW, type LawId, type LawParameter, type ParameterValue } from '../../engine/law/parameters';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import type { Translator } from '../../i18n/translator';
import { RuleLink } from '../../shared/legal-text/RuleLinks';
import { lawLabelMessage, lawReferenceMessage } from './reference-text';

/** A parameter's value as people read it: "10²⁵ FLOP", "2 weeks", "2 August 2025", "30 %", "EUR 15 000 000". */
function valueWords(tr: Translator, kind: LawParameter['kind'], value: ParameterValue): string {
  if (typeof value === 'object') {
    if ('weeks' in value) return tr.m('app.lawWeeks', { n: value.weeks });
    return tr.m('app.lawMonths', { n: value.months });
  }
  if (kind === 'date') return tr.date(value as string);
  const n = value as number;
  if (kind === 'flop') return tr.flop(n);
  if (kind === 'percent') return `${tr.number(Math.round(n * 1000) / 10)} %`;
  // Digits grouped with spaces, as the Official Journal writes them ("10 000", "EUR 15 000 000"). The law's
  // amounts and counts are whole numbers: toLocaleString would make an Intl object on each call (issue #12).
  const grouped = Number.isInteger(n)
    ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
    : n.toLocaleString('en-GB').replaceAll(',', ' ');
  return kind === 'eur' ? `EUR ${grouped}` : grouped;
}

/** Issue 13: the law's numbers and dates as the engine reads them — each dated, referenced and numbered. */
export function LawParameters() {
  const tr = useTranslator(['reference']);
  const rows = Object.entries(LAW) as [LawId, LawParameter][];
  return (
    <section aria-labelledby="m-parameters" className="layout-when-near [contain-intrinsic-size:auto_150rem]">
      <h2 id="m-parameters" className="mt-10 text-xl font-semibold">
        {tr.m('app.lawHeading')}
      </h2>
      <p className="mt-3">{tr.m('app.lawIntro')}</p>
      <section
        className="table-scroll mt-3 overflow-x-auto"
        aria-labelledby="m-parameters-caption"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption id="m-parameters-caption" className="sr-only">
            {tr.m('app.lawCaption')}
          </caption>
          <thead>
            <tr className="border-b border-gray-400">
              <th scope="col" className="py-2 pr-3">
                {tr.m('app.lawParameter')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {tr.m('app.lawValue')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {tr.m('app.lawSource')}
              </th>
              <th scope="col" className="py-2">
                {tr.m('app.lawRule')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, p]) => (
              <tr key={id} className="border-b border-gray-200 align-top" data-parameter={id}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  {tr.m(lawLabelMessage(id))}
                </th>
                <td className="py-2 pr-3">
                  {p.values.map((v) => (
                    <div key={v.from}>
                      {valueWords(tr, p.kind, v.value)}{' '}
                      <span className="text-slate-700">
                        {richText(
                          tr,
                          'app.lawFrom',
                          {},
                          { date: <time dateTime={v.from}>{tr.date(v.from)}</time> },
                        )}
                      </span>
                    </div>
                  ))}
                </td>
                <td className="py-2 pr-3">{tr.m(lawReferenceMessage(id))}</td>
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
