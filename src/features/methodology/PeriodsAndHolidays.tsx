import { COMMISSION_HOLIDAYS } from '../../engine/law/commission-holidays';
import { art } from '../../engine/sources';
import { Citations } from '../../shared/legal-text/Citations';

/** R87: how the report counts periods (Reg. 1182/71) and which public-holiday lists it applies. */
export function PeriodsAndHolidays() {
  return (
    <section aria-labelledby="m-periods">
      <h2 id="m-periods" className="mt-10 text-xl font-semibold">
        Periods and public holidays
      </h2>
      <p className="mt-3">
        Deadlines that run for a period — the two weeks for notifying the Commission (Art. 52(1)), the six
        months of Art. 52(5), the guidelines’ two weeks after 2 August 2025 — are counted under Regulation
        (EEC, Euratom) No 1182/71. The day of the event is not counted; a period in weeks ends on the same
        weekday, a period in months on the same date. When the last day is a Saturday, a Sunday or a public
        holiday, the period ends at the end of the next working day, and the report shows the legal last day
        and says that it moved and why (R87). For example, two weeks after Saturday 2 August 2025 ended on
        Saturday 16 August 2025, so the period ran to Monday 18 August 2025.
      </p>
      <p className="mt-3">
        Fixed dates of application never move: the Commission’s enforcement powers apply from 2 August 2026
        although it is a Sunday.
      </p>
      <p className="mt-3">
        The public holidays are those of the Commission, where a notification is made. They are applied only
        from the Commission decisions this tool ships and cites
        {COMMISSION_HOLIDAYS.length > 0 ? (
          <>
            {' '}
            (
            {COMMISSION_HOLIDAYS.map((h, i) => (
              <span key={h.year}>
                {i > 0 ? ', ' : null}
                <a href={h.url} target="_blank" rel="noopener noreferrer" className="text-accent underline">
                  {h.year}
                  <span className="sr-only">
                    : {h.decision}, {h.oj} (opens in a new tab)
                  </span>
                </a>
              </span>
            ))}
            )
          </>
        ) : null}
        . For other years the report notes that a Commission public holiday on the last day would extend the
        period to the next working day.
      </p>
      <Citations citations={[art('52(1)'), art('52(5)')]} />
    </section>
  );
}
