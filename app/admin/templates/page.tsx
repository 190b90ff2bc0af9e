import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { DangerForm } from "@/components/admin/danger-form";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { listTemplates } from "@/db/queries/written-emails";
import { type TemplateVariable, templateVariables } from "@/domain/email-templates";
import { requireStaff } from "@/services/session";
import { deleteEmailTemplate, saveEmailTemplate } from "./actions";

export const metadata = { title: "Email templates" };

function TemplateFields({
  prefix,
  template,
}: {
  prefix: string;
  template?: { name: string; subject: string; body: string };
}) {
  return (
    <>
      <ActionField id={`${prefix}-name`} name="name" label="Name" required defaultValue={template?.name ?? ""} />
      <ActionField
        id={`${prefix}-subject`}
        name="subject"
        label="Subject"
        required
        defaultValue={template?.subject ?? ""}
      />
      <ActionField
        id={`${prefix}-body`}
        name="body"
        type="textarea"
        rows={8}
        label="Message"
        required
        defaultValue={template?.body ?? ""}
      />
    </>
  );
}

export default async function TemplatesPage() {
  const actor = await requireStaff("/admin/templates");
  const templates = await listTemplates(actor);
  return (
    <>
      <PageTitle size="admin">Email templates</PageTitle>
      <p className="mt-2 max-w-3xl text-sm text-ink-muted">
        Starting points for the emails you write from a request or a candidate. The variables are filled in when the
        email is sent; a candidate’s email can use only {"{{name}}"} and {"{{manager_name}}"}.
      </p>
      <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
        {(Object.keys(templateVariables) as TemplateVariable[]).map((name) => (
          <div key={name}>
            <dt className="inline font-mono">{`{{${name}}}`}</dt>{" "}
            <dd className="inline text-ink-muted">{templateVariables[name]}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {templates.map((template) => (
          <Card as="section" key={template.id} aria-label={template.name} className="space-y-4">
            <ActionForm action={saveEmailTemplate} submitLabel={`Save ${template.name}`}>
              <input type="hidden" name="id" value={template.id} />
              <TemplateFields prefix={`template-${template.id}`} template={template} />
            </ActionForm>
            <DangerForm
              action={deleteEmailTemplate}
              summary={`Delete ${template.name}…`}
              warning="Emails already sent from it stay as they are."
              submitLabel={`Delete ${template.name}`}
            >
              <input type="hidden" name="id" value={template.id} />
            </DangerForm>
          </Card>
        ))}
        <Card as="section" aria-labelledby="new-template-title">
          <h2 id="new-template-title" className="font-semibold">
            Add a template
          </h2>
          <div className="mt-3">
            <ActionForm action={saveEmailTemplate} submitLabel="Add template" resetOnSuccess>
              <input type="hidden" name="id" value="" />
              <TemplateFields prefix="new-template" />
            </ActionForm>
          </div>
        </Card>
      </div>
    </>
  );
}
