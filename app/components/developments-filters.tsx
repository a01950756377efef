// The list's filters: a plain GET form, so every filtered view has a URL
// that can be bookmarked and shared.
import { getTranslations } from "next-intl/server";
import { RELIABILITY_KEYS } from "@/lib/developments/admiralty";
import { EVENT_TYPE_KEYS } from "@/lib/developments/event-types";
import type { DevelopmentFilters } from "@/lib/developments/list-filters";
import { STANCE_KEYS } from "@/lib/evidence/stances";

type Props = {
  filters: DevelopmentFilters;
  expectations: { id: string; statement: string }[];
  known: { actors: string[]; tags: string[] };
  canSeeDeleted: boolean;
};

function Choice({ id, label, any, value, options }: { id: string; label: string; any: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${id}`}>{label}</label>
      <select id={`filter-${id}`} name={id} defaultValue={value ?? ""} title={options.find((o) => o.value === value)?.label}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} title={o.label}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export async function DevelopmentsFilters({ filters, expectations, known, canSeeDeleted }: Props) {
  const t = await getTranslations();
  const any = t("common.any");
  const f = (key: string) => t(`developments.filters.${key}`);
  return (
    <form method="get" className="filters" role="search" aria-label={f("form")}>
      <div className="field wide-field">
        <label htmlFor="filter-q">{f("q")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="filter-from">{f("from")}</label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">{f("to")}</label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <Choice
        id="eventType"
        label={f("eventType")}
        any={any}
        value={filters.eventType}
        options={EVENT_TYPE_KEYS.map((k) => ({ value: k, label: t(`eventTypes.${k}.label`) }))}
      />
      <Choice id="actor" label={f("actor")} any={any} value={filters.actor} options={known.actors.map((a) => ({ value: a, label: a }))} />
      <Choice id="tag" label={f("tag")} any={any} value={filters.tag} options={known.tags.map((tag) => ({ value: tag, label: tag }))} />
      <Choice
        id="expectationId"
        label={f("expectation")}
        any={any}
        value={filters.expectationId}
        options={expectations.map((e) => ({ value: e.id, label: e.statement }))}
      />
      <Choice id="stance" label={f("stance")} any={any} value={filters.stance} options={STANCE_KEYS.map((s) => ({ value: s, label: t(`stances.${s}`) }))} />
      <Choice
        id="minReliability"
        label={f("minReliability")}
        any={any}
        value={filters.minReliability}
        options={RELIABILITY_KEYS.filter((k) => k !== "F").map((k) => ({ value: k, label: `${k}: ${t(`admiralty.reliability.${k}.label`)}` }))}
      />
      {canSeeDeleted ? (
        <Choice
          id="deleted"
          label={f("deleted")}
          any={any}
          value={filters.deleted}
          options={[
            { value: "include", label: f("includeDeleted") },
            { value: "only", label: f("onlyDeleted") },
          ]}
        />
      ) : null}
      <div className="actions">
        <button type="submit">{f("apply")}</button> <a href="/developments">{f("clear")}</a>
      </div>
    </form>
  );
}
