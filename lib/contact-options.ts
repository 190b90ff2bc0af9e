/** Choices of the contact form, kept apart from its zod schema so the browser's bundle has no zod. */
export const desiredStartOptions = [
  { value: "asap", label: "As soon as possible" },
  { value: "within-1-month", label: "Within a month" },
  { value: "within-3-months", label: "Within three months" },
  { value: "later", label: "Later / just exploring" },
] as const;
