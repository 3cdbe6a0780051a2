import { useEffect, useRef } from "react";
import { useMessages } from "../i18n/index.ts";

/**
 * The page's one h1. It names the browser tab and takes focus after a client-side
 * navigation, so a screen reader announces the new page as a full load would.
 */
export function PageHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useMessages();
  useEffect(() => {
    document.title = `${children} – ${t.appName}`;
    ref.current?.focus({ preventScroll: true });
  }, [children, t.appName]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
