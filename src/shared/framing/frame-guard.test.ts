import { describe, expect, it } from 'vitest';
import { isFramedByAnotherOrigin } from './frame-guard';
import { showFramingRefusal } from './refusal';

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
});
