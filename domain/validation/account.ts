import { z } from "zod";
import { PASSWORD_MAX } from "../password-policy";
import { workEmail } from "./contact";
import { plainText } from "./text";

export const registrationSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Keep the name under 100 characters.")
    .refine(...plainText("name")),
  email: workEmail.transform((email) => email.toLowerCase()),
  password: z.string({ error: "Choose a password." }).max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});
