"use strict";
/**
 * Who the client is, given the TRUSTED_PROXIES setting: used by the preload (server/preload.cjs)
 * on every request and by config/env.ts to validate the setting. No Next, no database: plain Node.
 */
const proxyaddr = require("proxy-addr");

const CLIENT_ADDRESS_HEADER = "x-bedrock-client-address";
/** What a proxy says about the original request; believed only from a trusted peer. */
const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
  // nginx's $request_id: an untrusted client may not choose the id its log lines carry.
  "x-request-id",
];

/**
 * TRUSTED_PROXIES: unset or empty trusts nobody (the socket's address is the client's); an integer
 * trusts that many hops nearest the app; otherwise a comma-separated list of addresses, CIDRs and
 * proxy-addr's names (loopback, linklocal, uniquelocal). Throws with a readable message when invalid.
 */
function parseTrustedProxies(setting) {
  const value = (setting ?? "").trim();
  if (value === "") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, index) => index < hops;
  }
  const list = value.split(",").map((item) => item.trim());
  if (list.some((item) => item === ""))
    throw new Error("has an empty entry; use a comma-separated list such as `loopback, 10.0.0.0/8`");
  try {
    return proxyaddr.compile(list);
  } catch (error) {
    throw new Error(
      `${error.message}; use a hop count (e.g. 1) or a comma-separated list of addresses, CIDRs, loopback, linklocal, uniquelocal`,
    );
  }
}

/** 127.0.0.1 rather than ::ffff:127.0.0.1, so one client has one rate-limit key on a dual-stack socket. */
const plain = (address) =>
  address && address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;

/** Rewrites the request's headers in place: the private client-address header, and no forwarding headers from an untrusted peer. */
function applyClientAddress(request, trust) {
  const headers = request.headers;
  delete headers[CLIENT_ADDRESS_HEADER];
  const peer = request.socket?.remoteAddress;
  const address = peer ? plain(proxyaddr(request, trust)) : "unknown";
  const peerTrusted = Boolean(peer) && trust(peer, 0);
  const dropped = peerTrusted ? [CLIENT_ADDRESS_HEADER] : [CLIENT_ADDRESS_HEADER, ...FORWARDING_HEADERS];
  if (!peerTrusted) for (const name of FORWARDING_HEADERS) delete headers[name];
  headers[CLIENT_ADDRESS_HEADER] = address;
  // Keep rawHeaders consistent with headers, for any code that reads them.
  const raw = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    if (!dropped.includes(request.rawHeaders[i].toLowerCase()))
      raw.push(request.rawHeaders[i], request.rawHeaders[i + 1]);
  }
  raw.push(CLIENT_ADDRESS_HEADER, address);
  request.rawHeaders = raw;
  return address;
}

module.exports = { CLIENT_ADDRESS_HEADER, parseTrustedProxies, applyClientAddress };
