import { CheckboxField, TextField } from "@/components/ui/form-fields";
import { TextLink } from "@/components/ui/text-link";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "@/domain/form-fields";
import { SITE_NAME } from "./logo";

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

/** The privacy consent every company form asks for. */
export function PrivacyConsentField({ value, errors }: Props) {
  return (
    <CheckboxField
      name="consent"
      error={errors.consent}
      defaultChecked={value("consent") === "on"}
      label={
        <>
          I agree that {SITE_NAME} stores these details to answer my request, as described in the{" "}
          <TextLink href="/privacy">privacy policy</TextLink>.
        </>
      }
    />
  );
}

/**
 * The spam screening's fields (services/company-form.ts): the signed token and a honeypot that people
 * never see nor reach by keyboard, and that bots fill in.
 */
export function FormGuardFields({ token, id }: { token: string; id: string }) {
  return (
    <>
      <input type="hidden" name={TOKEN_FIELD} value={token} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id}>Leave this field empty</label>
        <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
