import type { IncomingMessage, ServerResponse } from "node:http";

export function trackRequest(request: IncomingMessage, response: ServerResponse): void;
