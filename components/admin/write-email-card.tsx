import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/form-fields";
import type { ActionState } from "@/domain/action-state";
import { type TemplateVariable, templateVariables } from "@/domain/email-templates";
import { ActionField } from "./action-field";
import { ActionForm } from "./action-form";

type Template = { id: number; name: string; subject: string; body: string };

/**
 * "Write to …" on a request or a candidate: pick a template (a plain GET, so it works without
 * JavaScript), edit it, send. The variables listed are filled in when it is sent.
 */
export function WriteEmailCard({
  action,
  id,
  recipient,
  templates,
  chosen,
  variables,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  id: number;
  recipient: string;
  templates: Template[];
  chosen: string | undefined;
  variables: readonly TemplateVariable[];
}) {
  const template = templates.find((entry) => String(entry.id) === chosen);
  return (
    <Card as="section" aria-labelledby="write-title" id="write" className="scroll-mt-24">
      <h2 id="write-title" className="font-semibold">
        Write to {recipient}
      </h2>
      {templates.length > 0 ? (
        <form method="get" action="#write" className="mt-3 flex flex-wrap items-end gap-3">
          <SelectField
            id="write-template"
            name="template"
            label="Start from a template"
            options={[
              { value: "", label: "A blank email" },
              ...templates.map((entry) => ({ value: String(entry.id), label: entry.name })),
            ]}
            defaultValue={template ? String(template.id) : ""}
            className="min-w-56"
          />
          <Button type="submit" variant="secondary">
            Use it
          </Button>
        </form>
      ) : null}
      <div className="mt-4">
        <ActionForm action={action} submitLabel={`Send to ${recipient}`}>
          <input type="hidden" name="id" value={id} />
          <ActionField
            id="write-subject"
            name="subject"
            label="Subject"
            required
            defaultValue={template?.subject ?? ""}
          />
          <ActionField
            id="write-body"
            name="body"
            type="textarea"
            rows={8}
            label="Message"
            required
            defaultValue={template?.body ?? ""}
            hint="Leave a blank line between paragraphs. Replies come to your address."
          />
        </ActionForm>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-semibold">Variables you can use</summary>
        <dl className="mt-2 space-y-1">
          {variables.map((name) => (
            <div key={name}>
              <dt className="inline font-mono">{`{{${name}}}`}</dt>{" "}
              <dd className="inline text-ink-muted">{templateVariables[name]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Card>
  );
}
