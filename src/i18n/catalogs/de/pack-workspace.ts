import type { Translation } from '../../message-id';
import { compare } from './compare';
import { workspace } from './workspace';

/** The German areas of the `workspace` pack (PACKS in ../../message-id.ts), fetched together by ../../load.ts. */
export const workspacePack: Pick<Translation, 'workspace' | 'compare'> = {
  workspace,
  compare,
};
