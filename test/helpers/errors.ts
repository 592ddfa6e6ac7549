import { expect } from '@open-wc/testing';
import { PortalError, type PortalErrorKind } from '../../src/core/portal-error.js';

/** The `PortalError` that `run` throws (of `kind`, when given); fails the test otherwise. */
export function portalError(run: () => unknown, kind?: PortalErrorKind): PortalError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(PortalError);
    if (kind) expect((error as PortalError).kind).to.equal(kind);
    return error as PortalError;
  }
  throw new Error(`expected a PortalError${kind ? ` of kind ${kind}` : ''}`);
}

export const formatError = (run: () => unknown) => portalError(run, 'format');

/** The text of a real feed in test/fixtures/real/. */
export const realFixture = async (name: string) => (await fetch(new URL(`../fixtures/real/${name}`, import.meta.url))).text();
