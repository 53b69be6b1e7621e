import type { Messages } from '../../message-id';
import type { offline as en } from '../en/offline';

export const offline: Messages<typeof en> = {
  updateLabel: 'App-Aktualisierung',
  updateReady:
    'Eine neue Version von GPAI Navigator ist bereit. Beim Neuladen bleiben Ihre Antworten erhalten.',
  updateReload: 'Neu laden und aktualisieren',
  updateLater: 'Nicht jetzt',
  updateLoading: 'Die neue Version wird geladen…',
  updateFailed:
    'Die neue Version konnte nicht geladen werden. Schließen Sie alle Tabs von GPAI Navigator und öffnen Sie die App erneut.',
  framedTitle: 'GPAI Navigator läuft nicht innerhalb einer anderen Website',
  framedText: 'Zum Schutz Ihrer Eingaben läuft die App nur in einem eigenen Browser-Tab.',
  framedOpen: 'GPAI Navigator in einem neuen Tab öffnen',
};
