import NextAuth from "next-auth";
import { authOptions } from "@/services/auth";

const handler = NextAuth(authOptions);

/** next-auth parses a JSON body without catching: a malformed one gets a 400 here instead of its 500. */
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (request.headers.get("content-type")?.includes("application/json")) {
    const readable = await request
      .clone()
      .json()
      .then(
        () => true,
        () => false,
      );
    if (!readable)
      return new Response("The request body is not valid JSON.", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
  }
  return handler(request, context);
}

/** next-auth answers a GET of the credentials callback (a POST-only endpoint) with a 500; this says which method it takes. */
async function GET(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    return new Response("Sign in with a POST to this address.", {
      status: 405,
      headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return handler(request, context);
}

export { GET, POST };
