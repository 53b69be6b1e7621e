/** Replaces the page (also a prerendered one) with a short message and a link that opens the app on its own. */
export function showFramingRefusal(root: HTMLElement, href: string): void {
  const section = document.createElement('main');
  section.className = 'mx-auto max-w-3xl px-4 py-8';
  const heading = document.createElement('h1');
  heading.className = 'text-2xl font-semibold';
  heading.textContent = 'GPAI Navigator does not run inside another website';
  const text = document.createElement('p');
  text.className = 'mt-4';
  text.textContent = 'To protect what you enter, it only runs in its own browser tab.';
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.className = 'mt-4 inline-block underline';
  link.textContent = 'Open GPAI Navigator in a new tab';
  section.append(heading, text, link);
  root.replaceChildren(section);
}
