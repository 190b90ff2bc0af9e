"use server";

import { revalidatePath } from "next/cache";
import {
  addOwnPosition,
  addOwnProject,
  MAX_POSITIONS,
  MAX_PROJECTS,
  removeOwnHistoryEntry,
  updateOwnPosition,
  updateOwnProject,
} from "@/db/queries/directory";
import { fail } from "@/domain/action-state";
import {
  positionEditSchema,
  positionSchema,
  projectEditSchema,
  projectSchema,
  removeEntrySchema,
} from "@/domain/validation/directory";
import { candidateAction } from "@/services/action";

const returnTo = "/account/experience";

/** Adds a position to the candidate's own work history. */
export const addPosition = candidateAction({ returnTo, schema: positionSchema }, async (input, actor) => {
  if (!(await addOwnPosition(actor, input)))
    return fail(`Your history already has ${MAX_POSITIONS} positions: remove an old one first.`);
  revalidatePath(returnTo);
  return { status: "success", message: `Added “${input.role}”.` };
});

/** Adds one of the candidate's notable projects. */
export const addProject = candidateAction({ returnTo, schema: projectSchema }, async (input, actor) => {
  if (!(await addOwnProject(actor, input)))
    return fail(`Your profile shows ${MAX_PROJECTS} projects at most: remove one first.`);
  revalidatePath(returnTo);
  return { status: "success", message: `Added “${input.name}”.` };
});

/** Changes one of the candidate's own positions. */
export const editPosition = candidateAction(
  { returnTo, schema: positionEditSchema },
  async ({ id, ...position }, actor) => {
    if (!(await updateOwnPosition(actor, id, position)))
      return fail("This position is no longer in your history. Reload the page to see it as it is.");
    revalidatePath(returnTo);
    return { status: "success", message: `Saved “${position.role}”.` };
  },
);

/** Changes one of the candidate's own projects. */
export const editProject = candidateAction(
  { returnTo, schema: projectEditSchema },
  async ({ id, ...project }, actor) => {
    if (!(await updateOwnProject(actor, id, project)))
      return fail("This project is no longer on your profile. Reload the page to see it as it is.");
    revalidatePath(returnTo);
    return { status: "success", message: `Saved “${project.name}”.` };
  },
);

/** Removes one of the candidate's own positions or projects. */
export const removeEntry = candidateAction({ returnTo, schema: removeEntrySchema }, async (input, actor) => {
  await removeOwnHistoryEntry(actor, input.kind, input.id);
  revalidatePath(returnTo);
  return { status: "success", message: "Removed." };
});
