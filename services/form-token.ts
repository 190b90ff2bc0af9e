import "server-only";
import { getOrCreateSecret } from "@/db/queries/secrets";
import { checkFormToken, createFormToken } from "@/domain/form-guard";

const secret = () => getOrCreateSecret("form-signing");

export const issueFormToken = () => createFormToken(secret(), Date.now());
export const verifyFormToken = (token: unknown) => checkFormToken(secret(), token, Date.now());
