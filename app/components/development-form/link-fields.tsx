"use client";
import { Select, TextArea } from "@/app/components/form-controls";
import { STANCES } from "@/lib/evidence/stances";
import type { LinkValues } from "./values";

export type ExpectationOption = { id: string; statement: string; theme: string };
type Props = { index: number; value: LinkValues; expectations: ExpectationOption[]; onChange: (v: LinkValues) => void; onRemove: () => void; errors: (field: string) => string[] | undefined };

export function LinkFields({ index, value, expectations, onChange, onRemove, errors }: Props) {
  const name = (field: string) => `links.${index}.${field}`;
  const id = (field: string) => `link-${index}-${field}`;
  const set = (field: keyof LinkValues) => (v: string) => onChange({ ...value, [field]: v });
  return (
    <fieldset className="row-group">
      <legend>Link {index + 1}</legend>
      <Select id={id("expectationId")} name={name("expectationId")} label="Expectation" value={value.expectationId} onChange={set("expectationId")} placeholder="Choose an expectation"
        options={expectations.map((e) => ({ value: e.id, label: `${e.theme}: ${e.statement}` }))} errors={errors(name("expectationId"))} />
      <Select id={id("stance")} name={name("stance")} label="Stance" value={value.stance} onChange={set("stance")} placeholder="Choose a stance"
        options={STANCES.map((s) => ({ value: s.key, label: s.label }))} errors={errors(name("stance"))} hint="How consistent is this development with the expectation?" />
      <TextArea id={id("rationale")} name={name("rationale")} label="Rationale" value={value.rationale} onChange={set("rationale")} rows={2} errors={errors(name("rationale"))} />
      <button type="button" className="secondary" onClick={onRemove}>Remove link {index + 1}</button>
    </fieldset>
  );
}
