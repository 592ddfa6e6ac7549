// The policy a host needs, exactly as README-csp.md gives it; `<endpoint>` is the data's origin.
// Plain JavaScript, so the browser tests (through harness.ts) and the Node test of README-csp.md share it.
export const HOST_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' <endpoint>; connect-src <endpoint>; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify";
