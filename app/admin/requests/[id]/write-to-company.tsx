import { WriteEmailCard } from "@/components/admin/write-email-card";
import type { SessionUser } from "@/db/queries/users";
import { listTemplates } from "@/db/queries/written-emails";
import { type TemplateVariable, templateVariables } from "@/domain/email-templates";
import { writeToCompany } from "../actions";
import type { RequestRecord } from "./request-data";

/** "Write to …" the company's contact, from a template (`?template=`) or from scratch. */
export async function WriteToCompany({
  actor,
  request,
  template,
}: {
  actor: SessionUser;
  request: RequestRecord;
  template: string | string[] | undefined;
}) {
  const templates = await listTemplates(actor);
  return (
    <WriteEmailCard
      action={writeToCompany}
      id={request.id}
      recipient={`${request.name} (${request.email})`}
      templates={templates}
      chosen={typeof template === "string" ? template : undefined}
      variables={Object.keys(templateVariables) as TemplateVariable[]}
    />
  );
}
