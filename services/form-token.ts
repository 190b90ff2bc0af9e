import "server-only";
import { getOrCreateSecret } from "@/db/queries/secrets";
import { checkFormToken, createFormToken } from "@/domain/form-guard";

const secret = () => getOrCreateSecret("form-signing");

export const issueFormToken = async () => createFormToken(await secret(), Date.now());
export const verifyFormToken = async (token: unknown) => checkFormToken(await secret(), token, Date.now());
