import { rightToLeftLocales, type VisitorLocale, visitorLocales } from "@fcs/surveys/kinds";
import { useCallback, useEffect, useState } from "react";
import { useMessages } from "../../i18n/index.ts";
import { forgetDevice, type KioskDevice, loadDevice } from "./device.ts";
import { EnrolScreen } from "./EnrolScreen.tsx";
import { KioskApiError, type KioskStatus, kioskApi, type SurveyDefinition } from "./kiosk-api.ts";
import { kioskText } from "./kiosk-text.ts";
import { outbox } from "./outbox.ts";
import { SpiderStart } from "./SpiderStart.tsx";
import { StaffMenu } from "./StaffMenu.tsx";
import { StartScreen } from "./StartScreen.tsx";
import { createSender } from "./sender.ts";
import { spiderMarker } from "./spider-marker.ts";
import { SurveyScreen } from "./survey/SurveyScreen.tsx";
import { useIdleReset } from "./useIdleReset.ts";

/** The surveys a tablet or link collects. */
type KioskSurvey = KioskStatus["surveys"][number]["survey"];

type Screen =
  | { name: "loading" }
  | { name: "enrol"; notice?: string }
  | { name: "start"; status: KioskStatus }
  | { name: "survey"; status: KioskStatus; survey: KioskSurvey; definition: SurveyDefinition; year: number }
  | { name: "thanks"; status: KioskStatus }
  | { name: "failed"; status: KioskStatus; problem: "sendFailed" | "surveyUnavailable" };

/** Installation (and test) settings from the address, in seconds: ?idle=90&warning=20&thanks=6. */
function settings() {
  const params = new URLSearchParams(window.location.search);
  const seconds = (name: string, fallback: number) => Number(params.get(name)) || fallback;
  return {
    idleMs: seconds("idle", 90) * 1000,
    warningSeconds: seconds("warning", 20),
    thanksMs: seconds("thanks", 6) * 1000,
  };
}

let prefetched = false;

/** A link carries its token in the URL fragment, which the browser never sends to the server. */
function linkDevice(): KioskDevice | undefined {
  const token = decodeURIComponent(window.location.hash.slice(1));
  return token ? { token, label: "" } : undefined;
}

/** Fetches every open survey in every language once per page load, so the service worker has them offline. */
function prefetchDefinitions(status: KioskStatus) {
  if (prefetched) return;
  prefetched = true;
  for (const entry of status.surveys.filter((s) => s.open && s.survey !== "spindel")) {
    for (const locale of visitorLocales)
      void kioskApi.definition(entry.survey, entry.year, locale).catch(() => undefined);
  }
}

/**
 * The waiting-room tablet: start screen → survey → thanks → start, with every
 * answer gone from memory when a visitor is done or walks away.
 */
