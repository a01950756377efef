// The dashboard's URL parameters: every view of it is a shareable link.
export type DashboardParams = { asOf?: string; theme?: string; expectation?: string; focus?: string; view?: string };

export function dashboardHref(params: DashboardParams, change: Partial<DashboardParams>): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...change })) if (v) next.set(k, v);
  const query = next.toString();
  return query ? `/?${query}` : "/";
}
