// The list's filters: a plain GET form, so every filtered view has a URL
// that can be bookmarked and shared.
import { RELIABILITY } from "@/lib/developments/admiralty";
import { EVENT_TYPES } from "@/lib/developments/event-types";
import type { DevelopmentFilters } from "@/lib/developments/list-filters";
import { STANCES } from "@/lib/evidence/stances";

type Props = {
  filters: DevelopmentFilters;
  expectations: { id: string; statement: string }[];
  known: { actors: string[]; tags: string[] };
  canSeeDeleted: boolean;
};

function Choice({ id, label, value, options }: { id: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${id}`}>{label}</label>
      <select id={`filter-${id}`} name={id} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function DevelopmentsFilters({ filters, expectations, known, canSeeDeleted }: Props) {
  return (
    <form method="get" className="filters" role="search" aria-label="Filter developments">
      <div className="field wide-field">
        <label htmlFor="filter-q">Search title, summary, actors and tags</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} />
      </div>
      <div className="field"><label htmlFor="filter-from">From</label><input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} /></div>
      <div className="field"><label htmlFor="filter-to">To</label><input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} /></div>
      <Choice id="eventType" label="Event type" value={filters.eventType} options={EVENT_TYPES.map((e) => ({ value: e.key, label: e.label }))} />
      <Choice id="actor" label="Actor" value={filters.actor} options={known.actors.map((a) => ({ value: a, label: a }))} />
      <Choice id="tag" label="Tag" value={filters.tag} options={known.tags.map((t) => ({ value: t, label: t }))} />
      <Choice id="expectationId" label="Expectation" value={filters.expectationId} options={expectations.map((e) => ({ value: e.id, label: e.statement }))} />
      <Choice id="stance" label="Stance" value={filters.stance} options={STANCES.map((s) => ({ value: s.key, label: s.label }))} />
      <Choice id="minReliability" label="Best source at least" value={filters.minReliability}
        options={RELIABILITY.filter((r) => r.key !== "F").map((r) => ({ value: r.key, label: `${r.key}: ${r.label}` }))} />
      {canSeeDeleted ? (
        <Choice id="deleted" label="Deleted" value={filters.deleted} options={[{ value: "include", label: "Show deleted too" }, { value: "only", label: "Only deleted" }]} />
      ) : null}
      <div className="actions"><button type="submit">Apply filters</button> <a href="/developments">Clear</a></div>
    </form>
  );
}
