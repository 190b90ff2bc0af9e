import type { IncomingMessage, ServerResponse } from "node:http";

export const REQUEST_ID_HEADER: "x-request-id";
export function trackRequest(request: IncomingMessage, response: ServerResponse): void;
