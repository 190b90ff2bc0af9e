import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = {
  title: "Create your developer account",
  description: "Register as a backend developer, build your profile with your CV and follow your application.",
  alternates: { canonical: "/register" },
  openGraph: { url: "/register", title: "Create your developer account" },
};

export default function RegisterPage() {
  return (
    <Container className="max-w-lg py-14 sm:py-20">
      <PageTitle>Create your developer account</PageTitle>
      <p className="mt-3 text-ink-muted">
        It takes a minute. We send you a link to confirm your email, then you fill in your profile and upload your CV.
      </p>
      <Card raised className="mt-8 p-6">
        <RegisterForm />
      </Card>
    </Container>
  );
}
