/**
 * One saver per assessment for the life of the tab, so that the question pages, the check page and a page
 * remounted by a change of address (the new assessment's id put in it) share what is typed and not yet
 * written. The store is imported lazily: the wizard's first screen never waits for IndexedDB code.
 */
import type { AssessmentRecord } from '../../shared/workspace/types';
import { DraftSaver, type SaverStore } from './draft-saver';

const store = () => import('../../shared/workspace/store');

const lazyStore: SaverStore = {
  createAssessment: async (init) => (await store()).createAssessment(init),
  updateAssessment: async (id, rev, patch) => (await store()).updateAssessment(id, rev, patch),
  getAssessment: async (id) => (await store()).getAssessment(id),
};

const savers = new Map<string, DraftSaver>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  void store().then(({ subscribe }) =>
    subscribe((change) => {
      if (change.kind === 'all') for (const s of savers.values()) s.changed(null, null);
      else if (change.kind === 'assessment') savers.get(change.id)?.changed(change.id, change.rev);
    }),
  );
}

/** The saver of this assessment (shared), or a new one for an assessment not created yet (`record` null). */
export function saverFor(record: AssessmentRecord | null): DraftSaver {
  listen();
  if (record) {
    const known = savers.get(record.id);
    if (known) {
      known.offer(record);
      return known;
    }
  }
  const saver: DraftSaver = new DraftSaver(lazyStore, record, {
    onCreated: (created) => {
      savers.set(created.id, saver);
      // The workspace now holds work: ask the browser not to clear it when space runs low (the question pages
      // say why). Browsers decide alone, often without asking; the answer changes nothing here.
      void store()
        .then((s) => s.requestPersistence())
        .catch(() => undefined);
    },
  });
  if (record) savers.set(record.id, saver);
  return saver;
}
