import type { ResultsComments } from "@fcs/contracts";
import { useMessages } from "../../i18n/index.ts";

/** A centre's free-text answers, where enough wrote something; only the centre's coordinators and the county see them. */
export function CommentsSection({ comments }: { comments: ResultsComments }) {
  const t = useMessages().results;
  if (comments.questions.length === 0) return null;
  return (
    <section aria-labelledby="comments-title" className="results-section">
      <h2 id="comments-title">{t.commentsTitle}</h2>
      <p className="notice">{t.commentsIntro}</p>
      {!comments.publication.released ? (
        <p>{t.commentsAfterClose}</p>
      ) : (
        comments.questions.map((q) => (
          <section key={q.key} aria-labelledby={`comments-${q.key}`}>
            <h3 id={`comments-${q.key}`}>{q.title}</h3>
            {q.suppressed ? (
              <p>{t.commentsHidden(comments.threshold)}</p>
            ) : q.texts.length === 0 ? (
              <p>{t.noComments}</p>
            ) : (
              <ul className="comment-list">
                {q.texts.map((text, i) => (
                  // The same comment may come twice; its place in the sorted list tells them apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: texts are sorted and never reordered
                  <li key={i}>{text}</li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </section>
  );
}
