import { describe, expect, it } from 'vitest';
import { english, translatorFor } from '../../i18n/all';
import { readDate, readMonth } from './date-input';

describe('readDate: one way of writing dates, months read cautiously', () => {
  it('reads day-first forms and answers with the date in words', () => {
    for (const t of ['12 March 2025', '12 Mar 2025', '12/3/2025', '12.03.2025', '2025-03-12'])
      expect(readDate(t, undefined, english)).toEqual({
        ok: true,
        iso: '2025-03-12',
        words: '12 March 2025',
      });
  });

  it('reads a month alone in every common spelling', () => {
    for (const t of ['March 2025', 'Mar 2025', 'mar. 2025', '2025-03', '03/2025', '3.2025'])
      expect(readMonth(t)).toEqual({ year: 2025, month: 3 });
    expect(readMonth('13/2025')).toBeNull();
    expect(readMonth('12 March 2025')).toBeNull();
  });

  it('records the first day of a month by default and the last day where the question says so', () => {
    expect(readDate('March 2025', undefined, english)).toEqual({
      ok: true,
      iso: '2025-03-01',
      words: '1 March 2025',
      month: { label: 'March 2025', reading: 'first' },
    });
    expect(readDate('February 2028', 'last', english)).toMatchObject({ ok: true, iso: '2028-02-29' });
    expect(readDate('February 2027', 'last', english)).toMatchObject({ ok: true, iso: '2027-02-28' });
  });

  it('asks for the day in a month where a date of the law falls after its first day, not at it', () => {
    // 2 August 2025 (obligations apply) lies inside August 2025 after its first day.
    expect(readDate('August 2025', undefined, english)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Enter the exact day in August 2025/),
    });
    expect(readDate('July 2025', undefined, english)).toMatchObject({ ok: true, iso: '2025-07-01' });
    expect(readDate('September 2025', 'last', english)).toMatchObject({ ok: true, iso: '2025-09-30' });
  });

  it('says what is wrong with an impossible date or unreadable text', () => {
    expect(readDate('2025-02-30', undefined, english)).toEqual({
      ok: false,
      message: 'This date does not exist in the calendar. Check the day and month.',
      text: { msg: 'app.dateNotInCalendar' },
    });
    expect(readDate('soon', undefined, english)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Write the date like 2 August 2025/),
    });
  });

  it('gives the reason in the reader’s language too', () => {
    const month = readDate('August 2025', undefined, english);
    expect(month.ok).toBe(false);
    if (month.ok) return;
    expect(month.message).toBe(
      'Enter the exact day in August 2025: the AI Act date 2 August 2025 falls in that month, so the day decides which rules apply.',
    );
    expect(translatorFor('de').t(month.text)).toBe(
      'Geben Sie den genauen Tag im August 2025 an: Das Datum 2. August 2025 der KI-Verordnung fällt in diesen Monat, daher entscheidet der Tag, welche Regeln gelten.',
    );
  });
});

