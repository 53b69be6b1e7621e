import { useId, useState } from 'react';
import { useTranslator } from '../../i18n/react';
import type { VersionRecord } from '../../shared/workspace/types';

/**
 * Choose any two of the versions and the current draft and open them side by side:
 * `#/compare?a=<ref>&b=<ref>`, a ref being `v:<version id>` or `d:<assessment id>` (the comparison's format).
 */
export function CompareVersions({
  assessmentId,
  versions,
}: {
  assessmentId: string;
  versions: readonly VersionRecord[];
}) {
  const tr = useTranslator();
  const ids = useId();
  const bySeq = [...versions].sort((a, b) => a.seq - b.seq);
  const draft = `d:${assessmentId}`;
  const refs = [...bySeq.map((v) => `v:${v.id}`), draft];
  // The two newest versions; with one version, it and the draft.
  const [a, setA] = useState((refs.length > 2 ? refs.at(-3) : refs[0]) ?? '');
  const [b, setB] = useState((refs.length > 2 ? refs.at(-2) : draft) ?? '');
  const label = (ref: string) =>
    ref === draft
      ? tr.m('workspace.theCurrentDraft')
      : tr.m('workspace.versionLower', { seq: String(bySeq.find((v) => `v:${v.id}` === ref)?.seq) });
  const valid = a !== b && refs.includes(a) && refs.includes(b);
  const select = 'mt-1 block max-w-full rounded-none border-2 border-slate-800 bg-white px-2 py-1.5';
  const options = [
    ...bySeq.map((v) => (
      <option key={v.id} value={`v:${v.id}`}>
        {tr.m('workspace.versionOption', { seq: v.seq, asOf: v.asOf, rules: v.rulesVersion })}
      </option>
    )),
    <option key="draft" value={draft}>
      {tr.m('workspace.currentDraftOption')}
    </option>,
  ];
  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="text-2xl font-semibold">
        {tr.m('workspace.compare')}
      </h2>
      <p className="mt-2 text-slate-700">{tr.m('workspace.compareText')}</p>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div className="max-w-full">
          <label htmlFor={`${ids}-a`} className="block">
            {tr.m('workspace.first')}
          </label>
          <select id={`${ids}-a`} className={select} value={a} onChange={(e) => setA(e.currentTarget.value)}>
            {options}
          </select>
        </div>
        <div className="max-w-full">
          <label htmlFor={`${ids}-b`} className="block">
            {tr.m('workspace.second')}
          </label>
          <select id={`${ids}-b`} className={select} value={b} onChange={(e) => setB(e.currentTarget.value)}>
            {options}
          </select>
        </div>
        {valid ? (
          <a
            className="font-semibold text-accent underline underline-offset-2"
            href={`#/compare?a=${a}&b=${b}`}
          >
            {tr.m('workspace.compareLink', { a: label(a), b: label(b) })}
          </a>
        ) : (
          <p role="status">{tr.m('workspace.chooseTwo')}</p>
        )}
      </div>
    </section>
  );
}
