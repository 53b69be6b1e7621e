/**
 * A message with React elements inside it ("See {rulesLink} for the reference."): the message is rendered with
 * a marker where each element goes, then split there, so the words around the link stay one translatable
 * sentence and each language can put the link where its word order needs it.
 */
import { Fragment, type ReactNode } from 'react';
import type { MessageId, Param } from '../engine/text';
import type { Translator } from './translator';

const MARK = '\u0000';

export function richText(
  translator: Translator,
  msg: MessageId,
  params: Record<string, Param>,
  nodes: Record<string, ReactNode>,
): ReactNode {
  const marked: Record<string, Param> = { ...params };
  for (const name of Object.keys(nodes)) marked[name] = `${MARK}${name}${MARK}`;
  const parts = translator.m(msg, marked).split(MARK);
  // Odd positions are the names of elements, even ones the words between them.
  return parts.map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence never reorder.
    i % 2 === 1 ? <Fragment key={i}>{nodes[part]}</Fragment> : part,
  );
}
