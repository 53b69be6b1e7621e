import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A modal dialog on the browser's own <dialog>: showModal() keeps focus inside and the rest of the page inert,
 * Escape closes it (reported through onClose). When it goes, focus returns to what opened it if that is still
 * on the page (a deleted row's button is not: the page then moves focus itself).
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal: there the dialog is simply open.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="workspace-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] border-2 border-slate-800 bg-white p-5 text-slate-900 backdrop:bg-slate-900/50"
    >
      <h2 id="workspace-dialog-title" className="text-xl font-semibold [overflow-wrap:anywhere]">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
