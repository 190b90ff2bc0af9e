import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { safeCallbackUrl } from "@/lib/validation/account";
import { LoginForm } from "./login-form";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to your Bedrock Talent account to update your profile and follow your application.",
  alternates: { canonical: "/login" },
  openGraph: { url: "/login", title: "Sign in" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = {
  reset: "Your password has been changed. Sign in with the new one.",
  deleted: "Your account and your data have been deleted.",
};

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = params.callbackUrl ? safeCallbackUrl(params.callbackUrl, "/account") : null;
  const notice = typeof params.notice === "string" ? notices[params.notice] : undefined;
  return (
    <Container className="max-w-lg py-14 sm:py-20">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-3 text-ink-muted">Developers follow their application here; talent managers reach their dashboard.</p>
      <div className="mt-8 rounded-(--radius-card) border border-line bg-white p-6 shadow-(--shadow-card)">
        <LoginForm callbackUrl={callbackUrl} notice={notice} />
      </div>
    </Container>
  );
}
