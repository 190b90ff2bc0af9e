import "next-auth";
import "next-auth/jwt";

type Role = "candidate" | "manager" | "admin";

declare module "next-auth" {
  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
  }
}
