import type { Centre, NewCentre } from "@fcs/contracts";
import { useId } from "react";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";

export type CentreDraft = Omit<NewCentre, "otherPartners"> & { otherPartners: string };

const services = ["mhv", "bhv", "oppen_forskola", "socialtjanst"] as const;
const kinds = ["familjecentral", "familjecentralsliknande"] as const;

export const emptyCentre = (): CentreDraft => ({
  name: "",
  municipalityCode: "",
  kind: "familjecentral",
  baseServices: [...services],
  otherPartners: "",
  activeFrom: new Date().toISOString().slice(0, 10),
});

export const draftOf = (centre: Centre): CentreDraft => ({
  name: centre.name,
  municipalityCode: centre.municipality.code,
  kind: centre.kind,
  baseServices: centre.baseServices,
  otherPartners: centre.otherPartners.join(", "),
  activeFrom: centre.activeFrom,
});

/** The draft as the API takes it: other partners are typed as one comma-separated line. */
export const centreInput = (draft: CentreDraft): NewCentre => ({
  ...draft,
  name: draft.name.trim(),
  otherPartners: draft.otherPartners
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean),
});

interface CentreFieldsProps {
  draft: CentreDraft;
  municipalities: { code: string; name: string }[];
  onChange(draft: CentreDraft): void;
}

/** The fields a county coordinator sets on a centre: name, municipality, kind, base services, partners, start. */
export function CentreFields({ draft, municipalities, onChange }: CentreFieldsProps) {
  const t = useMessages();
  const id = useId();
  const set = <K extends keyof CentreDraft>(key: K, value: CentreDraft[K]) => onChange({ ...draft, [key]: value });
  const toggle = (service: (typeof services)[number], on: boolean) =>
    set("baseServices", on ? [...draft.baseServices, service] : draft.baseServices.filter((s) => s !== service));

  return (
    <>
      <TextField
        id={`${id}-name`}
        label={t.admin.name}
        value={draft.name}
        onChange={(v) => set("name", v)}
        required
        maxLength={200}
      />
      <div className="field">
        <label htmlFor={`${id}-municipality`}>{t.admin.municipality}</label>
        <select
          id={`${id}-municipality`}
          value={draft.municipalityCode}
          onChange={(e) => set("municipalityCode", e.target.value)}
          required
        >
          <option value="">{t.admin.chooseMunicipality}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t.admin.kind}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name={`${id}-kind`} checked={draft.kind === kind} onChange={() => set("kind", kind)} />
            {t.centres.kinds[kind]}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t.admin.baseServices}</legend>
        {services.map((service) => (
          <label key={service} className="choice">
            <input
              type="checkbox"
              checked={draft.baseServices.includes(service)}
              onChange={(e) => toggle(service, e.target.checked)}
            />
            {t.centres.services[service]}
          </label>
        ))}
      </fieldset>
      <TextField
        id={`${id}-partners`}
        label={t.admin.otherPartners}
        value={draft.otherPartners}
        onChange={(v) => set("otherPartners", v)}
      />
      <TextField
        id={`${id}-from`}
        label={t.admin.activeFrom}
        type="date"
        value={draft.activeFrom}
        onChange={(v) => set("activeFrom", v)}
        required
      />
    </>
  );
}
