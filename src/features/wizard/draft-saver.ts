/**
 * Saves the wizard's working answers into the workspace as they are typed (issue #9 "Storage", ADR 0091).
 * No React and no IndexedDB here: the store's functions are handed in, so the rules can be tested alone.
 *
 * - Edits are full snapshots of the draft and its provenance; the newest one wins. They are written after a
 *   pause (debounced) or at once on flush (Continue, Back, leaving the page), one write at a time.
 * - "saved" only once the store resolved the write (it resolves when the transaction committed).
 * - Every write passes the revision last read. When another tab wrote in between, the store refuses with a
 *   conflict: nothing is overwritten, the user chooses (keep mine / take theirs).
 * - When another tab changes the assessment and nothing here is unsaved, its version is taken in silently
 *   and the form reloads (`generation`), with a line saying so.
 * - A failed write keeps the edit as unsaved: nothing typed is lost, and a retry writes it.
 */
import type { DraftAnswers } from '../../engine/questionnaire';
import { type Text, tx } from '../../engine/text';
import type { AssessmentRecord, ProvenanceMap, WorkspaceErrorKind } from '../../shared/workspace/types';

/** The name a new assessment gets when the model has no name yet (the list shows it). */
export const UNTITLED = 'Untitled model';

export interface SaverStore {
  createAssessment(init: {
    name?: string;
    draft?: DraftAnswers;
    provenance?: ProvenanceMap;
  }): Promise<AssessmentRecord>;
  updateAssessment(
    id: string,
    expectedRev: number,
    patch: Partial<Pick<AssessmentRecord, 'name' | 'draft' | 'provenance'>>,
  ): Promise<AssessmentRecord>;
  getAssessment(id: string): Promise<AssessmentRecord | null>;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface SaverState {
  /** The assessment as last written or read; null until the first answer creates it. */
  record: AssessmentRecord | null;
  /** What the form shows: the unsaved edit if any, else the record's draft. */
  draft: DraftAnswers;
  provenance: ProvenanceMap;
  /** 'saving' while an edit is not yet committed (waiting for the pause or being written). */
  status: SaveStatus;
  /**
   * Why the last write failed; kept until a write succeeds (edits meanwhile are retried, still unsaved).
   * `text`: the reason in words of this app (shown in the reader's language), when the saver words it itself.
   */
  error: SaveError | null;
  /** The other tab's assessment, on a conflict. */
  theirs: AssessmentRecord | null;
  /** Bumped whenever the draft is replaced from outside the form (another tab): the form reloads. */
  generation: number;
  /** The last change came from another tab and was taken in without asking (nothing here was unsaved). */
  fromOtherTab: boolean;
}

interface Edit {
  draft: DraftAnswers;
  provenance: ProvenanceMap;
}

export interface SaverOptions {
  delayMs?: number;
  /** Called once, when the first write created the assessment (the page then puts its id in the address). */
  onCreated?: (record: AssessmentRecord) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** JSON with keys sorted: two drafts with the same answers compare equal whatever their key order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const autoName = (draft: DraftAnswers) => draft.modelName?.trim() || UNTITLED;

export interface SaveError {
  kind: WorkspaceErrorKind | 'unknown';
  message: string;
  text?: Text;
}

function errorOf(e: unknown): SaveError {
  const kind = (e as { kind?: unknown })?.kind;
  const known = e instanceof Error && e.message !== '';
  return {
    kind: typeof kind === 'string' ? (kind as WorkspaceErrorKind) : 'unknown',
    message: known ? (e as Error).message : 'The browser refused to save the answers.',
    ...(known ? {} : { text: tx('wizard.browserRefused') }),
  };
}

export class DraftSaver {
  private state: SaverState;
  private pending: Edit | null = null;
  private writing = false;
  private chain: Promise<boolean> = Promise.resolve(true);
  private timer: unknown = null;
  private remoteRev = 0;
  private readonly listeners = new Set<() => void>();
  private readonly delayMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly store: SaverStore,
    record: AssessmentRecord | null,
    private readonly options: SaverOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 300;
    this.setTimer = options.setTimer ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
    this.clearTimer =
      options.clearTimer ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
    this.state = {
      record,
      draft: record?.draft ?? {},
      provenance: record?.provenance ?? {},
      status: 'idle',
      error: null,
      theirs: null,
      generation: 0,
      fromOtherTab: false,
    };
  }

  getState = (): SaverState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** True while something typed is not committed yet. */
  get unsaved(): boolean {
    return this.pending !== null || this.writing;
  }

