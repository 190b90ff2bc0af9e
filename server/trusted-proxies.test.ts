import { describe, expect, it } from "vitest";
import { applyClientAddress, CLIENT_ADDRESS_HEADER, parseTrustedProxies } from "./trusted-proxies.cjs";

/** A request as node:http hands it over: headers, rawHeaders and the socket's peer address. */
function request(peer: string, headers: Record<string, string> = {}) {
  const rawHeaders = Object.entries(headers).flat();
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { headers: lower as Record<string, string | undefined>, rawHeaders, socket: { remoteAddress: peer } as never };
}

const resolve = (setting: string | undefined, peer: string, headers: Record<string, string> = {}) => {
  const incoming = request(peer, headers);
  const address = applyClientAddress(incoming, parseTrustedProxies(setting));
  return { address, headers: incoming.headers, rawHeaders: incoming.rawHeaders };
};

describe("client address", () => {
  it("is the socket's by default, whatever the forwarding headers say, and drops them", () => {
    const spoofed = {
      "X-Forwarded-For": "198.51.100.7",
      "X-Forwarded-Host": "evil.example",
      "X-Forwarded-Proto": "https",
      "X-Real-IP": "198.51.100.8",
      [CLIENT_ADDRESS_HEADER]: "203.0.113.1",
    };
    for (const setting of [undefined, "", "  "]) {
      const { address, headers, rawHeaders } = resolve(setting, "192.0.2.10", spoofed);
      expect(address).toBe("192.0.2.10");
      expect(headers).toEqual({ [CLIENT_ADDRESS_HEADER]: "192.0.2.10" });
      expect(rawHeaders).toEqual([CLIENT_ADDRESS_HEADER, "192.0.2.10"]);
    }
  });

  it("writes IPv4-mapped socket addresses as plain IPv4", () => {
    expect(resolve(undefined, "::ffff:192.0.2.10").address).toBe("192.0.2.10");
    expect(resolve(undefined, "2001:db8::1").address).toBe("2001:db8::1");
  });

  it("with a hop count, takes that many hops from the right of X-Forwarded-For", () => {
    const chain = { "x-forwarded-for": "198.51.100.1, 198.51.100.2, 10.0.0.5", "x-forwarded-host": "hire.example.com" };
    expect(resolve("1", "10.0.0.9", chain).address).toBe("10.0.0.5");
    expect(resolve("2", "10.0.0.9", chain).address).toBe("198.51.100.2");
    // More hops than the header names: the leftmost address, never beyond it.
    expect(resolve("9", "10.0.0.9", chain).address).toBe("198.51.100.1");
    // The trusted proxy's X-Forwarded-Host stays.
    expect(resolve("1", "10.0.0.9", chain).headers["x-forwarded-host"]).toBe("hire.example.com");
    const none = resolve("0", "10.0.0.9", chain);
    expect(none.address).toBe("10.0.0.9");
    expect(none.headers["x-forwarded-host"]).toBeUndefined();
  });

  it("with a list, skips trusted proxies from the right and stops at the first address it does not trust", () => {
    const chain = { "x-forwarded-for": "198.51.100.1, 203.0.113.66, 10.1.2.3" };
    expect(resolve("loopback, 10.0.0.0/8", "127.0.0.1", chain).address).toBe("203.0.113.66");
    expect(resolve("127.0.0.1,10.1.2.3,203.0.113.66", "127.0.0.1", chain).address).toBe("198.51.100.1");
    expect(resolve("uniquelocal", "10.9.9.9", chain).address).toBe("203.0.113.66");
    // A peer outside the list is the client, and what it claims is dropped.
    const outsider = resolve("loopback", "192.0.2.44", { ...chain, "x-forwarded-host": "evil.example" });
    expect(outsider.address).toBe("192.0.2.44");
    expect(outsider.headers["x-forwarded-for"]).toBeUndefined();
    expect(outsider.headers["x-forwarded-host"]).toBeUndefined();
  });

  it("refuses settings it cannot read, saying what it expects", () => {
    expect(() => parseTrustedProxies("loopbak")).toThrow(/invalid IP address: loopbak.*hop count/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/invalid range/);
    expect(() => parseTrustedProxies("loopback,,10.0.0.1")).toThrow(/empty entry/);
    expect(() => parseTrustedProxies("-1")).toThrow();
  });
});
