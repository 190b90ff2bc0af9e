import { TextField } from "@/components/ui/form-fields";

type Props = { value: (name: string) => string; errors: Record<string, string | undefined> };

/** Who is asking, on the contact and booking forms: the same names, limits and autofill on both. */
export function PersonFields({ value, errors }: Props) {
  return (
    <>
      <TextField
        name="name"
        label="Name"
        required
        autoComplete="name"
        maxLength={100}
        defaultValue={value("name")}
        error={errors.name}
      />
      <TextField
        name="email"
        label="Work email"
        type="email"
        required
        autoComplete="email"
        maxLength={254}
        defaultValue={value("email")}
        error={errors.email}
      />
    </>
  );
}

export function CompanyField({ value, errors }: Props) {
  return (
    <TextField
      name="company"
      label="Company"
      required
      autoComplete="organization"
      maxLength={120}
      defaultValue={value("company")}
      error={errors.company}
    />
  );
}
