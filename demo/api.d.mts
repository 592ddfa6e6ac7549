// Types of demo/api.mjs, for the TypeScript tests that import it.

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** The body text; empty for 204, 304 and HEAD. */
  body: string;
  /** Milliseconds to wait before answering (`/api/demo/slow.json`). */
  delay?: number;
  /** Never answer (`/api/demo/hang.json`); a server closes the request after `HANG_CLOSE_MS`. */
  hang?: boolean;
}

export const HANG_CLOSE_MS: number;

/** The whole API as a pure function of the request; `headers` have lower-case names. */
export function route(
  method: string,
  pathname: string,
  searchParams?: URLSearchParams,
  headers?: Record<string, string | undefined>,
): ApiResponse;

/** Answers a `Request` for the API as the server would, delays and hang included. */
export function fetchApi(request: Request, ResponseClass?: typeof Response): Promise<Response>;

/** The next `/api/demo/flaky.json` request succeeds again. */
export function resetDemoState(): void;

export function etagOf(body: string): string;

/** Node `http` handler for paths under `/api/`. */
export function handleApi(req: unknown, res: unknown, url?: URL): void;

/** Koa middleware for @web/dev-server and @web/test-runner. */
export function apiMiddleware(ctx: unknown, next: () => Promise<unknown>): Promise<void>;

/** Connect / Express middleware. */
export function connectApiMiddleware(req: unknown, res: unknown, next: () => unknown): unknown;
