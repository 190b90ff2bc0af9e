import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getOwnHistory, MAX_POSITIONS, MAX_PROJECTS } from "@/db/queries/directory";
import { monthLabel } from "@/domain/directory";
import { requireUser } from "@/services/session";
import { AddPositionForm, AddProjectForm, EditPositionForm, EditProjectForm, RemoveEntryForm } from "./history-forms";

export const metadata: Metadata = { title: "Experience", robots: { index: false } };

export default async function ExperiencePage() {
  const user = await requireUser("/account/experience");
  if (user.role !== "candidate") redirect("/admin");
  const { positions, projects } = await getOwnHistory(user);
  return (
    <>
      <PageTitle>Experience</PageTitle>
      <p className="mt-3 text-ink-muted">
        Where you worked and what you built. Our talent managers read all of it. Companies read it too, without the
        companies’ names: those we put you forward to, once you say you are interested, and, if you list yourself, those
        browsing the developer directory.
      </p>

      <Card as="section" aria-labelledby="positions-title" className="mt-8 p-6">
        <h2 id="positions-title" className="text-xl font-semibold">
          Work history
        </h2>
        {positions.length === 0 ? (
          <p className="mt-2 text-sm text-ink-muted">No positions yet.</p>
        ) : (
          <ul className="mt-4 divide-y divide-line">
            {positions.map((position) => {
              const label = `${position.role}, ${monthLabel(position.startMonth)}–${monthLabel(position.endMonth)}`;
              const anchor = `position-${position.id}`;
              return (
                <li key={position.id} id={anchor} className="py-3">
                  <div className="flex items-start justify-between gap-4">
                    <div className="min-w-0">
                      <p className="font-semibold">{label}</p>
                      <p className="text-sm text-ink-muted">
                        {position.companyKind}
                        {position.employer ? ` · ${position.employer} (private)` : ""}
                      </p>
                      <p className="mt-1 whitespace-pre-wrap text-sm">{position.summary}</p>
                    </div>
                    <RemoveEntryForm kind="position" id={position.id} label={label} />
                  </div>
                  <EditPositionForm position={position} label={label} anchor={anchor} />
                </li>
              );
            })}
          </ul>
        )}
        {positions.length < MAX_POSITIONS ? (
          <div className="mt-6 border-t border-line pt-6">
            <h3 className="mb-4 font-semibold">Add a position</h3>
            <AddPositionForm />
          </div>
        ) : null}
      </Card>

      <Card as="section" aria-labelledby="projects-title" className="mt-6 p-6">
        <h2 id="projects-title" className="text-xl font-semibold">
          Notable projects
        </h2>
        <p className="mt-1 text-sm text-ink-muted">Two or three you are proud of (at most {MAX_PROJECTS}).</p>
        {projects.length > 0 ? (
          <ul className="mt-4 divide-y divide-line">
            {projects.map((project) => (
              <li key={project.id} id={`project-${project.id}`} className="py-3">
                <div className="flex items-start justify-between gap-4">
                  <div className="min-w-0">
                    <p className="font-semibold">{project.name}</p>
                    <p className="mt-1 whitespace-pre-wrap text-sm">{project.summary}</p>
                  </div>
                  <RemoveEntryForm kind="project" id={project.id} label={project.name} />
                </div>
                <EditProjectForm project={project} anchor={`project-${project.id}`} />
              </li>
            ))}
          </ul>
        ) : null}
        {projects.length < MAX_PROJECTS ? (
          <div className="mt-6 border-t border-line pt-6">
            <h3 className="mb-4 font-semibold">Add a project</h3>
            <AddProjectForm />
          </div>
        ) : null}
      </Card>
    </>
  );
}
