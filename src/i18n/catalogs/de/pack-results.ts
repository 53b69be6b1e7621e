import type { Translation } from '../../message-id';
import { documents } from './documents';
import { enforcement } from './enforcement';
import { evaluate } from './evaluate';
import { gpai } from './gpai';
import { modifier } from './modifier';
import { obligations } from './obligations';
import { openSource } from './open-source';
import { placement } from './placement';
import { provider } from './provider';
import { reportPage } from './report-page';
import { reportWords } from './report-words';
import { signposts } from './signposts';
import { systemicRisk } from './systemic-risk';

/** The German areas of the `results` pack (PACKS in ../../message-id.ts), fetched together by ../../load.ts. */
export const resultsPack: Pick<
  Translation,
  | 'reportPage'
  | 'reportWords'
  | 'documents'
  | 'evaluate'
  | 'gpai'
  | 'placement'
  | 'provider'
  | 'modifier'
  | 'systemicRisk'
  | 'enforcement'
  | 'signposts'
  | 'obligations'
  | 'openSource'
> = {
  reportPage,
  reportWords,
  documents,
  evaluate,
  gpai,
  placement,
  provider,
  modifier,
  systemicRisk,
  enforcement,
  signposts,
  obligations,
  openSource,
};
