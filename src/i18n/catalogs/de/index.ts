import type { Translation } from '../../message-id';
import { cli } from './cli';
import { basePack } from './pack-base';
import { resultsPack } from './pack-results';
import { wizardPack } from './pack-wizard';
import { workspacePack } from './pack-workspace';
import { reference } from './reference';
import { rules } from './rules';

export const de: Translation = {
  ...basePack,
  ...wizardPack,
  ...resultsPack,
  ...workspacePack,
  rules,
  reference,
  cli,
};
