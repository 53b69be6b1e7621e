import type { Messages } from '../../message-id';
import type { offline as en } from '../en/offline';

export const offline: Messages<typeof en> = {
  updateLabel: 'Mise à jour de l’application',
  updateReady: 'Une nouvelle version de GPAI Navigator est prête. Le rechargement conserve vos réponses.',
  updateReload: 'Recharger pour mettre à jour',
  updateLater: 'Plus tard',
  updateLoading: 'Chargement de la nouvelle version…',
  updateFailed:
    'La nouvelle version n’a pas pu être chargée. Fermez tous les onglets de GPAI Navigator, puis ouvrez-le à nouveau.',
  framedTitle: 'GPAI Navigator ne fonctionne pas à l’intérieur d’un autre site web',
  framedText:
    'Pour protéger ce que vous saisissez, il ne fonctionne que dans son propre onglet de navigateur.',
  framedOpen: 'Ouvrir GPAI Navigator dans un nouvel onglet',
};
