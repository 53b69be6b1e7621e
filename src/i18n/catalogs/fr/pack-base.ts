import type { Translation } from '../../message-id';
import { app } from './app';
import { common } from './common';
import { law } from './law';
import { layout } from './layout';
import { offline } from './offline';
import { wizard } from './wizard';
import { words } from './words';

/** The French areas of the `base` pack (PACKS in ../../message-id.ts), fetched together by ../../load.ts. */
export const basePack: Pick<
  Translation,
  'common' | 'law' | 'layout' | 'offline' | 'words' | 'app' | 'wizard'
> = {
  common,
  law,
  layout,
  offline,
  words,
  app,
  wizard,
};
