"use client";

import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-xl px-4 py-20">
          <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
          <p className="mt-4 text-ink-muted">
            Please try again in a moment.{error.digest ? ` Reference: ${error.digest}.` : null}
          </p>
          <button type="button" onClick={reset} className="mt-8 min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
