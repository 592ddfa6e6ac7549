export type PortalErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'format';

/**
 * The one error every load can end in. Components render it the same way and
 * put its fields in the `portal-error` event.
 */
export class PortalError extends Error {
  override name = 'PortalError';

  constructor(
    readonly kind: PortalErrorKind,
    message: string,
    readonly url = '',
    readonly status?: number,
  ) {
    super(message);
  }
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
