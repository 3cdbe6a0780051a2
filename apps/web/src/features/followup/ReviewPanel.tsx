import { type FormEvent, useId, useState } from "react";
import { type FollowUpStep, useFollowUpStep } from "../../api/hooks/followUps.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { useMessages } from "../../i18n/index.ts";

interface ReviewPanelProps {
  centreId: string;
  year: number;
  version: number;
}

/** The county coordinator's decision on a submitted follow-up: approve, or return with a comment. */
export function ReviewPanel({ centreId, year, version }: ReviewPanelProps) {
  const t = useMessages().followUp;
  const followUpStep = useFollowUpStep(centreId, year);
  const commentId = useId();
  const errorId = useId();
  const [comment, setComment] = useState("");
  const [missingComment, setMissingComment] = useState(false);
  const { error, run } = useAction(useMessages().errors.network);

  const step = (name: FollowUpStep, body: { version: number; comment?: string }) =>
    run(async () => {
      await followUpStep.mutateAsync({ step: name, body });
    });

  function returnWithComment(event: FormEvent) {
    event.preventDefault();
    const text = comment.trim();
    setMissingComment(text === "");
    if (text) void step("return", { version, comment: text });
  }

  return (
    <section aria-labelledby="review-title" className="action-panel">
      <h2 id="review-title">{t.reviewTitle}</h2>
      <p>{t.reviewIntro}</p>
      <button type="button" onClick={() => window.confirm(t.confirmApprove) && void step("approve", { version })}>
        {t.approve}
      </button>
      <form onSubmit={returnWithComment}>
        <div className="field">
          <label htmlFor={commentId}>{t.returnLabel}</label>
          <textarea
            id={commentId}
            value={comment}
            rows={4}
            maxLength={4000}
            onChange={(event) => setComment(event.target.value)}
            aria-invalid={missingComment || undefined}
            aria-describedby={missingComment ? errorId : undefined}
          />
          {missingComment && (
            <p id={errorId} className="field-error">
              {t.returnNeedsComment}
            </p>
          )}
        </div>
        <button type="submit" className="button-secondary">
          {t.returnButton}
        </button>
      </form>
      <ActionError message={error} />
    </section>
  );
}
