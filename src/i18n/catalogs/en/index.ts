/** The English catalog: the source of every message id. Each area is its own object, so ids never collide. */
import { cli } from './cli';
import { basePack } from './pack-base';
import { resultsPack } from './pack-results';
import { wizardPack } from './pack-wizard';
import { workspacePack } from './pack-workspace';
import { reference } from './reference';
import { rules } from './rules';

export const en = { ...basePack, ...wizardPack, ...resultsPack, ...workspacePack, rules, reference, cli };
