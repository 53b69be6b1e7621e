/**
 * Public holidays of the European Commission, for time limits under Regulation (EEC, Euratom) No 1182/71.
 *
 * Article 3(4) of that Regulation: a period whose last day is a public holiday, a Saturday or a Sunday ends at
 * the end of the next working day. Article 2(1): the public holidays are those of the institution where an act
 * is to be done. A notification to the Commission under Article 52(1) of the AI Act is therefore governed by the
 * Commission's own public holidays, adopted each year by a Commission Decision "on public holidays in <year> for
 * staff of the European institutions in Brussels and Luxembourg" (OJ C series). This module holds only those lists.
 *
 * Brussels, not Luxembourg. Each decision gives one list for both places with one difference: 21 July
 * (Belgian National Holiday) is for staff in Brussels and 23 June (Luxembourg National Holiday) for staff in
 * Luxembourg. The AI Office is part of the Commission in Brussels, so `dates` is the Brussels list: 21 July is in
 * it when the decision lists it, 23 June is not.
 *
 * Only lists we could read in the published text (EUR-Lex, Official Journal) are here, date for date as
 * published. Nothing is computed from Easter or guessed from earlier years. Decisions list only the holidays
 * that fall on a working day, so a weekend date is missing from a list; weekends are the caller's rule.
 *
 * Years without a list here return 'unknown' from `isCommissionHoliday`: the caller must then say that the
 * Commission's holidays for that year were not checked, not treat the day as a working day. As of this
 * writing no published text was found for 2025, 2026 or 2027. For 2024 only an incomplete text was found
 * (Italian version of 2022/C 440/05, cut off after 15 August), so 2024 is not listed either.
 * Add a year by appending its decision, with its OJ reference and EUR-Lex address, to COMMISSION_HOLIDAYS.
 */

export interface HolidayList {
  year: number;
  /** Title of the Commission Decision, as published. */
  decision: string;
  /** Official Journal reference and the decision's number in the C series. */
  oj: string;
  /** EUR-Lex address of the text the dates were read from. */
  url: string;
  /** YYYY-MM-DD, ascending: the public holidays for staff in Brussels. */
  dates: readonly string[];
}

export const COMMISSION_HOLIDAYS: readonly HolidayList[] = [
  {
    year: 2023,
    decision:
      'Commission Decision of 25 May 2021 on public holidays in 2023 for staff of the European institutions in Brussels and Luxembourg',
    oj: 'OJ C 201 I, 28.5.2021, p. 2 (2021/C 201 I/02)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32021D0528(01)&rid=1',
    dates: [
      '2023-01-02', // Day after New Year's Day (1 January is a Sunday)
      '2023-04-06', // Maundy Thursday
      '2023-04-07', // Good Friday
      '2023-04-10', // Easter Monday
      '2023-05-01', // Labour Day
      '2023-05-09', // Anniversary of the Declaration by Robert Schuman in 1950
      '2023-05-18', // Ascension Day
      '2023-05-19', // Day after Ascension Day
      '2023-05-29', // Whit Monday
      // 23 June (Luxembourg National Holiday) is for staff in Luxembourg only.
      '2023-07-21', // Belgian National Holiday, for staff in Brussels
      '2023-08-15', // Assumption
      '2023-11-01', // All Saints' Day
      '2023-11-02', // All Souls' Day
      '2023-12-25', // 25 to 29 December: 5 end-of-year days
      '2023-12-26',
      '2023-12-27',
      '2023-12-28',
      '2023-12-29',
    ],
  },
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `date` (YYYY-MM-DD) is a Commission public holiday in Brussels: true or false for a year whose
 * decision is listed above, 'unknown' for any other year. Throws RangeError for a string that is not a real
 * calendar date.
 */
export function isCommissionHoliday(date: string): boolean | 'unknown' {
  const m = ISO_DATE.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  }
  const list = COMMISSION_HOLIDAYS.find((l) => l.year === y);
  return list === undefined ? 'unknown' : list.dates.includes(date);
}
