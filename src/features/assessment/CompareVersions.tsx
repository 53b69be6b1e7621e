import { useId, useState } from 'react';
import type { VersionRecord } from '../../shared/workspace/types';

/** Choose any two versions and open them side by side (`#/compare?a=v:<id>&b=v:<id>`). */
export function CompareVersions({ versions }: { versions: readonly VersionRecord[] }) {
  const ids = useId();
  const bySeq = [...versions].sort((a, b) => a.seq - b.seq);
  const [a, setA] = useState(bySeq.at(-2)?.id ?? '');
  const [b, setB] = useState(bySeq.at(-1)?.id ?? '');
  const seqOf = (id: string) => bySeq.find((v) => v.id === id)?.seq;
  const valid = a && b && a !== b && seqOf(a) !== undefined && seqOf(b) !== undefined;
  const select = 'mt-1 block rounded-none border-2 border-slate-800 bg-white px-2 py-1.5';
  const options = bySeq.map((v) => (
    <option key={v.id} value={v.id}>
      Version {v.seq} (as of {v.asOf}, rules {v.rulesVersion})
    </option>
  ));
  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="text-2xl font-semibold">
        Compare two versions
      </h2>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${ids}-a`} className="block">
            First version
          </label>
          <select id={`${ids}-a`} className={select} value={a} onChange={(e) => setA(e.currentTarget.value)}>
            {options}
          </select>
        </div>
        <div>
          <label htmlFor={`${ids}-b`} className="block">
            Second version
          </label>
          <select id={`${ids}-b`} className={select} value={b} onChange={(e) => setB(e.currentTarget.value)}>
            {options}
          </select>
        </div>
        {valid ? (
          <a
            className="font-semibold text-accent underline underline-offset-2"
            href={`#/compare?a=v:${a}&b=v:${b}`}
          >
            Compare version {seqOf(a)} with version {seqOf(b)}
          </a>
        ) : (
          <p role="status">Choose two different versions.</p>
        )}
      </div>
    </section>
  );
}
