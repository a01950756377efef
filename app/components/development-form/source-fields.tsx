"use client";
import { Select, TextInput } from "@/app/components/form-controls";
import { CREDIBILITY, RELIABILITY } from "@/lib/developments/admiralty";
import type { SourceValues } from "./values";

type Props = { index: number; value: SourceValues; onChange: (v: SourceValues) => void; onRemove?: () => void; errors: (field: string) => string[] | undefined };

export function SourceFields({ index, value, onChange, onRemove, errors }: Props) {
  const name = (field: string) => `sources.${index}.${field}`;
  const id = (field: string) => `source-${index}-${field}`;
  const set = (field: keyof SourceValues) => (v: string) => onChange({ ...value, [field]: v });
  return (
    <fieldset className="row-group">
      <legend>Source {index + 1}</legend>
      {value.id ? <input type="hidden" name={name("id")} value={value.id} /> : null}
      <TextInput id={id("url")} name={name("url")} label="Web address" type="url" value={value.url} onChange={set("url")} errors={errors(name("url"))} hint="http:// or https://. Leave empty for print or private sources and give a citation." />
      <TextInput id={id("citation")} name={name("citation")} label="Citation" value={value.citation} onChange={set("citation")} errors={errors(name("citation"))} />
      <TextInput id={id("publisher")} name={name("publisher")} label="Publisher" value={value.publisher} onChange={set("publisher")} errors={errors(name("publisher"))} />
      <TextInput id={id("publishedOn")} name={name("publishedOn")} label="Published on" type="date" value={value.publishedOn} onChange={set("publishedOn")} errors={errors(name("publishedOn"))} />
      <Select id={id("reliability")} name={name("reliability")} label="Source reliability" value={value.reliability} onChange={set("reliability")} placeholder="Choose A–F"
        options={RELIABILITY.map((r) => ({ value: r.key, label: `${r.key}: ${r.label}` }))} errors={errors(name("reliability"))} />
      <Select id={id("credibility")} name={name("credibility")} label="Information credibility" value={value.credibility} onChange={set("credibility")} placeholder="Choose 1–6"
        options={CREDIBILITY.map((c) => ({ value: String(c.value), label: `${c.value}: ${c.label}` }))} errors={errors(name("credibility"))} />
      {onRemove ? <button type="button" className="secondary" onClick={onRemove}>Remove source {index + 1}</button> : null}
    </fieldset>
  );
}
