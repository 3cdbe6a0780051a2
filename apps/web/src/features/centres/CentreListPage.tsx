import type { Centre } from "@fcs/contracts";
import { useState } from "react";
import { Link } from "react-router";
import { useCentres } from "../../api/hooks/centres.ts";
import { MunicipalityFilter, useMunicipalitiesOf } from "../../components/MunicipalityFilter.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { useMay } from "../auth/useMay.ts";

const dateFormat = new Intl.DateTimeFormat("sv-SE", { year: "numeric", month: "long" });

export function CentreListPage() {
  const t = useMessages();
  const user = useCurrentUser();
  const may = useMay();
  const manages = may("centres.manage");
  const [includeInactive, setIncludeInactive] = useState(false);
  const centres = useCentres(includeInactive);
  const title = user.role === "local_coordinator" ? t.centres.myTitle : t.centres.title;

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {manages && (
        <div className="button-row">
          {user.role === "county_coordinator" && (
            <Link className="button-link" to="/familjecentraler/ny">
              {t.admin.add}
            </Link>
          )}
          <label className="choice">
            <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
            {t.admin.showInactive}
          </label>
        </div>
      )}
      <QueryStatus query={centres}>{({ centres }) => <CentreTable centres={centres} />}</QueryStatus>
    </>
  );
}

function CentreTable({ centres }: { centres: Centre[] }) {
  const t = useMessages();
  const may = useMay();
  const collects = may("collection.manage");
  const manages = may("centres.manage");
  const year = new Date().getFullYear();
  const [municipality, setMunicipality] = useState("");
  const municipalities = useMunicipalitiesOf(centres);
  const shown = municipality ? centres.filter((c) => c.municipality.code === municipality) : centres;

  if (centres.length === 0) return <p>{t.centres.empty}</p>;
  return (
    <>
      {municipalities.length > 1 && (
        <MunicipalityFilter municipalities={municipalities} value={municipality} onChange={setMunicipality} />
      )}
      <div className="table-scroll">
        <table>
          <caption aria-live="polite">{t.centres.caption(shown.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.centres.columns.name}</th>
              <th scope="col">{t.centres.columns.municipality}</th>
              <th scope="col">{t.centres.columns.region}</th>
              <th scope="col">{t.centres.columns.kind}</th>
              <th scope="col">{t.centres.columns.services}</th>
              <th scope="col">{t.centres.columns.activeFrom}</th>
              {collects && <th scope="col">{t.followUp.link}</th>}
              {manages && <th scope="col">{t.admin.manage}</th>}
              {collects && <th scope="col">{t.collection.link}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((centre) => (
              <tr key={centre.id} className={centre.activeTo ? "row-inactive" : undefined}>
                <th scope="row">
                  {centre.name}
                  {centre.activeTo && <span className="tag">{t.admin.inactive}</span>}
                </th>
                <td>{centre.municipality.name}</td>
                <td>{centre.region.name}</td>
                <td>{t.centres.kinds[centre.kind]}</td>
                <td>{centre.baseServices.map((s) => t.centres.services[s]).join(", ")}</td>
                <td>{dateFormat.format(new Date(centre.activeFrom))}</td>
                {collects && (
                  <td>
                    <Link
                      to={`/familjecentraler/${centre.id}/uppfoljning/${year}`}
                      aria-label={t.followUp.linkFor(centre.name, year)}
                    >
                      {year}
                    </Link>
                  </td>
                )}
                {manages && (
                  <td>
                    <Link to={`/familjecentraler/${centre.id}/hantera`} aria-label={t.admin.manageFor(centre.name)}>
                      {t.admin.manage}
                    </Link>
                  </td>
                )}
                {collects && (
                  <td>
                    <Link
                      to={`/familjecentraler/${centre.id}/insamling`}
                      aria-label={t.centres.collectionFor(centre.name)}
                    >
                      {t.collection.link}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