export function KioskPage({ source = "device" }: { source?: "device" | "link" }) {
  const staffText = useMessages().kiosk;
  const [device, setDevice] = useState<KioskDevice | undefined>(() =>
    source === "link" ? linkDevice() : loadDevice(),
  );
  const [screen, setScreen] = useState<Screen>({ name: "loading" });
  const [locale, setLocale] = useState<VisitorLocale>("sv");
  const [{ idleMs, warningSeconds, thanksMs }] = useState(settings);
  const text = kioskText[locale];
  const [waiting, setWaiting] = useState(0);
  const [sender] = useState(() => createSender(setWaiting));

  useEffect(() => {
    void sender.flush();
    return () => sender.stop();
  }, [sender]);

  // The back button must not take a visitor out of the loop: each step back is undone at once.
  useEffect(() => {
    if (source !== "device") return;
    const stay = () => window.history.pushState(null, "", window.location.href);
    stay();
    window.addEventListener("popstate", stay);
    return () => window.removeEventListener("popstate", stay);
  }, [source]);

  const leaveKiosk = useCallback(() => {
    forgetDevice();
    setDevice(undefined);
    setScreen({ name: "enrol" });
  }, []);

  const showStart = useCallback(async () => {
    setLocale("sv");
    // Keep a notice to staff (e.g. a revoked tablet) when the device has just been forgotten.
    if (!device) return setScreen((current) => (current.name === "enrol" ? current : { name: "enrol" }));
    try {
      const status = await kioskApi.status(device.token);
      setScreen({ name: "start", status });
      prefetchDefinitions(status);
    } catch (error) {
      if (error instanceof KioskApiError && error.status === 401) {
        if (source === "device") forgetDevice();
        setDevice(undefined);
        setScreen({ name: "enrol", notice: staffText.revoked });
      } else {
        setScreen({ name: "enrol", notice: staffText.network });
      }
    }
  }, [device, staffText, source]);

  useEffect(() => {
    void showStart();
  }, [showStart]);

  const secondsLeft = useIdleReset(
    screen.name === "survey" && source === "device",
    idleMs,
    warningSeconds,
    () => void showStart(),
  );

  useEffect(() => {
    // After the thanks, or a failure told to the visitor, the next visitor gets the start screen. On a link the
    // visitor holds their own phone: the thanks stays, as the confirmation that the answers were received.
    if (screen.name !== "thanks" && screen.name !== "failed") return;
    if (screen.name === "thanks" && source === "link") return;
    const timer = setTimeout(() => void showStart(), thanksMs);
    return () => clearTimeout(timer);
  }, [screen.name, thanksMs, showStart, source]);

  async function begin(status: KioskStatus, survey: KioskSurvey) {
    const entry = status.surveys.find((s) => s.survey === survey);
    if (!entry) return;
    try {
      const definition = await kioskApi.definition(survey, entry.year, locale);
      setScreen({ name: "survey", status, survey, definition, year: entry.year });
    } catch {
      // Offline before this survey was ever cached, or the server refused: say so instead of doing nothing.
      setScreen({ name: "failed", status, problem: "surveyUnavailable" });
    }
  }

  const complete = useCallback(
    async (answers: Record<string, unknown>) => {
      if (screen.name !== "survey" || !device) return;
      const { status, survey, definition, year } = screen;
      try {
        // Durable on the tablet first; the visitor is thanked at once and sending happens in the background.
        await outbox.put({
          id: crypto.randomUUID(),
          token: device.token,
          survey,
          year,
          locale: definition.locale,
          answers,
          attempts: 0,
        });
        if (survey === "spindel") spiderMarker.set(year);
        setScreen({ name: "thanks", status });
        void sender.flush();
      } catch {
        setScreen({ name: "failed", status, problem: "sendFailed" });
      }
    },
    [screen, device, sender],
  );

  if (screen.name === "loading") return <main className="kiosk-screen" aria-busy="true" />;
  if (screen.name === "enrol") {
    if (source === "link") {
      return (
        <main className="kiosk-screen kiosk-message" lang="sv">
          <h1>{staffText.invalidLink}</h1>
        </main>
      );
    }
    return (
      <EnrolScreen
        notice={screen.notice}
        onEnrolled={(enrolled) => {
          setDevice(enrolled);
        }}
      />
    );
  }

  const dir = rightToLeftLocales.includes(locale) ? "rtl" : "ltr";
  const open = screen.status.surveys.filter((s) => s.open);
  return (
    <main className="kiosk-screen" lang={locale} dir={dir}>
      {screen.name === "start" && open.length === 0 && (
        <div className="kiosk-message">
          <p className="kiosk-centre">{screen.status.centreName}</p>
          <h1>{text.closed}</h1>
          {/* No language can be chosen here, so the message is said in every one of them. */}
          <ul className="kiosk-closed-languages">
            {visitorLocales
              .filter((code) => code !== locale)
              .map((code) => (
                <li key={code} lang={code} dir={rightToLeftLocales.includes(code) ? "rtl" : "ltr"}>
                  {kioskText[code].closed}
                </li>
              ))}
          </ul>
        </div>
      )}
      {screen.name === "start" && open.some((s) => s.survey !== "spindel") && (
        <StartScreen
          status={screen.status}
          locale={locale}
          onLocale={setLocale}
          onBegin={(survey) => void begin(screen.status, survey)}
        />
      )}
      {screen.name === "start" && open.length > 0 && open.every((s) => s.survey === "spindel") && (
        <SpiderStart status={screen.status} onBegin={() => void begin(screen.status, "spindel")} />
      )}
      {screen.name === "survey" && (
        <SurveyScreen
          definition={screen.definition}
          onComplete={complete}
          onCancel={() => void showStart()}
          words={text}
        />
      )}
      {screen.name === "thanks" && (
        <div className="kiosk-message" role="status">
          <h1>{text.thanks}</h1>
        </div>
      )}
      {screen.name === "failed" && (
        <div className="kiosk-message" role="alert">
          <h1>{text[screen.problem]}</h1>
        </div>
      )}
      {source === "device" && screen.name !== "survey" && (
        <StaffMenu
          staffPin={screen.status.staffPin}
          waiting={waiting}
          onLeave={leaveKiosk}
          onSendNow={async () => {
            await sender.flush();
            return (await outbox.all()).length;
          }}
        />
      )}
      {waiting > 0 && (
        <p className="kiosk-queue" lang="sv" dir="ltr">
          <span aria-hidden="true">● </span>
          {staffText.waiting(waiting)}
        </p>
      )}
      {secondsLeft !== undefined && (
        <div className="kiosk-idle" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title">
          <div className="kiosk-idle-box">
            <h2 id="kiosk-idle-title">{text.stillThere}</h2>
            <p>{text.restartIn(secondsLeft)}</p>
            <button type="button">{text.continue}</button>
          </div>
        </div>
      )}
    </main>
  );
}
