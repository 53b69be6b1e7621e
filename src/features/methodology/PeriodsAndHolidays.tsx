import { COMMISSION_HOLIDAYS } from '../../engine/law/commission-holidays';
import { art } from '../../engine/sources';
import { sourceUrl } from '../../i18n/citations';
import { useTranslator } from '../../i18n/react';
import { Citations } from '../../shared/legal-text/Citations';
import { holidayDecisionMessage, holidayOjMessage } from './reference-text';

/** R87: how the report counts periods (Reg. 1182/71) and which public-holiday lists it applies. */
export function PeriodsAndHolidays() {
  const tr = useTranslator(['reference']);
  return (
    <section aria-labelledby="m-periods">
      <h2 id="m-periods" className="mt-10 text-xl font-semibold">
        {tr.m('app.periodsHeading')}
      </h2>
      <p className="mt-3">{tr.m('app.periodsCounting')}</p>
      <p className="mt-3">{tr.m('app.periodsFixedDates')}</p>
      <p className="mt-3">
        {tr.m('app.periodsHolidays')}
        {COMMISSION_HOLIDAYS.length > 0 ? (
          <>
            {' '}
            (
            {COMMISSION_HOLIDAYS.map((h, i) => (
              <span key={h.year}>
                {i > 0 ? ', ' : null}
                <a
                  href={sourceUrl(h.url, tr.lang)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-accent underline"
                >
                  {h.year}
                  <span className="sr-only">
                    {tr.m('app.periodsHolidayDecision', {
                      decision: tr.m(holidayDecisionMessage(h.year)),
                      oj: tr.m(holidayOjMessage(h.year)),
                    })}
                  </span>
                </a>
              </span>
            ))}
            )
          </>
        ) : null}
        {tr.m('app.periodsOtherYears')}
      </p>
      <Citations citations={[art('52(1)'), art('52(5)')]} />
    </section>
  );
}
