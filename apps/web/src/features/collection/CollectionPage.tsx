import type { CollectionLink, Enrolment } from "@fcs/contracts";
import { anonymousSurveysInDisplayOrder } from "@fcs/surveys/kinds";
import { type FormEvent, useCallback, useState } from "react";
import { Link, useParams } from "react-router";
import { useCentre } from "../../api/hooks/centres.ts";
import {
  useCollectionTokens,
  useCreateEnrolment,
  useCreateLink,
  useRespondentCounts,
} from "../../api/hooks/collection.ts";
import { allOf } from "../../api/query-client.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QrCode } from "../../components/QrCode.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { CodeValidity } from "./CodeValidity.tsx";
import { KioskPinForm } from "./KioskPinForm.tsx";
import { Poster } from "./Poster.tsx";
import { TokenActivity } from "./TokenActivity.tsx";
import { TokenTable } from "./TokenTable.tsx";

/** "Insamling": a centre's answers so far, its tablets and links, for the coordinator. */
export function CollectionPage() {
  const t = useMessages().collection;
  const centreId = useParams().centreId ?? "";
  const year = new Date().getFullYear();
  const page = allOf(useCentre(centreId), useRespondentCounts(centreId, year), useCollectionTokens(centreId));

  return (
    <QueryStatus query={page}>
      {([centre, counts, tokens]) => (
        <>
          <PageHeading>{t.title(centre.name)}</PageHeading>
          <table className="counts">
            <caption>
              {t.countsTitle(counts.year)}
              <span className="caption-note">{t.countsCaption}</span>
            </caption>
            <tbody>
              {anonymousSurveysInDisplayOrder.map((survey) => (
                <tr key={survey}>
                  <th scope="row">{t.surveys[survey]}</th>
                  <td>{counts[survey]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <NewTablet centreId={centreId} />
          <KioskPinForm centreId={centreId} />
          <NewLinks centreId={centreId} centreName={centre.name} />
          <section aria-labelledby="paper-forms">
            <h2 id="paper-forms">{t.paperTitle}</h2>
            <p>{t.paperIntro}</p>
            <p>
              <Link to={`/familjecentraler/${centreId}/pappersenkat`}>{t.paperLink}</Link>
            </p>
            <p>
              <Link to={`/familjecentraler/${centreId}/pappersinmatning`}>{t.paperEntryLink}</Link>
            </p>
          </section>
          <TokenTable centreId={centreId} tokens={tokens} />
          <TokenActivity centreId={centreId} year={year} />
        </>
      )}
    </QueryStatus>
  );
}

function NewTablet({ centreId }: { centreId: string }) {
  const t = useMessages().collection;
  const createEnrolment = useCreateEnrolment(centreId);
  const [label, setLabel] = useState("");
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const { error, run } = useAction(useMessages().errors.network);

  function create(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      setEnrolment(await createEnrolment.mutateAsync(label.trim()));
    });
  }

  return (
    <section aria-labelledby="new-tablet">
      <h2 id="new-tablet">{t.tabletsTitle}</h2>
      <p>{t.tabletIntro}</p>
      <form onSubmit={create} className="inline-form">
        <TextField id="tablet-label" label={t.tabletName} value={label} onChange={setLabel} maxLength={100} />
        <button type="submit">{t.createCode}</button>
      </form>
      <ActionError message={error} />
      {enrolment && (
        <div className="handout" role="status">
          <p>
            {t.code}: <strong className="enrolment-code">{enrolment.code}</strong>
          </p>
          <CodeValidity expiresAt={enrolment.expiresAt}>
            <QrCode value={`${window.location.origin}/kiosk#kod=${enrolment.code}`} label={t.codeQr} />
          </CodeValidity>
        </div>
      )}
    </section>
  );
}

function NewLinks({ centreId, centreName }: { centreId: string; centreName: string }) {
  const t = useMessages().collection;
  const createLink = useCreateLink(centreId);
  const [label, setLabel] = useState("");
  // Every link made on this visit stays on the page: each is shown only once, so a new one never replaces it.
  const [links, setLinks] = useState<CollectionLink[]>([]);
  const { error, run } = useAction(useMessages().errors.network);

  function create(audience: "staff" | "visitors") {
    void run(async () => {
      const link = await createLink.mutateAsync({ audience, label: label.trim() || undefined });
      setLinks((current) => [link, ...current]);
      setLabel("");
    });
  }

  return (
    <section aria-labelledby="new-links">
      <h2 id="new-links">{t.linksTitle}</h2>
      <p>{t.linksIntro}</p>
      <TextField
        id="link-label"
        label={t.linkName}
        hint={t.linkNameHint}
        value={label}
        onChange={setLabel}
        maxLength={100}
      />
      <div className="button-row">
        <button type="button" onClick={() => create("staff")}>
          {t.staffLink}
        </button>
        <button type="button" className="button-secondary" onClick={() => create("visitors")}>
          {t.visitorLink}
        </button>
      </div>
      <ActionError message={error} />
      {links.map((link) => (
        <Handout key={link.path} link={link} centreName={centreName} />
      ))}
    </section>
  );
}

/** One new link, shown this once: its address, a copy button, its QR code and a poster to print. */
function Handout({ link, centreName }: { link: CollectionLink; centreName: string }) {
  const t = useMessages().collection;
  const url = `${window.location.origin}${link.path}`;
  const [copied, setCopied] = useState("");
  const [printing, setPrinting] = useState(false);
  const printed = useCallback(() => setPrinting(false), []);
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => setCopied(t.copied),
      () => setCopied(t.copyFailed),
    );
  return (
    <div className="handout" role="status">
      <p>
        <strong>{link.label}</strong>
      </p>
      <p className="link-url">{url}</p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => void copy()}>
          {t.copy}
        </button>
        <button type="button" className="button-secondary" onClick={() => setPrinting(true)}>
          {t.printPoster}
        </button>
        <span aria-live="polite">{copied}</span>
      </div>
      <p>{t.linkShownOnce}</p>
      <QrCode value={url} label={t.linkQr(link.label)} />
      {printing && <Poster link={link} url={url} centreName={centreName} onPrinted={printed} />}
    </div>
  );
}
