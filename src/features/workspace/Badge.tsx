/** The list's badges: words, an icon and a colour (never colour alone); the icons are hidden from assistive tech. */
import type { IconName, Tone } from './verdicts';

// The report's icon shapes (features/report/Icon.tsx), the ones the list uses.
const PATHS: Record<IconName, string> = {
  check: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.2 14.2-4-4 1.4-1.4 2.6 2.6 5-5 1.4 1.4-6.4 6.4Z',
  clock:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 3v6l5 3 1-1.7-4-2.3V7h-2Z',
  alert: 'M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z',
  help: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 15h2v2h-2v-2Zm1-12a4 4 0 0 1 2 7.5c-.7.4-1 .8-1 1.5h-2c0-1.6.8-2.5 1.9-3.2A2 2 0 1 0 10 9H8a4 4 0 0 1 4-4Z',
  cross:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm3.5 5.1 1.4 1.4-3.5 3.5 3.5 3.5-1.4 1.4-3.5-3.5-3.5 3.5-1.4-1.4 3.5-3.5-3.5-3.5 1.4-1.4 3.5 3.5 3.5-3.5Z',
  na: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 0 1 6.3 12.9L7.1 5.7A8 8 0 0 1 12 4ZM5.7 7.1l11.2 11.2A8 8 0 0 1 5.7 7.1Z',
};

const TONE_CLASSES: Record<Tone, string> = {
  positive: 'border-accent/40 bg-accent-soft text-accent',
  caution: 'border-amber-700/40 bg-amber-50 text-amber-900',
  negative: 'border-red-800/40 bg-red-50 text-red-900',
  neutral: 'border-slate-300 bg-slate-50 text-slate-800',
  unknown: 'border-slate-400 border-dashed bg-white text-slate-800',
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className="inline-block h-4 w-4 shrink-0 fill-current"
      data-icon={name}
    >
      <path fillRule="evenodd" d={PATHS[name]} />
    </svg>
  );
}

export function Badge({ tone, icon, children }: { tone: Tone; icon: IconName; children: React.ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-sm font-semibold ${TONE_CLASSES[tone]}`}
      data-tone={tone}
    >
      <Icon name={icon} />
      <span>{children}</span>
    </span>
  );
}
