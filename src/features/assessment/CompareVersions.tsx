import { useId, useState } from 'react';
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
  const ids = useId();
  const bySeq = [...versions].sort((a, b) => a.seq - b.seq);
  const draft = `d:${assessmentId}`;
  const refs = [...bySeq.map((v) => `v:${v.id}`), draft];
  // The two newest versions; with one version, it and the draft.
  const [a, setA] = useState((refs.length > 2 ? refs.at(-3) : refs[0]) ?? '');
  const [b, setB] = useState((refs.length > 2 ? refs.at(-2) : draft) ?? '');
  const label = (ref: string) =>
    ref === draft ? 'the current draft' : `version ${bySeq.find((v) => `v:${v.id}` === ref)?.seq}`;
  const valid = a !== b && refs.includes(a) && refs.includes(b);
  const select = 'mt-1 block max-w-full rounded-none border-2 border-slate-800 bg-white px-2 py-1.5';
  const options = [
    ...bySeq.map((v) => (
      <option key={v.id} value={`v:${v.id}`}>
        Version {v.seq} (as of {v.asOf}, rules {v.rulesVersion})
      </option>
    )),
    <option key="draft" value={draft}>
      The current draft
    </option>,
  ];
  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="text-2xl font-semibold">
        Compare
      </h2>
      <p className="mt-2 text-slate-700">Any two versions, or a version and the current draft.</p>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div className="max-w-full">
          <label htmlFor={`${ids}-a`} className="block">
            First
          </label>
          <select id={`${ids}-a`} className={select} value={a} onChange={(e) => setA(e.currentTarget.value)}>
            {options}
          </select>
        </div>
        <div className="max-w-full">
          <label htmlFor={`${ids}-b`} className="block">
            Second
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
            Compare {label(a)} with {label(b)}
          </a>
        ) : (
          <p role="status">Choose two different ones.</p>
        )}
      </div>
    </section>
  );
}
