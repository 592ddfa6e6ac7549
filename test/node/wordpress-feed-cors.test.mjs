// The README's advice for WordPress feeds is the code scripts/wordpress/record.sh
// tried on a real WordPress, and that recording found it working on every feed URL.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const section = readme.slice(readme.indexOf('### From a WordPress site'), readme.indexOf('### A small Portal JSON endpoint'));
const { feedCors, exchanges } = JSON.parse(read('test/fixtures/wordpress/exchanges.json'));

describe('WordPress feeds and CORS', () => {
  it("the README's mu-plugin and Apache rule are the files the recording installed", () => {
    assert.ok(section.includes(`\`\`\`php\n${read('docs/wordpress/portal-widgets-feed-cors.php')}\`\`\``));
    assert.ok(section.includes(`\`\`\`apache\n${read('docs/wordpress/feed-cors.apache.conf')}\`\`\``));
  });

  it('WordPress as shipped allows no other origin on any feed; the plugin and the rule allow every one, a file-name rule none', () => {
    assert.ok(feedCors.length >= 7);
    for (const shape of feedCors) {
      assert.equal(shape['as shipped'], null, shape.path);
      assert.equal(shape['mu-plugin'], '*', shape.path);
      assert.equal(shape['apache rule'], '*', shape.path);
      assert.equal(shape['FilesMatch rss|xml'], null, shape.path);
    }
    assert.ok(
      feedCors.some((shape) => shape.status === 301),
      'a redirect is among them',
    );
  });

  it('its REST API lets other origins read its paging headers', () => {
    const page = exchanges.find(({ request }) => request.path === '/wp-json/wp/v2/posts?_embed&per_page=5');
    const expose = page.response.headers.find(([name]) => name === 'Access-Control-Expose-Headers')[1];
    assert.deepEqual(expose.split(/,\s*/).sort(), ['Link', 'X-WP-Total', 'X-WP-TotalPages']);
  });
});
