import { createRootRoute, Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { LangContext, PacksContext, rememberLang } from '../i18n/lang-context';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../i18n/languages';
import { layout } from '../i18n/layout-words';
import { READY, subscribeReady } from '../i18n/ready';
import { packsFor } from '../i18n/route-packs';
import { langOf } from '../i18n/visit-lang';

export const Route = createRootRoute({
  // The reader's language and the packs of the route's screen (src/i18n/route-packs.ts), before it renders: no
  // screen shows another language first, or paints late and pushes the footer down. A failed fetch is left to
  // the screen, which asks again when it renders and says so if it still cannot.
  loader: ({ location }) => {
    const lang = langOf(location.search);
    return import('../i18n/load')
      .then((load) => load.loadScreen(lang, packsFor(location.pathname)))
      .catch(() => undefined);
  },
  component: RootLayout,
  notFoundComponent: NotFound,
});

type LayoutWord = keyof typeof layout;

/**
 * The layout's words: English from the first load (the prerendered page is English), another language from its
 * catalog, which the loader above has loaded before the page renders in it (ADR 0100).
 */
function useWords(): { lang: Lang; w: (word: LayoutWord) => string } {
  const lang = useLang();
  const ready = () => READY.get(lang);
  const translator = useSyncExternalStore(subscribeReady, ready, ready);
  return { lang, w: (word) => (translator ? translator.m(`layout.${word}`) : layout[word]) };
}

function useLang(): Lang {
  return langOf(useRouterState({ select: (s) => s.location.search }));
}

/** Pages whose tables want more than the reading column (the workspace's register). */
const WIDE_PATHS = new Set(['/workspace', '/workspace/']);

function RootLayout() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const { lang, w } = useWords();
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const width = WIDE_PATHS.has(pathname) ? 'max-w-7xl' : 'max-w-3xl';
  return (
    <LangContext.Provider value={lang}>
      <PacksContext.Provider value={packsFor(pathname)}>
        <div className="min-h-screen bg-white text-slate-900">
          {/* With hash routing, following href="#main" would navigate to a route called "main": move focus instead. */}
          {/* biome-ignore lint/a11y/useValidAnchor: a skip link keeps link semantics; the click only moves focus */}
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white"
            onClick={(e) => {
              e.preventDefault();
              document.getElementById('main')?.focus();
            }}
          >
            {w('skip')}
          </a>
          <header className="border-b border-slate-200 print:hidden">
            {/* On a narrow phone the links wrap under the name rather than push the page wider. */}
            <nav
              aria-label={w('main')}
              className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3`}
            >
              <Link to="/" className="font-semibold text-accent">
                GPAI Navigator
              </Link>
              <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                <li>
                  <Link
                    to="/workspace"
                    className="underline"
                    activeOptions={{ exact: true }}
                    activeProps={HERE}
                  >
                    {w('workspace')}
                  </Link>
                </li>
                <li>
                  <Link to="/tasks" className="underline" activeOptions={{ exact: true }} activeProps={HERE}>
                    {w('tasks')}
                  </Link>
                </li>
                <li>
                  <Link
                    to="/methodology"
                    className="underline"
                    activeOptions={{ exact: true }}
                    activeProps={HERE}
                  >
                    {w('methodology')}
                  </Link>
                </li>
                <li>
                  <LanguageSwitch lang={lang} label={w('language')} />
                </li>
              </ul>
            </nav>
          </header>
          <main id="main" tabIndex={-1} className={`mx-auto ${width} px-4 py-8`}>
            <Outlet />
          </main>
          <footer className="mx-auto max-w-3xl px-4 pb-8 text-sm text-slate-600">
            <p>{w('footer')}</p>
          </footer>
        </div>
      </PacksContext.Provider>
    </LangContext.Provider>
  );
}

/** Each language named in itself; the current one marked. Following a link keeps the page and its answers. */
function LanguageSwitch({ lang, label }: { lang: Lang; label: string }) {
  return (
    <ul aria-label={label} className="flex gap-x-2">
      {LANGUAGES.map((l) => (
        <li key={l}>
          <Link
            to="."
            search={(prev) => ({ ...prev, lang: l })}
            hrefLang={l}
            lang={l}
            onClick={() => rememberLang(l)}
            className="underline"
            {...(l === lang ? HERE : {})}
          >
            {LANGUAGE_NAMES[l]}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** `aria-current` marks the page the reader is on (the list, not one assessment under it). */
const HERE = { 'aria-current': 'page', className: 'font-semibold' } as const;

function NotFound() {
  const { w } = useWords();
  return (
    <section>
      <h1 className="text-2xl font-semibold">{w('notFound')}</h1>
      <p className="mt-4">
        <Link to="/" className="underline">
          {w('goStart')}
        </Link>
      </p>
    </section>
  );
}
