import { Link } from '@tanstack/react-router';
import { useTranslator } from '../../i18n/react';
import { type RuleSection, rangeWords } from './sections';

export function RulesContents({ sections }: { sections: readonly RuleSection[] }) {
  const { t, m } = useTranslator();
  return (
    <nav aria-labelledby="rules-contents" className="mt-6 rounded-md border border-slate-300 bg-slate-50 p-4">
      <h2 id="rules-contents" className="text-base font-semibold">
        {m('app.rulesContents')}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {sections.map((s) => (
          <li key={s.id}>
            <Link to="/rules" hash={s.id} className="text-accent underline underline-offset-2">
              {t(s.title)}
            </Link>{' '}
            <span className="text-slate-600">({rangeWords(s)})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
