import { describe, expect, it } from "vitest";
import { clientAddress } from "./throttle";

describe("the client's address for throttling", () => {
  it("is the entry the nearest proxy appended, IPv4 or IPv6", () => {
    expect(clientAddress("203.0.113.9, 10.0.0.2")).toBe("10.0.0.2");
    expect(clientAddress("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
  });

  it("is unknown when the header is missing or holds anything but an address", () => {
    expect(clientAddress(null)).toBeNull();
    expect(clientAddress("")).toBeNull();
    expect(clientAddress("1.2.3.4\u0000")).toBeNull();
    expect(clientAddress("<script>")).toBeNull();
    expect(clientAddress("x".repeat(100))).toBeNull();
  });
});
