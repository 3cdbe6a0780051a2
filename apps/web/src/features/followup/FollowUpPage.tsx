import type { Centre, FollowUp } from "@fcs/contracts";
import { lazy, Suspense, useCallback, useEffect, useMemo } from "react";
import { useParams } from "react-router";
import { useCentre } from "../../api/hooks/centres.ts";
import { useFollowUp, useSaveDraft, useSurveyDefinition } from "../../api/hooks/followUps.ts";
import { allOf } from "../../api/query-client.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { useMay } from "../auth/useMay.ts";
import { draftBackup } from "./draft-backup.ts";
import { FollowUpHistory } from "./FollowUpHistory.tsx";
import { NextToReview } from "./NextToReview.tsx";
import { questionTitles } from "./question-titles.ts";
import { ReviewPanel } from "./ReviewPanel.tsx";
import { SaveStatus } from "./SaveStatus.tsx";
import { SubmitPanel } from "./SubmitPanel.tsx";
import { useDraftSaver } from "./useDraftSaver.ts";

const FollowUpForm = lazy(() => import("./FollowUpForm.tsx"));

const editable: readonly FollowUp["status"][] = ["not_started", "draft", "returned"];

/** A centre's quality follow-up for a year: filled in by its coordinator, reviewed by the county coordinator. */
export function FollowUpPage() {
  const params = useParams();
  const centreId = params.centreId ?? "";
  const year = Number(params.year);
  const page = allOf(
    useCentre(centreId),
    useFollowUp(centreId, year),
    useSurveyDefinition("kvalitetsuppfoljning", year),
  );

  // A step (submit, return, approve) gives a new version: the view starts over from it.
  return (
    <QueryStatus query={page}>
      {([centre, followUp, definition]) => (
        <FollowUpView key={followUp.version} centre={centre} followUp={followUp} definition={definition.definition} />
      )}
    </QueryStatus>
  );
}

interface FollowUpViewProps {
  centre: Centre;
  followUp: FollowUp;
  definition: Record<string, unknown>;
}

/**
 * What this tab kept of answers typed but never saved (the sign-in expired,
 * the network went): brought back when the follow-up is still at the version
 * they were typed on, and dropped with a word when a colleague has saved since.
 */
function useRestoredDraft(backup: ReturnType<typeof draftBackup>, version: number, canEdit: boolean) {
  return useMemo(() => {
    const kept = canEdit ? backup.read() : undefined;
    if (!kept) return {};
    if (kept.version === version) return { answers: kept.answers, notice: "restored" as const };
    backup.clear();
    return { notice: "outdated" as const };
  }, [backup, version, canEdit]);
}

function FollowUpView({ centre, followUp, definition }: FollowUpViewProps) {
  const t = useMessages();
  const may = useMay();
  const { year, status } = followUp;
  const saveDraft = useSaveDraft(centre.id, year).mutateAsync;
  const fillsIn = may("followups.fill");
  const canEdit = fillsIn && editable.includes(status);
  const reviews = may("followups.review");
  const canReview = reviews && status === "submitted";

  const save = useCallback(
    async (answers: Record<string, unknown>, version: number, keepalive: boolean) =>
      (await saveDraft({ version, answers, keepalive })).version,
    [saveDraft],
  );
  const { id: userId } = useCurrentUser();
  const backup = useMemo(() => draftBackup(`${userId}:${centre.id}:${year}`), [userId, centre.id, year]);
  const restore = useRestoredDraft(backup, followUp.version, canEdit);
  const saver = useDraftSaver(save, followUp.version, t.errors.network, canEdit ? backup : undefined);
  const titles = useMemo(() => questionTitles(definition), [definition]);
  // Once the answers typed before an expired sign-in are back in the form, they are saved as any change is.
  const { change } = saver;
  useEffect(() => {
    if (restore.answers) change(restore.answers);
  }, [restore.answers, change]);
  // After a colleague's save the form is only read: typing on would be lost.
  const conflict = saver.state.kind === "conflict";

  return (
    <>
      <PageHeading>{t.followUp.title(year, centre.name)}</PageHeading>
      <div className="status-bar">
        <p>
          {t.followUp.statusLabel}: <strong className={`status status-${status}`}>{t.followUp.status[status]}</strong>
        </p>
        {canEdit && <SaveStatus state={saver.state} />}
      </div>
      <p>{t.followUp.explain[status]}</p>
      {followUp.returnComment && (status === "returned" || status === "draft") && (
        <section className="notice notice-warning" aria-labelledby="return-comment">
          <h2 id="return-comment">{t.followUp.returnComment}</h2>
          <p className="pre-line">{followUp.returnComment}</p>
        </section>
      )}
      {restore.notice && (
        <p className="notice" role="status">
          {restore.notice === "restored" ? t.followUp.draftRestored : t.followUp.draftOutdated}
        </p>
      )}
      {canReview && (
        <p className="notice">
          {t.followUp.reviewBelow} <a href="#review-title">{t.followUp.toReview}</a>
        </p>
      )}
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <FollowUpForm
          definition={definition}
          answers={restore.answers ?? followUp.answers}
          lastYear={followUp.lastYear}
          prefill={status === "not_started" && !restore.answers}
          readOnly={!canEdit || conflict}
          onAnswersShown={saver.know}
          onAnswersChange={saver.change}
        />
      </Suspense>
      {canEdit && (
        <SubmitPanel
          centreId={centre.id}
          year={year}
          flush={saver.flush}
          titleOf={(key) => titles.get(key) ?? key}
          changed={saver.state.kind === "pending"}
        />
      )}
      {/* The decision comes after the form, once it has been read. */}
      {canReview && <ReviewPanel centreId={centre.id} year={year} version={followUp.version} />}
      {reviews && <NextToReview centre={centre} year={year} />}
      <FollowUpHistory history={followUp.history} />
    </>
  );
}
