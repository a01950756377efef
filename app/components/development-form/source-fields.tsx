"use client";
import { useTranslations } from "next-intl";
import { Select, TextInput } from "@/app/components/form-controls";
import { CREDIBILITY_VALUES, RELIABILITY_KEYS } from "@/lib/developments/admiralty";
import type { SourceValues } from "./values";

type Props = {
  index: number;
  value: SourceValues;
  onChange: (v: SourceValues) => void;
  onRemove?: () => void;
  errors: (field: string) => string[] | undefined;
};

export function SourceFields({ index, value, onChange, onRemove, errors }: Props) {
  const t = useTranslations("developmentForm");
  const tr = useTranslations("admiralty");
  const name = (field: string) => `sources.${index}.${field}`;
  const id = (field: string) => `source-${index}-${field}`;
  const set = (field: keyof SourceValues) => (v: string) => onChange({ ...value, [field]: v });
  return (
    <fieldset className="row-group">
      <legend>{t("sourceN", { n: index + 1 })}</legend>
      {value.id ? <input type="hidden" name={name("id")} value={value.id} /> : null}
      <TextInput
        id={id("url")}
        name={name("url")}
        label={t("url")}
        type="url"
        value={value.url}
        onChange={set("url")}
        errors={errors(name("url"))}
        hint={t("urlHint")}
      />
      <TextInput
        id={id("citation")}
        name={name("citation")}
        label={t("citation")}
        value={value.citation}
        onChange={set("citation")}
        errors={errors(name("citation"))}
      />
      <TextInput
        id={id("publisher")}
        name={name("publisher")}
        label={t("publisher")}
        value={value.publisher}
        onChange={set("publisher")}
        errors={errors(name("publisher"))}
      />
      <TextInput
        id={id("publishedOn")}
        name={name("publishedOn")}
        label={t("publishedOn")}
        type="date"
        value={value.publishedOn}
        onChange={set("publishedOn")}
        errors={errors(name("publishedOn"))}
      />
      <Select
        id={id("reliability")}
        name={name("reliability")}
        label={t("reliability")}
        value={value.reliability}
        onChange={set("reliability")}
        placeholder={t("chooseReliability")}
        options={RELIABILITY_KEYS.map((k) => ({ value: k, label: t("gradeOption", { grade: k, label: tr(`reliability.${k}.label`) }) }))}
        errors={errors(name("reliability"))}
      />
      <Select
        id={id("credibility")}
        name={name("credibility")}
        label={t("credibility")}
        value={value.credibility}
        onChange={set("credibility")}
        placeholder={t("chooseCredibility")}
        options={CREDIBILITY_VALUES.map((v) => ({ value: String(v), label: t("gradeOption", { grade: v, label: tr(`credibility.${v}.label`) }) }))}
        errors={errors(name("credibility"))}
      />
      {onRemove ? (
        <button type="button" className="secondary" onClick={onRemove}>
          {t("removeSource", { n: index + 1 })}
        </button>
      ) : null}
    </fieldset>
  );
}
