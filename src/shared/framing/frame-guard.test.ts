import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_KEY } from '../../i18n/lang-context';
import { isFramedByAnotherOrigin } from './frame-guard';
import { addressLang, refusalLang, showFramingRefusal } from './refusal';

/** A window whose parent chain is given by origins, top last; `null` is an origin the frame cannot read. */
function framed(...origins: (string | null)[]): Window {
  let parent: Window | null = null;
  for (const origin of [...origins].reverse()) {
    const win = {} as { parent: Window; location: Location };
    win.parent = parent ?? (win as unknown as Window);
    Object.defineProperty(win, 'location', {
      get: () => {
        if (origin === null) throw new DOMException('Blocked a frame', 'SecurityError');
        return { origin };
      },
    });
    parent = win as unknown as Window;
  }
  return parent as Window;
}

describe('framing guard', () => {
  it('lets the app run top-level', () => {
    expect(isFramedByAnotherOrigin(framed('https://app.example'))).toBe(false);
  });

  it('lets the app run in a frame of its own origin', () => {
    expect(isFramedByAnotherOrigin(framed('https://app.example', 'https://app.example'))).toBe(false);
  });

  it('refuses a frame whose parent is another origin (its location cannot be read)', () => {
    expect(isFramedByAnotherOrigin(framed('https://app.example', null))).toBe(true);
  });

  it('refuses a frame whose parent reports another origin', () => {
    expect(isFramedByAnotherOrigin(framed('https://app.example', 'https://evil.example'))).toBe(true);
  });

  it('refuses a same-origin parent that is itself framed by another origin', () => {
    expect(isFramedByAnotherOrigin(framed('https://app.example', 'https://app.example', null))).toBe(true);
  });

  it('replaces the page with a message and a link that opens the app in its own tab', () => {
    const root = document.createElement('div');
    root.innerHTML = '<main><h1>Prerendered start page</h1></main>';
    showFramingRefusal(root, 'https://app.example/#/report?a=v2.abc');
    expect(root.querySelector('h1')?.textContent).toBe('GPAI Navigator does not run inside another website');
    expect(root.textContent).not.toContain('Prerendered');
    const link = root.querySelector('a');
    expect(link?.textContent).toBe('Open GPAI Navigator in a new tab');
    expect(link?.getAttribute('href')).toBe('https://app.example/#/report?a=v2.abc');
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toBe('noopener noreferrer');
  });

  it('speaks German where the reader reads German, and marks the page so', () => {
    const root = document.createElement('div');
    showFramingRefusal(root, 'https://app.example/#/methodology?lang=de');
    expect(root.querySelector('h1')?.textContent).toBe(
      'GPAI Navigator läuft nicht innerhalb einer anderen Website',
    );
    expect(root.querySelector('p')?.textContent).toBe(
      'Zum Schutz Ihrer Eingaben läuft die App nur in einem eigenen Browser-Tab.',
    );
    expect(root.querySelector('a')?.textContent).toBe('GPAI Navigator in einem neuen Tab öffnen');
    expect(document.documentElement.lang).toBe('de');
    document.documentElement.removeAttribute('lang');
  });
});

describe('the refusal’s language, chosen as the app chooses it on a first visit (issue #11)', () => {
  afterEach(() => {
    localStorage.clear();
    vi.unstubAllGlobals();
  });
  const browser = (...languages: string[]) =>
    vi.stubGlobal('navigator', { ...navigator, languages } as Navigator);

  it('reads the address’s ?lang= after the "#", bare or as the router quotes it, or before the "#"', () => {
    expect(addressLang('https://app.example/#/report?a=v2.abc&lang=fr')).toBe('fr');
    expect(addressLang('https://app.example/#/?lang=%22de%22')).toBe('de');
    expect(addressLang('https://app.example/?lang=de#/methodology')).toBe('de');
    expect(addressLang('https://app.example/#/methodology')).toBeUndefined();
    expect(addressLang('https://app.example/#/?lang=es')).toBeUndefined();
    expect(addressLang('not an address')).toBeUndefined();
  });

  it('puts the address first, then the stored choice, then the browser’s languages, then English', () => {
    browser('fr-CA', 'en');
    localStorage.setItem(LANG_KEY, 'de');
    expect(refusalLang('https://app.example/#/?lang=en')).toBe('en');
    expect(refusalLang('https://app.example/#/')).toBe('de');
    localStorage.setItem(LANG_KEY, 'xx');
    expect(refusalLang('https://app.example/#/')).toBe('fr');
    localStorage.removeItem(LANG_KEY);
    browser('es-ES', 'de-AT');
    expect(refusalLang('https://app.example/#/')).toBe('de');
    browser('es-ES');
    expect(refusalLang('https://app.example/#/')).toBe('en');
  });

  it('shows the refusal in the chosen language: French from the browser', () => {
    browser('fr-FR');
    const root = document.createElement('div');
    showFramingRefusal(root, 'https://app.example/#/');
    expect(root.querySelector('h1')?.textContent).toBe(
      'GPAI Navigator ne fonctionne pas à l’intérieur d’un autre site web',
    );
    expect(root.querySelector('a')?.textContent).toBe('Ouvrir GPAI Navigator dans un nouvel onglet');
    document.documentElement.removeAttribute('lang');
  });
});
