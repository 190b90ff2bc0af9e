import { describe, expect, it } from "vitest";
import { malformedRequestTarget } from "./malformed-request.cjs";

describe("malformedRequestTarget", () => {
  it("lets through what pages, links and forms produce", () => {
    for (const target of [
      "/",
      "/guides/hiring-backend-engineers",
      "/admin/requests?q=acme+corp&status=new",
      "/search?q=%C3%A9t%C3%A9&x=100%25",
      "/hire/go?a=&b",
      "/api/auth/csrf",
      "/_next/static/chunks/app.js?dpl=1",
      "/guides/%E2%9C%93",
    ]) {
      expect(malformedRequestTarget(target), target).toBeNull();
    }
  });

  it("refuses malformed percent-encoding anywhere", () => {
    for (const target of [
      "/guides/%ff",
      "/hire/%ff",
      "/api/bookings/%ff/ics",
      "/guides/%",
      "/guides/%zz",
      "/admin/requests?q=%ff",
      "/x?%e2%82=1",
      "/x?q=100%",
    ]) {
      expect(malformedRequestTarget(target), target).toBe("malformed percent-encoding");
    }
  });

  it("refuses control characters in the path and in any query parameter", () => {
    expect(malformedRequestTarget("/guides/a%00b")).toBe("a control character in the path");
    for (const target of [
      "/admin/requests?q=%00abc",
      "/admin/requests/export?q=%00abc",
      "/x?q=a%0Ab",
      "/x?q=%1f",
      "/x?q=%7f",
      "/x?a%09b=1",
      "/x?q=ok&page=%0D",
    ]) {
      expect(malformedRequestTarget(target), target).toBe("a control character in a query parameter");
    }
  });
});
