export const BAD_REQUEST_PATH: "/api/bad-request";
export function malformedRequestTarget(target: string): string | null;
