"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCvFile, type NewCv, saveOwnCv, saveOwnProfile } from "@/db/queries/candidates";
import { listSeniorityOptions } from "@/db/queries/content";
import { type ActionState, firstErrors, formValues } from "@/domain/action-state";
import { checkCvFile, storedFileName } from "@/domain/cv-file";
import { collectSkills, profileSchema, submissionProblems } from "@/domain/validation/profile";
import { stageEmail } from "@/services/account-emails";
import { deleteCv, saveCv } from "@/services/cv-storage";
import { requireRole } from "@/services/session";

export type ProfileState = ActionState;

async function storeUpload(file: FormDataEntryValue | null): Promise<{ cv?: NewCv; error?: string }> {
  if (!(file instanceof File) || file.size === 0) return {};
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkCvFile(bytes, file.name);
  if (!check.ok) return { error: check.error };
  const key = await saveCv(bytes, check.type.extension);
  return {
    cv: { key, fileName: storedFileName(file.name), contentType: check.type.contentType, size: bytes.byteLength },
  };
}

export async function saveProfile(_previous: ProfileState, formData: FormData): Promise<ProfileState> {
  const user = await requireRole("/account/profile", "candidate");
  const skills = collectSkills(
    formData.getAll("skills").filter((value): value is string => typeof value === "string"),
    String(formData.get("freeSkills") ?? ""),
  );
  const values = { ...formValues(formData, ["cv", "skills"]), skills: JSON.stringify(skills) };
  const parsed = profileSchema.safeParse({ ...Object.fromEntries(formData), skills });
  const fieldErrors: Record<string, string | undefined> = parsed.success
    ? {}
    : firstErrors(parsed.error.flatten().fieldErrors);
  if (parsed.success && parsed.data.seniority && !(await listSeniorityOptions()).includes(parsed.data.seniority)) {
    fieldErrors.seniority = "Choose a level from the list.";
  }

  const upload = await storeUpload(formData.get("cv"));
  if (upload.error) fieldErrors.cv = upload.error;

  if (!parsed.success || Object.values(fieldErrors).some(Boolean)) {
    let note = "";
    if (upload.cv) {
      const { replacedCvKey } = await saveOwnCv(user, upload.cv);
      await deleteCv(replacedCvKey);
      revalidatePath("/account", "layout");
      note = " Your new CV was saved.";
    }
    return {
      status: "error",
      message: `Nothing else was saved: please correct the highlighted fields.${note}`,
      fieldErrors,
      values,
    };
  }

  const { intent, consent, ...fields } = parsed.data;
  const hasCv = Boolean(upload.cv) || (await getCvFile(user, user.id)) !== null;
  const problems = intent === "submit" ? submissionProblems(parsed.data, hasCv) : {};
  const submit = intent === "submit" && Object.keys(problems).length === 0;
  // Without a salary the currency says nothing: the column keeps its default.
  const salary = { salaryCurrency: fields.salaryCurrency ?? "USD" };
  const { replacedCvKey, submitted, needsEmailProof } = await saveOwnProfile(
    user,
    { ...fields, ...salary },
    {
      cv: upload.cv,
      consent: consent === "on",
      submit,
      receipt: (candidate) => stageEmail(candidate, "submitted", null),
    },
  );
  await deleteCv(replacedCvKey);
  revalidatePath("/account", "layout");

  if (Object.keys(problems).length > 0) {
    return {
      status: "error",
      message: "Saved as a draft. To submit your profile, complete the highlighted fields.",
      fieldErrors: problems,
      values,
    };
  }
  if (needsEmailProof) {
    return {
      status: "error",
      message: `Saved as a draft. Confirm your email address first: open the link we sent to ${user.email} (or send a new one from your account page), then submit.`,
      fieldErrors: {},
      values,
    };
  }
  if (submitted) {
    redirect("/account?notice=submitted");
  }
  return {
    status: "success",
    message: submit ? "Your changes are saved and the talent managers can see them." : "Draft saved.",
  };
}