describe('readDate in German and French (issue #11): the same reading in every language', () => {
  const de = translatorFor('de');
  const fr = translatorFor('fr');
  const en = translatorFor('en');
  const readers = [
    ['en', en],
    ['de', de],
    ['fr', fr],
  ] as const;

  it('reads German forms: 2. August 2026, 2. Aug. 2026, 02.08.2026, 2.8.2026, März and Maerz, Mrz.', () => {
    for (const t of ['2. August 2026', '2. Aug. 2026', '2. aug 2026', '2.Aug.2026', '02.08.2026', '2.8.2026'])
      expect(readDate(t, 'first', de)).toEqual({ ok: true, iso: '2026-08-02', words: '2. August 2026' });
    for (const t of ['12. März 2026', '12. Maerz 2026', '12. Marz 2026', '12. Mrz. 2026', '12. MÄRZ 2026'])
      expect(readDate(t, 'first', de)).toMatchObject({ ok: true, iso: '2026-03-12', words: '12. März 2026' });
    for (const [t, iso] of [
      ['3. Januar 2027', '2027-01-03'],
      ['3. Jänner 2027', '2027-01-03'],
      ['3. Feb. 2027', '2027-02-03'],
      ['3. Mai 2027', '2027-05-03'],
      ['3. Juni 2027', '2027-06-03'],
      ['3. Juli 2027', '2027-07-03'],
      ['3. Okt. 2027', '2027-10-03'],
      ['3. Dez. 2027', '2027-12-03'],
    ] as const)
      expect(readDate(t, 'first', de)).toMatchObject({ ok: true, iso });
  });

  it('reads French forms: 1er mars 2026, 1 mars 2026, août and aout, févr., 02/08/2026', () => {
    for (const t of [
      '1er mars 2026',
      '1 mars 2026',
      '01 mars 2026',
      '1ER MARS 2026',
      '01/03/2026',
      '1/3/2026',
    ])
      expect(readDate(t, 'first', fr)).toEqual({ ok: true, iso: '2026-03-01', words: '1er mars 2026' });
    for (const t of ['2 août 2027', '2 aout 2027', '2 AOÛT 2027', '02/08/2027'])
      expect(readDate(t, 'first', fr)).toEqual({ ok: true, iso: '2027-08-02', words: '2 août 2027' });
    for (const [t, iso] of [
      ['3 janv. 2027', '2027-01-03'],
      ['3 févr. 2027', '2027-02-03'],
      ['3 fevr 2027', '2027-02-03'],
      ['3 avr. 2027', '2027-04-03'],
      ['3 mai 2027', '2027-05-03'],
      ['3 juin 2027', '2027-06-03'],
      ['3 juil. 2027', '2027-07-03'],
      ['3 sept. 2027', '2027-09-03'],
      ['3 déc. 2027', '2027-12-03'],
      ['3 decembre 2027', '2027-12-03'],
    ] as const)
      expect(readDate(t, 'first', fr)).toMatchObject({ ok: true, iso });
  });

  it('reads a month alone in German and French, with and without accents, umlauts and dots', () => {
    for (const t of ['März 2026', 'Maerz 2026', 'marz 2026', 'Mrz. 2026', 'mars 2026', 'MÄR. 2026'])
      expect(readMonth(t)).toEqual({ year: 2026, month: 3 });
    for (const t of ['août 2027', 'aout 2027', 'Aug. 2027'])
      expect(readMonth(t)).toEqual({ year: 2027, month: 8 });
    for (const t of ['févr. 2026', 'fevr. 2026', 'Feb 2026', 'Februar 2026', 'février 2026'])
      expect(readMonth(t)).toEqual({ year: 2026, month: 2 });
    // A combining diaeresis typed separately (NFD) is an umlaut all the same.
    expect(readMonth('Ma\u0308rz 2026')).toEqual({ year: 2026, month: 3 });
  });

  it('names the month and the day in the reader’s language', () => {
    expect(readDate('Maerz 2026', 'first', de)).toEqual({
      ok: true,
      iso: '2026-03-01',
      words: '1. März 2026',
      month: { label: 'März 2026', reading: 'first' },
    });
    expect(readDate('févr. 2027', 'last', fr)).toEqual({
      ok: true,
      iso: '2027-02-28',
      words: '28 février 2027',
      month: { label: 'février 2027', reading: 'last' },
    });
    // Without a translator, English as before, whatever language the name was typed in.
    expect(readDate('März 2026', undefined, english)).toMatchObject({
      words: '1 March 2026',
      month: { label: 'March 2026' },
    });
  });

  it('reads the same text as the same day in every language (CSV imports and links have no language)', () => {
    for (const t of ['02/08/2026', '02.08.2026', '2-8-2026', '2 August 2026', '2. Aug. 2026', '2 août 2026'])
      for (const [, tr] of readers)
        expect(readDate(t, 'first', tr)).toMatchObject({ ok: true, iso: '2026-08-02' });
  });

  it('keeps English as it was: day first, English words back', () => {
    expect(readDate('02/08/2026', 'first', en)).toEqual({
      ok: true,
      iso: '2026-08-02',
      words: '2 August 2026',
    });
    expect(readDate('2 août 2026', undefined, english)).toEqual({
      ok: true,
      iso: '2026-08-02',
      words: '2 August 2026',
    });
    expect(readDate('12/13/2026', undefined, english)).toMatchObject({
      ok: false,
      text: { msg: 'app.dateNotInCalendar' },
    });
  });

  it('refuses what is not a month in any of the three languages, or could be two', () => {
    // "jui" starts both juin (June) and juillet (July); two letters are too few.
    for (const t of ['jui 2026', 'ju 2026', 'ma 2026', 'Mär 2026x', 'Monat 2026', 'mois 2026']) {
      expect(readMonth(t)).toBeNull();
    }
    for (const [, tr] of readers) {
      for (const t of [
        '1 jui 2026',
        '2er mars 2026',
        '2ème mars 2026',
        '2 Marsch 2026',
        '2 mars 26',
        'le 2 mars 2026',
      ])
        expect(readDate(t, 'first', tr)).toMatchObject({ ok: false, text: { msg: 'app.dateFormat' } });
    }
    expect(readMonth('juin 2026')).toEqual({ year: 2026, month: 6 });
    expect(readMonth('juil. 2026')).toEqual({ year: 2026, month: 7 });
    expect(readMonth('Jun 2026')).toEqual({ year: 2026, month: 6 });
    expect(readMonth('Jul 2026')).toEqual({ year: 2026, month: 7 });
  });

  it('refuses 31 June and 30 February in every language, at and beside the boundaries', () => {
    const notInCalendar = { ok: false, text: { msg: 'app.dateNotInCalendar' } };
    for (const [lang, tr] of readers) {
      const message = tr.m('app.dateNotInCalendar');
      for (const t of ['31 June 2026', '31. Juni 2026', '31 juin 2026', '31.06.2026', '31/06/2026'])
        expect(readDate(t, 'first', tr), `${lang}: ${t}`).toEqual({ ...notInCalendar, message });
      for (const t of [
        '30 June 2026',
        '30. Juni 2026',
        '30 juin 2026',
        '30.06.2026',
        '31.07.2026',
        '31 juil. 2026',
      ])
        expect(readDate(t, 'first', tr), `${lang}: ${t}`).toMatchObject({ ok: true });
      // 29 February: in a leap year only.
      for (const t of ['29. Februar 2028', '29 févr. 2028', '29.02.2028', '29/02/2028', '29 Feb 2028'])
        expect(readDate(t, 'first', tr), `${lang}: ${t}`).toMatchObject({ ok: true, iso: '2028-02-29' });
      for (const t of ['29. Februar 2027', '29 février 2027', '29.02.2027', '29/02/2027', '30. Februar 2028'])
        expect(readDate(t, 'first', tr), `${lang}: ${t}`).toEqual({ ...notInCalendar, message });
      for (const t of ['28. Februar 2027', '28 fevrier 2027'])
        expect(readDate(t, 'first', tr), `${lang}: ${t}`).toMatchObject({ ok: true, iso: '2027-02-28' });
      expect(readDate('32.01.2027', 'first', tr)).toEqual({ ...notInCalendar, message });
      expect(readDate('01.13.2027', 'first', tr)).toEqual({ ...notInCalendar, message });
    }
    expect(readDate('30. Februar 2026', 'first', de)).toMatchObject({
      message: 'Dieses Datum gibt es im Kalender nicht. Prüfen Sie Tag und Monat.',
    });
    expect(readDate('31 juin 2026', 'first', fr)).toMatchObject({
      message: 'Cette date n’existe pas dans le calendrier. Vérifiez le jour et le mois.',
    });
  });

  it('reads the last day of February in a leap year and a common year from a month typed in German or French', () => {
    expect(readDate('Februar 2028', 'last', de)).toMatchObject({
      ok: true,
      iso: '2028-02-29',
      words: '29. Februar 2028',
    });
    expect(readDate('févr. 2027', 'last', fr)).toMatchObject({ ok: true, iso: '2027-02-28' });
    expect(readDate('juin 2027', 'last', fr)).toMatchObject({ ok: true, iso: '2027-06-30' });
    expect(readDate('Juli 2027', 'last', de)).toMatchObject({ ok: true, iso: '2027-07-31' });
  });

  it('asks for the exact day in a month of the law typed in German or French, and says so in that language', () => {
    for (const t of ['August 2025', 'Aug. 2025', 'août 2025', 'aout 2025', '08/2025']) {
      expect(readDate(t, 'first', de)).toMatchObject({
        ok: false,
        message: expect.stringMatching(
          /^Geben Sie den genauen Tag im August 2025 an: Das Datum 2\. August 2025/,
        ),
      });
      expect(readDate(t, 'first', fr)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Indiquez le jour exact en août\s2025\s:\sla date 2\saoût\s2025/),
      });
    }
  });

  it('gives examples of what may be typed in the reader’s language', () => {
    expect(readDate('bald', 'first', de)).toMatchObject({
      ok: false,
      message:
        'Schreiben Sie das Datum wie 2. August 2025, 2.8.2025 oder 2025-08-02 (Tag vor Monat) – oder nur den Monat, wie August 2025.',
    });
    expect(readDate('bientôt', 'first', fr)).toMatchObject({
      ok: false,
      message:
        'Écrivez la date comme 2 août 2025, 2/8/2025 ou 2025-08-02 (le jour avant le mois) — ou seulement le mois, comme août 2025.',
    });
    const refused = readDate('soon', undefined, english);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.message).toBe(
      'Write the date like 2 August 2025, 2/8/2025 or 2025-08-02 (day before month) — or only the month, like August 2025.',
    );
    // The message id and its parameters render the same in every language as the reader's own message.
    expect(de.t(refused.text)).toBe((readDate('soon', 'first', de) as { message: string }).message);
  });
});
