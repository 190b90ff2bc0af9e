"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextAreaField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/domain/action-state";
import { addPosition, addProject, removeEntry } from "./actions";

function Alert({ state }: { state: ActionState }) {
  return state.status === "idle" ? null : <FormAlert tone={state.status}>{state.message}</FormAlert>;
}

/** A position: role, kind of company, the employer's name (private), months and what they built. */
export function AddPositionForm() {
  const [state, action] = useActionState(addPosition, { status: "idle" });
  const kept = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <ActionForm action={action} noValidate className="space-y-4" resetAfter={state.status === "success" ? state : null}>
      <Alert state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="role" label="Role" required maxLength={80} defaultValue={kept.role} error={errors.role} />
        <TextField
          name="companyKind"
          label="Kind of company"
          required
          maxLength={120}
          hint="Shown publicly, e.g. “Fintech start-up, 40 people”."
          defaultValue={kept.companyKind}
          error={errors.companyKind}
        />
        <TextField
          name="employer"
          label="Company name"
          maxLength={120}
          hint="Only our talent managers see it."
          defaultValue={kept.employer}
          error={errors.employer}
        />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            name="startMonth"
            label="From"
            type="month"
            required
            placeholder="2021-03"
            defaultValue={kept.startMonth}
            error={errors.startMonth}
          />
          <TextField
            name="endMonth"
            label="Until"
            type="month"
            placeholder="2023-08"
            hint="Empty: you work there now."
            defaultValue={kept.endMonth}
            error={errors.endMonth}
          />
        </div>
      </div>
      <TextAreaField
        name="summary"
        label="What you built"
        required
        maxLength={600}
        defaultValue={kept.summary}
        error={errors.summary}
      />
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add this position
      </SubmitButton>
    </ActionForm>
  );
}

export function AddProjectForm() {
  const [state, action] = useActionState(addProject, { status: "idle" });
  const kept = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <ActionForm action={action} noValidate className="space-y-4" resetAfter={state.status === "success" ? state : null}>
      <Alert state={state} />
      <TextField
        id="project-name"
        name="name"
        label="Project"
        required
        maxLength={80}
        defaultValue={kept.name}
        error={errors.name}
      />
      {/* Its own id: the position form above has a "summary" field too. */}
      <TextAreaField
        id="project-summary"
        name="summary"
        label="What it does and your part"
        required
        maxLength={600}
        defaultValue={kept.summary}
        error={errors.summary}
      />
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add this project
      </SubmitButton>
    </ActionForm>
  );
}

export function RemoveEntryForm({ kind, id, label }: { kind: "position" | "project"; id: number; label: string }) {
  const [state, action] = useActionState(removeEntry, { status: "idle" });
  return (
    <ActionForm action={action} aria-label={`Remove ${label}`}>
      <Alert state={state} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="ghost" pendingLabel="Removing…">
        Remove<span className="sr-only"> {label}</span>
      </SubmitButton>
    </ActionForm>
  );
}
