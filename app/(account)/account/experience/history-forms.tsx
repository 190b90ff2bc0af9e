"use client";

import { type ReactNode, useActionState, useEffect, useRef } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextAreaField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState, FieldErrors } from "@/domain/action-state";
import { addPosition, addProject, editPosition, editProject, removeEntry } from "./actions";

function Alert({ state }: { state: ActionState }) {
  return state.status === "idle" ? null : <FormAlert tone={state.status}>{state.message}</FormAlert>;
}

type Values = Record<string, string | number | null | undefined>;
const kept = (state: ActionState) => (state.status === "error" ? state.values : null);
const errorsOf = (state: ActionState): FieldErrors => (state.status === "error" ? state.fieldErrors : {});

/**
 * A position's fields, for adding one and for editing one in place (`prefix` gives an edited
 * position's fields ids of their own: the page holds several forms with these names).
 */
function PositionFields({ values, errors, prefix }: { values: Values; errors: FieldErrors; prefix?: string }) {
  const id = (name: string) => (prefix ? `${prefix}-${name}` : undefined);
  const value = (name: string) => values[name] ?? undefined;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id("role")}
          name="role"
          label="Role"
          required
          maxLength={80}
          defaultValue={value("role")}
          error={errors.role}
        />
        <TextField
          id={id("companyKind")}
          name="companyKind"
          label="Kind of company"
          required
          maxLength={120}
          hint="Shown publicly, e.g. “Fintech start-up, 40 people”."
          defaultValue={value("companyKind")}
          error={errors.companyKind}
        />
        <TextField
          id={id("employer")}
          name="employer"
          label="Company name"
          maxLength={120}
          hint="Only our talent managers see it."
          defaultValue={value("employer")}
          error={errors.employer}
        />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            id={id("startMonth")}
            name="startMonth"
            label="From"
            type="month"
            required
            placeholder="2021-03"
            defaultValue={value("startMonth")}
            error={errors.startMonth}
          />
          <TextField
            id={id("endMonth")}
            name="endMonth"
            label="Until"
            type="month"
            placeholder="2023-08"
            hint="Empty: you work there now."
            defaultValue={value("endMonth")}
            error={errors.endMonth}
          />
        </div>
      </div>
      <TextAreaField
        id={id("summary")}
        name="summary"
        label="What you built"
        required
        maxLength={600}
        defaultValue={value("summary")}
        error={errors.summary}
      />
    </>
  );
}

/** A project's fields; its ids are its own even when adding (the position form has a "summary" too). */
function ProjectFields({ values, errors, prefix }: { values: Values; errors: FieldErrors; prefix: string }) {
  return (
    <>
      <TextField
        id={`${prefix}-name`}
        name="name"
        label="Project"
        required
        maxLength={80}
        defaultValue={values.name ?? undefined}
        error={errors.name}
      />
      <TextAreaField
        id={`${prefix}-summary`}
        name="summary"
        label="What it does and your part"
        required
        maxLength={600}
        defaultValue={values.summary ?? undefined}
        error={errors.summary}
      />
    </>
  );
}

/** A position: role, kind of company, the employer's name (private), months and what they built. */
export function AddPositionForm() {
  const [state, action] = useActionState(addPosition, { status: "idle" });
  return (
    <ActionForm action={action} noValidate className="space-y-4" resetAfter={state.status === "success" ? state : null}>
      <Alert state={state} />
      <PositionFields values={kept(state) ?? {}} errors={errorsOf(state)} />
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add this position
      </SubmitButton>
    </ActionForm>
  );
}

export function AddProjectForm() {
  const [state, action] = useActionState(addProject, { status: "idle" });
  return (
    <ActionForm action={action} noValidate className="space-y-4" resetAfter={state.status === "success" ? state : null}>
      <Alert state={state} />
      <ProjectFields values={kept(state) ?? {}} errors={errorsOf(state)} prefix="project" />
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add this project
      </SubmitButton>
    </ActionForm>
  );
}

/**
 * "Edit" under an entry: its fields, filled in, behind a disclosure, so it works without JavaScript.
 * A refusal opens it with each message next to its field and what was typed; a save closes it and
 * says so beside the entry. A plain post comes back at the entry (`anchor`), not at the top.
 */
function EditDisclosure({
  state,
  action,
  label,
  id,
  children,
}: {
  state: ActionState;
  action: (formData: FormData) => void;
  label: string;
  id: number;
  children: ReactNode;
}) {
  const disclosure = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (state.status === "success" && disclosure.current) disclosure.current.open = false;
  }, [state]);
  return (
    <div className="mt-2 space-y-2">
      {state.status === "success" ? <Alert state={state} /> : null}
      <details ref={disclosure} open={state.status === "error"}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold">
          Edit<span className="sr-only"> {label}</span>
        </summary>
        <ActionForm
          action={action}
          noValidate
          className="mt-2 space-y-4 rounded-lg border border-line p-4"
          aria-label={`Edit ${label}`}
          resetAfter={state.status === "success" ? state : null}
        >
          {state.status === "error" ? <Alert state={state} /> : null}
          <input type="hidden" name="id" value={id} />
          {children}
          <SubmitButton variant="secondary" pendingLabel="Saving…">
            Save changes<span className="sr-only"> to {label}</span>
          </SubmitButton>
        </ActionForm>
      </details>
    </div>
  );
}

type Position = {
  id: number;
  role: string;
  companyKind: string;
  employer: string | null;
  startMonth: string;
  endMonth: string | null;
  summary: string;
};

/** `anchor` is the entry's id on the page, where a post without JavaScript comes back to. */
export function EditPositionForm({ position, label, anchor }: { position: Position; label: string; anchor: string }) {
  const [state, action] = useActionState(editPosition, { status: "idle" }, `#${anchor}`);
  return (
    <EditDisclosure state={state} action={action} label={label} id={position.id}>
      <PositionFields values={kept(state) ?? position} errors={errorsOf(state)} prefix={anchor} />
    </EditDisclosure>
  );
}

export function EditProjectForm({
  project,
  anchor,
}: {
  project: { id: number; name: string; summary: string };
  anchor: string;
}) {
  const [state, action] = useActionState(editProject, { status: "idle" }, `#${anchor}`);
  return (
    <EditDisclosure state={state} action={action} label={project.name} id={project.id}>
      <ProjectFields values={kept(state) ?? project} errors={errorsOf(state)} prefix={anchor} />
    </EditDisclosure>
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
