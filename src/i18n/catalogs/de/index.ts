import type { Translation } from '../../message-id';
import { cli } from './cli';
import { deCore } from './core';
import { reference } from './reference';
import { rules } from './rules';

export const de: Translation = { ...deCore, rules, reference, cli };
