import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-fields";
import type { ActionState } from "@/domain/action-state";
import type { FieldSpec } from "@/domain/content-kinds";
import { ActionField } from "./action-field";
import { ActionForm } from "./action-form";
import { DangerForm } from "./danger-form";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;
type Row = Record<string, unknown> & { id: number };

function display(value: unknown) {
  if (Array.isArray(value)) return value.join("\n");
  if (value === null || value === undefined) return "";
  return String(value);
}

function Fields({ fields, row, prefix }: { fields: readonly FieldSpec[]; row?: Row; prefix: string }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {fields.map((field) => {
        const common = {
          id: `${prefix}-${field.name}`,
          name: field.name,
          label: field.label,
          hint: field.hint,
          required: !field.optional,
          defaultValue: display(row?.[field.name]),
        };
        return field.type === "textarea" || field.type === "lines" ? (
          <div key={field.name} className="sm:col-span-2">
            <ActionField {...common} type="textarea" rows={field.type === "lines" ? 4 : 2} />
          </div>
        ) : (
          <ActionField key={field.name} {...common} type={field.type} />
        );
      })}
    </div>
  );
}

/** Every row of one content list as its own small form, plus a blank form to add one. */
export function RowEditor({
  kind,
  title,
  fields,
  rows,
  parentId,
  save,
  remove,
  rowLabel,
  notice,
}: {
  kind: string;
  title: string;
  fields: readonly FieldSpec[];
  rows: Row[];
  /** The role or guide the list belongs to; none for the site-wide lists. */
  parentId?: number;
  save: Action;
  remove: Action;
  rowLabel: (row: Row) => string;
  /** What the last action here did, when its own form is gone (a deleted row's). */
  notice?: string;
}) {
  return (
    <Card as="section" aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {notice ? (
        <div className="mt-3">
          <FormAlert tone="success">{notice}</FormAlert>
        </div>
      ) : null}
      <ul className="mt-4 space-y-4">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-line p-4" aria-label={rowLabel(row)}>
            <ActionForm action={save} submitLabel={`Save ${rowLabel(row)}`}>
              <input type="hidden" name="kind" value={kind} />
              <input type="hidden" name="parentId" value={parentId ?? ""} />
              <input type="hidden" name="id" value={row.id} />
              <Fields fields={fields} row={row} prefix={`${kind}-${row.id}`} />
            </ActionForm>
            <div className="mt-3">
              <DangerForm
                action={remove}
                summary={`Delete ${rowLabel(row)}…`}
                warning={`This removes “${rowLabel(row)}” at once, and the public pages no longer show it. It cannot be undone.`}
                submitLabel={`Delete ${rowLabel(row)}`}
              >
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="parentId" value={parentId ?? ""} />
                <input type="hidden" name="id" value={row.id} />
              </DangerForm>
            </div>
          </li>
        ))}
      </ul>
      <div className="mt-4 rounded-lg border border-dashed border-line p-4">
        <h3 className="mb-2 text-sm font-semibold">Add to {title.toLowerCase()}</h3>
        <ActionForm action={save} submitLabel={`Add to ${title.toLowerCase()}`} resetOnSuccess>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="parentId" value={parentId ?? ""} />
          <input type="hidden" name="id" value="" />
          <Fields fields={fields} prefix={`${kind}-new`} />
        </ActionForm>
      </div>
    </Card>
  );
}
