/** Whether this server has been told to stop (SIGTERM) and is draining. */
export function isDraining(): boolean;
