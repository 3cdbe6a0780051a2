import type { CollectionLink } from "@fcs/contracts";
import { rightToLeftLocales, visitorLocales } from "@fcs/surveys/kinds";
import { useCallback, useEffect } from "react";
import { createPortal } from "react-dom";
import { QrCode } from "../../components/QrCode.tsx";
import { useMessages } from "../../i18n/index.ts";
import { kioskText } from "../kiosk/kiosk-text.ts";

interface PosterProps {
  link: CollectionLink;
  url: string;
  centreName: string;
  /** Called once the browser's print dialog has closed. */
  onPrinted(): void;
}

/**
 * An A4 poster for one link: the question in every visitor language, the QR code and the
 * address. Drawn outside the app's root, shown only in print, and printed at once.
 */
export function Poster({ link, url, centreName, onPrinted }: PosterProps) {
  const t = useMessages().collection.poster;
  const forVisitors = link.surveys.includes("besok_vuxen");

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add("printing-poster");
    const done = () => onPrinted();
    window.addEventListener("afterprint", done);
    return () => {
      window.removeEventListener("afterprint", done);
      root.classList.remove("printing-poster");
    };
  }, [onPrinted]);

  // The QR code is drawn asynchronously: printing waits for the picture.
  const print = useCallback(() => window.print(), []);

  return createPortal(
    <div className="print-poster" data-testid="poster">
      {forVisitors ? (
        <ul className="poster-welcome">
          {visitorLocales.map((locale) => (
            <li key={locale} lang={locale} dir={rightToLeftLocales.includes(locale) ? "rtl" : "ltr"}>
              {kioskText[locale].welcome}
            </li>
          ))}
        </ul>
      ) : (
        <p className="poster-title">{t.staffTitle}</p>
      )}
      <p className="poster-centre">{centreName}</p>
      <QrCode value={url} label={t.qr} onShown={print} />
      <p className="poster-instruction">{forVisitors ? t.visitorInstruction : t.staffInstruction}</p>
      <p className="poster-url">{url}</p>
    </div>,
    document.body,
  );
}
