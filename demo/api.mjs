// The embedded portal endpoint the demo reads from.
import { readFile } from 'node:fs/promises';

const data = (name) => readFile(new URL(`./data/${name}`, import.meta.url), 'utf8');

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
};

function send(res, status, body, type = 'application/json; charset=utf-8', headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...cors, ...headers });
  res.end(body);
}

export async function handleApi(req, res, url) {
  if (req.method === 'OPTIONS') return send(res, 204, '');
  switch (url.pathname) {
    case '/api/links':
    case '/api/links.json':
      return send(res, 200, await data('links.json'));
    default:
      return send(res, 404, JSON.stringify({ error: 'not found' }));
  }
}
