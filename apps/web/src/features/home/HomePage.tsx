import { Link } from "react-router";
import { useCentres } from "../../api/hooks/centres.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { CentreTasks } from "./CentreTasks.tsx";
import { RegionTasks } from "./RegionTasks.tsx";

export function HomePage() {
  const t = useMessages();
  const user = useCurrentUser();
  const centres = useCentres();
  const year = new Date().getFullYear();

  return (
    <>
      <PageHeading>{t.home.title}</PageHeading>
      <p className="lead">{t.home.welcome(user.displayName)}</p>
      <p>{t.home.role[user.role]}</p>
      <QueryStatus query={centres}>
        {({ centres }) => {
          const regions = [...new Set(centres.map((c) => c.region.name))];
          return (
            <>
              <p>
                {t.home.inScope(centres.length, regions)} <Link to="/familjecentraler">{t.home.centresLink}</Link>
              </p>
              {user.role === "county_coordinator" && (
                <>
                  <p>
                    <Link to="/arets-uppfoljning">{t.home.yearLink(year)}</Link>
                  </p>
                  <h2>{t.home.tasksTitle(year)}</h2>
                  <div className="task-cards">
                    {[...new Map(centres.map((c) => [c.region.code, c.region.name])).entries()].map(([code, name]) => (
                      <RegionTasks key={code} code={code} name={name} year={year} />
                    ))}
                  </div>
                </>
              )}
              {user.role === "local_coordinator" && (
                <>
                  <h2>{t.home.tasksTitle(year)}</h2>
                  <div className="task-cards">
                    {centres.map((centre) => (
                      <CentreTasks key={centre.id} centre={centre} year={year} />
                    ))}
                  </div>
                </>
              )}
            </>
          );
        }}
      </QueryStatus>
    </>
  );
}
