import { engineOf } from "../config/database-engine";
import { env } from "../config/env";

/** The engine DATABASE_URL chose for this process. */
export const engine = engineOf(env.DATABASE_URL);
