import type { Translation } from '../../message-id';
import { cli } from './cli';
import { frCore } from './core';
import { reference } from './reference';
import { rules } from './rules';

export const fr: Translation = { ...frCore, rules, reference, cli };
