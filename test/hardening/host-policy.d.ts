/** The policy a host needs, exactly as README-csp.md gives it; `<endpoint>` is the data's origin. */
export declare const HOST_POLICY: string;
