"use client";

import { useContext } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { FieldErrorsContext } from "./action-form";

type Common = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** For a field required in some cases only ("when not hired"). */
  requiredWhen?: string;
  markOptional?: boolean;
  defaultValue?: string;
};
type Props = Common &
  (
    | { type?: "text" | "email" | "number" | "datetime-local" }
    | { type: "textarea"; rows?: number }
    | { type: "select"; options: readonly { value: string; label: string }[] }
  );

/**
 * A field of an ActionForm: its message from the form's last answer appears under it and is
 * linked to it (aria-describedby), and what was typed stays in place.
 */
export function ActionField(props: Props) {
  const error = useContext(FieldErrorsContext)[props.name];
  const { id, name, label, hint, required, requiredWhen, markOptional, defaultValue } = props;
  const common = { id, name, label, hint, required, requiredWhen, markOptional, defaultValue, error };
  if (props.type === "textarea") return <TextAreaField {...common} rows={props.rows ?? 3} className="min-w-0" />;
  if (props.type === "select") return <SelectField {...common} options={props.options} className="min-w-0" />;
  return <TextField {...common} type={props.type ?? "text"} className="min-w-0" />;
}
