import { useEffect } from "react";

/** Sets the page title, "Page – Kuulo", so that each view is announced and found in history. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Kuulo` : "Kuulo";
  }, [title]);
}
