// Everything a spec needs from one import; the pieces live in e2e/support/ (page objects in support/pages/).
export * from "./support/arrange";
export * from "./support/factories";
export * from "./support/mail";
export * from "./support/reads";
export * from "./support/test";
export * from "./support/tokens";
