import { expect } from '@open-wc/testing';
import { PortalError, type PortalErrorKind } from '../../src/core/portal-error.js';
import { readDocument, type ReadHints } from '../../src/data/read.js';
import type { PortalDocument } from '../../src/data/model.js';

/** Reads `text` as the body of a response from `url` (UTF-8 bytes, as most endpoints send). */
export const readText = (text: string, url: string, hints?: ReadHints, contentType = ''): Promise<PortalDocument> =>
  readDocument({ bytes: new TextEncoder().encode(text), contentType, url }, hints);

/** The `PortalError` that `run` rejects with (of `kind`, when given); fails the test otherwise. */
export async function portalRejection(run: () => Promise<unknown>, kind?: PortalErrorKind): Promise<PortalError> {
  try {
    await run();
  } catch (error) {
    expect(error).to.be.instanceOf(PortalError);
    if (kind) expect((error as PortalError).kind).to.equal(kind);
    return error as PortalError;
  }
  throw new Error(`expected a PortalError${kind ? ` of kind ${kind}` : ''}`);
}

/** Whether the page has fetched the source module `src/data/<name>.ts` (a chunk loaded on demand). */
export const fetchedModule = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === `/src/data/${name}.ts`);
