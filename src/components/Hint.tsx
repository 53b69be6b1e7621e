import type { ReactNode } from 'react';
import { hintId } from './ids';

export function Hint({ fieldId, children }: { fieldId: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <div id={hintId(fieldId)} className="mt-1 text-slate-600">
      {children}
    </div>
  );
}
