import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import { translatorFor } from '../../i18n/all';
import { TranslatorProvider } from '../../i18n/react';
import { localizeReport } from '../../i18n/report';
import { ReportView } from './ReportView';
import { FIXTURE_ANSWERS, TEST_AS_OF } from './test-reports';

describe('the report in German', () => {
  it('writes its own headings, labels and dates in German', () => {
    const de = translatorFor('de');
    const report = localizeReport(
      evaluate(answersSchema.parse(FIXTURE_ANSWERS.movedDeadline), TEST_AS_OF),
      de,
    );
    render(
      <TranslatorProvider value={de}>
        <ReportView
          report={report}
          hash="3fa9c2d107be55aa"
          sourceWords={de.m('reportPage.sourceShareLink')}
        />
      </TranslatorProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Ihr Bericht' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Auf einen Blick' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ihre Pflichten' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Über diesen Bericht' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Geltende Pflichten' })).toBeInTheDocument();
    expect(
      screen.getByText(
        (_, el) =>
          el?.tagName === 'P' &&
          /^Bewertet zum 25\. November 2026 · Regelversion /.test(el.textContent ?? ''),
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Ein geteilter Link')).toBeInTheDocument();
    expect(screen.queryByText('Your obligations')).toBeNull();
  });
});
