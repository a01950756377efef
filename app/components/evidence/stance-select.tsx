import { STANCES } from "@/lib/evidence/stances";

export function StanceSelect({ id, defaultValue, errors }: { id: string; defaultValue?: string; errors?: string[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>Stance</label>
      <select id={id} name="stance" defaultValue={defaultValue ?? ""} aria-invalid={errors?.length ? true : undefined}>
        <option value="">Choose a stance</option>
        {STANCES.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
      </select>
      {errors?.length ? <span className="error">{errors.join(" ")}</span> : null}
    </div>
  );
}
