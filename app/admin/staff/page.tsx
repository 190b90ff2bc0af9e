import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { PageTitle } from "@/components/ui/page-title";
import { listStaff } from "@/db/queries/staff";
import { optionsOf, staffRoleLabels, userRoleLabels } from "@/domain/labels";
import { requireRole } from "@/services/session";
import { changeStaffMember, createStaffMember } from "./actions";

export const metadata = { title: "Staff" };

export default async function StaffPage() {
  const actor = await requireRole("/admin/staff", "admin");
  const staff = await listStaff(actor);
  return (
    <>
      <PageTitle size="admin">Staff</PageTitle>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <ul className="space-y-3">
          {staff.map((member) => (
            <li key={member.id} aria-label={member.email} className="rounded-lg border border-line bg-white p-4">
              <p className="font-semibold">
                {member.name} <span className="text-sm font-normal text-ink-muted">{member.email}</span>
              </p>
              <p className="text-sm">
                {userRoleLabels[member.role]} · {member.active ? "active" : "deactivated"}
              </p>
              {member.id === actor.id ? (
                <p className="mt-2 text-sm text-ink-muted">This is you.</p>
              ) : (
                <div className="mt-3">
                  <ActionForm action={changeStaffMember} submitLabel={`Save ${member.email}`}>
                    <input type="hidden" name="id" value={member.id} />
                    <div className="flex flex-wrap gap-3">
                      <div>
                        <Label htmlFor={`role-${member.id}`} className="text-xs">
                          Role
                        </Label>
                        <Select
                          id={`role-${member.id}`}
                          name="role"
                          defaultValue={member.role}
                          className="mt-1 w-full text-sm"
                        >
                          <RoleOptions />
                        </Select>
                      </div>
                      <div>
                        <Label htmlFor={`active-${member.id}`} className="text-xs">
                          Access
                        </Label>
                        <Select
                          id={`active-${member.id}`}
                          name="active"
                          defaultValue={member.active ? "yes" : "no"}
                          className="mt-1 w-full text-sm"
                        >
                          <option value="yes">Active</option>
                          <option value="no">Deactivated</option>
                        </Select>
                      </div>
                    </div>
                  </ActionForm>
                </div>
              )}
            </li>
          ))}
        </ul>
        <Card as="section" aria-labelledby="add-staff-title">
          <h2 id="add-staff-title" className="mb-3 font-semibold">
            Add a staff member
          </h2>
          <ActionForm action={createStaffMember} submitLabel="Add staff member" resetOnSuccess>
            {(
              [
                ["name", "Name", "text"],
                ["email", "Email", "email"],
                ["password", "First password", "password"],
              ] as const
            ).map(([name, label, type]) => (
              <div key={name}>
                <Label htmlFor={`staff-${name}`} className="text-xs">
                  {label}
                </Label>
                <Input
                  id={`staff-${name}`}
                  name={name}
                  type={type}
                  autoComplete="off"
                  className="mt-1 w-full text-sm"
                />
              </div>
            ))}
            <div>
              <Label htmlFor="staff-role" className="text-xs">
                Role
              </Label>
              <Select id="staff-role" name="role" className="mt-1 w-full text-sm">
                <RoleOptions />
              </Select>
            </div>
          </ActionForm>
        </Card>
      </div>
    </>
  );
}

function RoleOptions() {
  return optionsOf(staffRoleLabels).map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
