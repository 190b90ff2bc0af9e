import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input, Label, Select } from "@/components/ui/input";
import { TextLink } from "@/components/ui/text-link";

/** A list's filters as a plain GET form: every view lives in the URL, so it can be shared or bookmarked. */
export function FilterForm({ children, clearHref }: { children: ReactNode; clearHref?: string }) {
  return (
    <form method="get" className={cn(cardClasses, "mt-6 flex flex-wrap items-end gap-3 p-4")}>
      {children}
      <Button type="submit" className="px-4">
        Apply
      </Button>
      {clearHref ? (
        <TextLink href={clearHref} className="min-h-11 px-2 py-2.5 text-sm">
          Clear
        </TextLink>
      ) : null}
    </form>
  );
}

export function FilterInput({
  name,
  label,
  className = "w-40",
  ...props
}: { name: string; label: string } & Omit<ComponentProps<"input">, "name" | "id">) {
  return (
    <div>
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <Input id={`filter-${name}`} name={name} className={cn("mt-1 max-w-full", className)} {...props} />
    </div>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel?: string;
  options: readonly (string | { value: string; label: string })[];
}) {
  return (
    <div>
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1">
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => {
          const { value: optionValue, label: optionLabel } =
            typeof option === "string" ? { value: option, label: option } : option;
          return (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          );
        })}
      </Select>
    </div>
  );
}
