import "next-auth";
import "next-auth/jwt";

type Role = "candidate" | "manager" | "admin";

declare module "next-auth" {
  interface User {
    role: Role;
    /** A short description of the signing-in device (domain/device.ts), stored with the session. */
    device?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    /** The random session id; its hash is the key of the `sessions` row that keeps the session alive. */
    sid?: string;
    role?: Role;
  }
}
