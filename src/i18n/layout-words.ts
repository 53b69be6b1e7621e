/**
 * The root layout's words in English: part of the first load (the prerendered start page is English), and the
 * English catalog's `layout` area. German and French come from their catalogs, which the root route loads
 * before it renders in those languages, so the first load carries no other language (ADR 0100).
 */
export const layout = {
  skip: 'Skip to main content',
  main: 'Main',
  workspace: 'Workspace',
  tasks: 'Tasks',
  methodology: 'Methodology',
  language: 'Language',
  footer: 'Runs entirely in your browser: nothing you enter leaves this device. Not legal advice.',
  notFound: 'Page not found',
  goStart: 'Go to the start page',
};
