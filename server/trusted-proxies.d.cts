import type { IncomingMessage } from "node:http";

/** (address, hop index from the app: 0 is the socket's peer) → is that hop a proxy we trust? */
export type Trust = (address: string, index: number) => boolean;
export const CLIENT_ADDRESS_HEADER: "x-bedrock-client-address";
export function parseTrustedProxies(setting: string | undefined): Trust;
export function applyClientAddress(request: Pick<IncomingMessage, "headers" | "rawHeaders" | "socket">, trust: Trust): string;
