import type { RegionList } from "@fcs/contracts";
import { Link } from "react-router";
import { useChangeRegion, useRegions } from "../../api/hooks/regions.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";

type Region = RegionList["regions"][number];
const number = new Intl.NumberFormat("sv-SE");

/** "Regioner": every region of Sweden; the administrator switches one on, chooses its guideline and invites its county coordinator. */
export function RegionsPage() {
  const messages = useMessages();
  const t = messages.regions;
  const regions = useRegions();
  const changeRegion = useChangeRegion();
  const { error, run } = useAction(messages.errors.network);
  const change = (region: Region, body: { active?: boolean; guideline?: string | null }) =>
    run(async () => {
      await changeRegion.mutateAsync({ code: region.code, change: body });
    });

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <ActionError message={error} />
      <QueryStatus query={regions}>
        {({ regions, guidelines }) => (
          <div className="table-scroll">
            <DataTable
              caption={t.title}
              captionHidden
              columns={[t.region, t.municipalities, t.population, t.centres, t.guideline, t.status, t.actions]}
              rows={regions.map((region) => ({
                key: region.code,
                header: region.name,
                cellClassNames: [undefined, undefined, undefined, undefined, undefined, "button-row"],
                cells: [
                  number.format(region.municipalities),
                  number.format(region.population),
                  number.format(region.centres),
                  <select
                    key="guideline"
                    aria-label={t.guidelineFor(region.name)}
                    value={region.guideline ?? ""}
                    onChange={(e) => void change(region, { guideline: e.target.value || null })}
                  >
                    <option value="">{t.noGuideline}</option>
                    {guidelines.map((g) => (
                      <option key={g.code} value={g.code}>
                        {g.source}
                      </option>
                    ))}
                  </select>,
                  region.active ? t.active : t.inactive,
                  <span key="actions">
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() =>
                        (region.active ? window.confirm(t.confirmOff(region.name)) : true) &&
                        void change(region, { active: !region.active })
                      }
                    >
                      {region.active ? t.switchOff : t.switchOn}
                      <span className="visually-hidden"> – {region.name}</span>
                    </button>
                    {region.active && (
                      <Link to={`/anvandare?roll=county_coordinator&region=${region.code}`}>
                        {t.inviteCounty}
                        <span className="visually-hidden"> – {region.name}</span>
                      </Link>
                    )}
                  </span>,
                ],
              }))}
            />
          </div>
        )}
      </QueryStatus>
    </>
  );
}
