// Files as the test server serves them from the repository root: what the
// build wrote (dist/, lib/, the README) is read here, not in Node.

const at = (path: string) => new URL(path, location.origin).href;

async function get(path: string): Promise<Response> {
  const response = await fetch(at(path), { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status} (run npm run build first)`);
  return response;
}

export const servedText = async (path: string) => (await get(path)).text();
export const servedJson = async <T = unknown>(path: string): Promise<T> => (await get(path)).json() as Promise<T>;
export const servedBytes = async (path: string) => (await get(path)).arrayBuffer();

/** `sha384-…`, as in an `integrity` attribute. */
export async function integrityOf(bytes: ArrayBuffer, algorithm: 'SHA-256' | 'SHA-384' = 'SHA-384'): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest(algorithm, bytes));
  return `${algorithm.toLowerCase().replace('-', '')}-${btoa(String.fromCharCode(...digest))}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface PackageJson {
  name: string;
  version: string;
  main: string;
  module: string;
  types: string;
  customElements: string;
  files: string[];
  sideEffects: string[];
  exports: Record<string, string | { types: string; default: string }>;
}
