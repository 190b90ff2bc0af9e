import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

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
    if (!readable) return new Response("The request body is not valid JSON.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return handler(request, context);
}

export { handler as GET, POST };
