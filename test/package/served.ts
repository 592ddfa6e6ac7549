// Files as the test server serves them from the repository root, for browser
// tests that run the library on them (checks of text alone run in Node, in test/node/).

export async function servedText(path: string): Promise<string> {
  const response = await fetch(new URL(path, location.origin).href, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status} (run npm run build first)`);
  return response.text();
}
