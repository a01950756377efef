"use client";
import { useTranslations } from "next-intl";
import { Select, TextArea } from "@/app/components/form-controls";
import { STANCE_KEYS } from "@/lib/evidence/stances";
import { DECISIVE_MARKS } from "@/lib/judgement/rule/stances";
import type { LinkValues } from "./values";

export type ExpectationOption = { id: string; statement: string; theme: string };
type Props = {
  index: number;
  value: LinkValues;
  expectations: ExpectationOption[];
  onChange: (v: LinkValues) => void;
  onRemove: () => void;
  errors: (field: string) => string[] | undefined;
};

export function LinkFields({ index, value, expectations, onChange, onRemove, errors }: Props) {
  const t = useTranslations();
  const name = (field: string) => `links.${index}.${field}`;
  const id = (field: string) => `link-${index}-${field}`;
  const set = (field: keyof LinkValues) => (v: string) => onChange({ ...value, [field]: v });
  return (
    <fieldset className="row-group">
      <legend>{t("developmentForm.linkN", { n: index + 1 })}</legend>
      <Select
        id={id("expectationId")}
        name={name("expectationId")}
        label={t("developmentForm.expectation")}
        value={value.expectationId}
        onChange={set("expectationId")}
        placeholder={t("developmentForm.chooseExpectation")}
        errors={errors(name("expectationId"))}
        options={expectations.map((e) => ({
          value: e.id,
          label: t("developmentForm.expectationOption", { theme: t(`themes.${e.theme}`), statement: e.statement }),
        }))}
      />
      <Select
        id={id("stance")}
        name={name("stance")}
        label={t("developmentForm.stance")}
        value={value.stance}
        onChange={set("stance")}
        placeholder={t("evidence.chooseStance")}
        options={STANCE_KEYS.map((s) => ({ value: s, label: t(`stances.${s}`) }))}
        errors={errors(name("stance"))}
        hint={t("developmentForm.stanceHint")}
      />
      <Select
        id={id("decisive")}
        name={name("decisive")}
        label={t("evidence.decisive")}
        value={value.decisive}
        onChange={set("decisive")}
        options={DECISIVE_MARKS.map((m) => ({ value: m, label: t(`evidence.decisiveMark.${m}`) }))}
        errors={errors(name("decisive"))}
        hint={t("evidence.decisiveHint")}
      />
      <TextArea
        id={id("rationale")}
        name={name("rationale")}
        label={t("developmentForm.rationale")}
        value={value.rationale}
        onChange={set("rationale")}
        rows={2}
        errors={errors(name("rationale"))}
      />
      <button type="button" className="secondary" onClick={onRemove}>
        {t("developmentForm.removeLink", { n: index + 1 })}
      </button>
    </fieldset>
  );
}
