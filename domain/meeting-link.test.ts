import { describe, expect, it } from "vitest";
import { callMeetingLink, newMeetingRoom } from "./meeting-link";

describe("meeting rooms", () => {
  it("puts an unguessable room name on the base, with or without its trailing slash", () => {
    const room = newMeetingRoom("https://meet.jit.si/");
    expect(room).toMatch(/^https:\/\/meet\.jit\.si\/bedrock-talent-[0-9a-f]{32}$/);
    expect(newMeetingRoom("https://video.example.com/rooms")).toMatch(
      /^https:\/\/video\.example\.com\/rooms\/bedrock-talent-[0-9a-f]{32}$/,
    );
  });

  it("never gives two calls the same room", () => {
    const rooms = new Set(Array.from({ length: 1000 }, () => newMeetingRoom("https://meet.jit.si")));
    expect(rooms.size).toBe(1000);
  });

  it("lets the expert's fixed link win over the call's room", () => {
    expect(callMeetingLink({ fixedLink: "https://zoom.example/j/1", room: "https://meet.jit.si/x" })).toBe(
      "https://zoom.example/j/1",
    );
    expect(callMeetingLink({ fixedLink: null, room: "https://meet.jit.si/x" })).toBe("https://meet.jit.si/x");
    expect(callMeetingLink({ fixedLink: null, room: null })).toBeNull();
  });
});
