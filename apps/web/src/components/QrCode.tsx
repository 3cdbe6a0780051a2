import { useEffect, useState } from "react";

/** A QR code of a URL, as an image with the URL itself as its text alternative. */
export function QrCode({ value, label, onShown }: { value: string; label: string; onShown?: () => void }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    // Loaded on demand: only coordinators need it, and the kiosk's first load must stay small.
    void import("qrcode")
      .then(({ default: QRCode }) => QRCode.toString(value, { type: "svg", margin: 1, errorCorrectionLevel: "M" }))
      .then((svg) => {
        if (!cancelled) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [value]);
  return src ? <img className="qr-code" src={src} alt={label} width={200} height={200} onLoad={onShown} /> : null;
}
