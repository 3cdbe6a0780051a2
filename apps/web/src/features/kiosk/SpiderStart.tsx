import { useMessages } from "../../i18n/index.ts";
import type { KioskStatus } from "./kiosk-api.ts";
import { spiderMarker } from "./spider-marker.ts";

/** The staff link's start: one button, and a warning when this device has answered this year already. */
export function SpiderStart({ status, onBegin }: { status: KioskStatus; onBegin(): void }) {
  const t = useMessages().kiosk;
  const spider = status.surveys.find((s) => s.survey === "spindel");
  return (
    <div className="kiosk-start" lang="sv">
      <p className="kiosk-centre">{status.centreName}</p>
      <h1>{t.spiderTitle}</h1>
      <p>{t.spiderIntro}</p>
      {spider && spiderMarker.isSet(spider.year) && (
        <p className="notice" role="status">
          {t.spiderAnswered(spider.year)}
        </p>
      )}
      <div className="kiosk-audiences">
        <button type="button" className="kiosk-adult" onClick={onBegin}>
          {t.startSpider}
        </button>
      </div>
    </div>
  );
}
