import { rmSync } from "node:fs";

/** Removes the run's folder when the config made it (a folder given in E2E_RUN_DIR is the caller's to keep). */
export default function removeRunDir() {
  if (process.env.E2E_RUN_DIR_OWNED === "1" && process.env.E2E_RUN_DIR)
    rmSync(process.env.E2E_RUN_DIR, { recursive: true, force: true });
}
