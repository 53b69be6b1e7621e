/** The English catalog: the source of every message id. Each area is its own object, so ids never collide. */
import { cli } from './cli';
import { enCore } from './core';
import { reference } from './reference';
import { rules } from './rules';

export const en = { ...enCore, rules, reference, cli };
