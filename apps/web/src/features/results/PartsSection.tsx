import type { ResultsParts } from "@fcs/contracts";
import { useState } from "react";
import { Link } from "react-router";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { countText, formatDecimal, formatPercent, isShown } from "./format.ts";

/** The parts of the scope — regions, municipalities, centres — with one chosen key figure each, for drill-down. */
export function PartsSection({ parts, link }: { parts: ResultsParts; link: (scope: string) => string }) {
  const t = useMessages().results;
  const [index, setIndex] = useState(() => {
    const preferred = (parts.questions ?? []).findIndex((q) => q.key === "helhet" || q.key === "trivs");
    return preferred >= 0 ? preferred : 0;
  });
  if (parts.parts.length === 0) return null;
  const question = parts.questions?.[index];
  const level = parts.parts.some((p) => p.level === "municipality")
    ? "municipality"
    : parts.parts[0]?.level === "region"
      ? "region"
      : "centre";
  // In a region, each municipality is followed by its centres.
  const municipalityOf = (code: string) => code.replace("municipality:", "");
  const ordered =
    level === "municipality"
      ? parts.parts
          .filter((p) => p.level === "municipality")
          .flatMap((m) => [
            m,
            ...parts.parts.filter((c) => c.level === "centre" && c.municipalityCode === municipalityOf(m.id)),
          ])
      : parts.parts;
  return (
    <section aria-labelledby="parts-title" className="results-section">
      <h2 id="parts-title">{t.partsTitle(t.partsLevels[level])}</h2>
      <p>{t.partsIntro}</p>
      {(parts.questions?.length ?? 0) > 1 && (
        <SelectField
          label={t.keyQuestion}
          value={index}
          options={(parts.questions ?? []).map((q, i) => ({ value: i, label: q.title }))}
          onChange={(value) => setIndex(Number(value))}
        />
      )}
      <div className="table-scroll">
        <table>
          <caption>
            {question ? `${t.partsTitle(t.partsLevels[level])}: ${question.title}` : t.respondentsTitle}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.respondentsTitle}</th>
              {question && <th scope="col">{t.mean}</th>}
              {question && <th scope="col">{t.positive}</th>}
            </tr>
          </thead>
          <tbody>
            {ordered.map((part) => {
              const figure = part.figures[index];
              return (
                <tr
                  key={part.id}
                  className={level === "municipality" && part.level === "centre" ? "row-child" : undefined}
                >
                  <th scope="row">
                    <Link to={link(part.id)}>{part.name}</Link>
                    {level === "municipality" && <span className="visually-hidden">{` (${t.level[part.level]})`}</span>}
                  </th>
                  <td>{countText(part.respondents, t.suppressed)}</td>
                  {question && (
                    <td>{isShown(figure) && figure.mean !== undefined ? formatDecimal(figure.mean) : t.suppressed}</td>
                  )}
                  {question && (
                    <td>
                      {isShown(figure) && figure.positiveShare !== undefined
                        ? formatPercent(figure.positiveShare)
                        : t.suppressed}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
