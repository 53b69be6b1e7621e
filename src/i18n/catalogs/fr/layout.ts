import type { Messages } from '../../message-id';
import type { layout as en } from '../en/layout';

export const layout: Messages<typeof en> = {
  skip: 'Aller au contenu principal',
  main: 'Menu principal',
  workspace: 'Espace de travail',
  tasks: 'Tâches',
  methodology: 'Méthodologie',
  language: 'Langue',
  footer:
    'Fonctionne entièrement dans votre navigateur : rien de ce que vous saisissez ne quitte cet appareil. Ceci n’est pas un conseil juridique.',
  notFound: 'Page introuvable',
  goStart: 'Aller à la page d’accueil',
};
