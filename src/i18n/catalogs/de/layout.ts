import type { Messages } from '../../message-id';
import type { layout as en } from '../en/layout';

export const layout: Messages<typeof en> = {
  skip: 'Zum Inhalt springen',
  main: 'Hauptmenü',
  workspace: 'Arbeitsbereich',
  tasks: 'Aufgaben',
  methodology: 'Methodik',
  language: 'Sprache',
  footer:
    'Läuft vollständig in Ihrem Browser: Nichts, was Sie eingeben, verlässt dieses Gerät. Keine Rechtsberatung.',
  notFound: 'Seite nicht gefunden',
  goStart: 'Zur Startseite',
};