  /** A new snapshot of the answers and/or provenance; written after the pause. */
  edit(change: Partial<Edit>): void {
    const edit: Edit = {
      draft: change.draft ?? this.state.draft,
      provenance: change.provenance ?? this.state.provenance,
    };
    if (
      stable(edit.draft) === stable(this.state.draft) &&
      stable(edit.provenance) === stable(this.state.provenance)
    )
      return;
    this.pending = edit;
    this.set({
      draft: edit.draft,
      provenance: edit.provenance,
      status: this.state.status === 'conflict' ? 'conflict' : 'saving',
      fromOtherTab: false,
    });
    if (this.state.status === 'conflict') return;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Writes any unsaved edit now. Resolves true when everything typed is committed. */
  flush(): Promise<boolean> {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    this.chain = this.chain.then(() => this.writeOnce());
    return this.chain;
  }

  /** Conflict: write mine over theirs (knowingly, with their revision). */
  keepMine(): Promise<boolean> {
    const theirs = this.state.theirs;
    if (this.state.status !== 'conflict' || !theirs) return this.flush();
    this.pending = this.pending ?? { draft: this.state.draft, provenance: this.state.provenance };
    this.set({ record: theirs, theirs: null, status: 'saving' });
    return this.flush();
  }

  /** Conflict: drop mine and show theirs. */
  takeTheirs(): void {
    const theirs = this.state.theirs;
    if (!theirs) return;
    this.pending = null;
    this.adopt(theirs, false);
  }

  /** The store announced a change to an assessment (this tab's or another's). */
  changed(id: string | null, rev: number | null): void {
    const mine = this.state.record;
    if (!mine || (id !== null && id !== mine.id)) return;
    // null: deleted, or an import or clear of unknown extent: read it again.
    this.remoteRev = Math.max(this.remoteRev, rev ?? Number.POSITIVE_INFINITY);
    void this.catchUp();
  }

  /** The page loaded this assessment (a later visit): taken in when newer and nothing here is unsaved. */
  offer(record: AssessmentRecord): void {
    const mine = this.state.record;
    if (!mine || mine.id !== record.id || this.unsaved || this.state.status === 'conflict') return;
    // Newer, or here since a failure (e.g. deleted, then restored): what the page read is the truth.
    if (record.rev > mine.rev || this.state.error !== null) this.adopt(record, false);
  }

  private async catchUp(): Promise<void> {
    const mine = this.state.record;
    if (!mine || this.unsaved || this.state.status === 'conflict') return;
    const gone = this.state.error?.kind === 'not-found';
    if (this.remoteRev <= mine.rev && !gone) return;
    let current: AssessmentRecord | null;
    try {
      current = await this.store.getAssessment(mine.id);
    } catch {
      return; // the next write reports the problem
    }
    if (this.unsaved || this.state.record?.id !== mine.id) return;
    if (current === null) {
      this.set({
        status: 'failed',
        error: {
          kind: 'not-found',
          message:
            'This assessment was deleted, perhaps in another tab. Your answers on screen are not saved.',
          text: tx('wizard.assessmentDeleted'),
        },
      });
      return;
    }
    this.remoteRev = current.rev;
    if (current.rev > (this.state.record?.rev ?? 0) || gone) this.adopt(current, true);
  }

  private adopt(record: AssessmentRecord, fromOtherTab: boolean): void {
    this.set({
      record,
      draft: record.draft,
      provenance: record.provenance,
      status: 'idle',
      error: null,
      theirs: null,
      generation: this.state.generation + 1,
      fromOtherTab,
    });
  }

  private async writeOnce(): Promise<boolean> {
    if (this.state.status === 'conflict') return false;
    const edit = this.pending;
    if (!edit) return this.state.error === null;
    this.pending = null;
    this.writing = true;
    this.set({ status: 'saving' });
    const before = this.state.record;
    try {
      let record: AssessmentRecord;
      if (before === null) {
        record = await this.store.createAssessment({
          name: autoName(edit.draft),
          draft: edit.draft,
          provenance: edit.provenance,
        });
      } else {
        // The name follows the model name until the user renames the assessment.
        const rename = before.name === autoName(before.draft) && autoName(edit.draft) !== before.name;
        record = await this.store.updateAssessment(before.id, before.rev, {
          draft: edit.draft,
          provenance: edit.provenance,
          ...(rename ? { name: autoName(edit.draft) } : {}),
        });
      }
      this.writing = false;
      this.set({ record, status: this.pending ? 'saving' : 'saved', error: null });
      if (before === null) this.options.onCreated?.(record);
      if (!this.pending) void this.catchUp();
      return this.pending === null;
    } catch (e) {
      this.writing = false;
      this.pending = this.pending ?? edit;
      const error = errorOf(e);
      const current = (e as { current?: AssessmentRecord }).current;
      if (error.kind === 'conflict' && current?.kind === 'assessment') {
        this.set({ status: 'conflict', theirs: current, error: null });
      } else {
        this.set({ status: 'failed', error });
      }
      return false;
    }
  }

  private set(patch: Partial<SaverState>): void {
    const same = (Object.keys(patch) as (keyof SaverState)[]).every((k) =>
      Object.is(this.state[k], patch[k]),
    );
    if (same) return;
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
