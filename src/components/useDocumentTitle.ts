import { useEffect } from 'react';

export const APP_NAME = 'GPAI Navigator';

/** Sets document.title to "<title> – GPAI Navigator" while the component is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  }, [title]);
}
