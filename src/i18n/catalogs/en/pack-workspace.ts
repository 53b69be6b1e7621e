import { compare } from './compare';
import { workspace } from './workspace';

/** The English areas of the `workspace` pack (PACKS in ../../message-id.ts), fetched together by ../../load.ts. */
export const workspacePack = {
  workspace,
  compare,
};
