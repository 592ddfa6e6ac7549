/// <reference types="node" />
// How the render service connects to a source: to the address it checked,
// not to whatever a second resolution of the name answers (DNS rebinding: a
// name that resolves to a public address for the check, then to a private
// one for the connection). The request still names the host (`Host`, and the
// TLS server name that the certificate is checked against).
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** One address a name resolved to. */
export interface Address {
  address: string;
  family: number;
}

/** Statuses whose response has no body. */
const NO_BODY = new Set([101, 204, 205, 304]);

const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** A `lookup` that answers the `pinned` addresses for any name, in the form the socket asks for (all, or the first). */
const pinnedLookup =
  (pinned: Address[]): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) (callback as (error: null, addresses: Address[]) => void)(null, pinned);
    else callback(null, pinned[0].address, pinned[0].family);
  };

/** The response's headers as a `Headers`, and its body decoded as `fetch` would (gzip, deflate, br). */
function toResponse(message: IncomingMessage): Response {
  const headers = new Headers();
  for (let i = 0; i < message.rawHeaders.length; i += 2) headers.append(message.rawHeaders[i], message.rawHeaders[i + 1]);
  const status = message.statusCode ?? 502;
  if (NO_BODY.has(status)) {
    message.resume();
    return new Response(null, { status, statusText: message.statusMessage, headers });
  }
  const decoder = DECODERS[headers.get('content-encoding')?.trim().toLowerCase() ?? ''];
  let body: Readable = message;
  if (decoder) {
    body = message.pipe(decoder()) as unknown as Readable;
    message.once('error', (error) => body.destroy(error));
    headers.delete('content-encoding');
    headers.delete('content-length');
  }
  const stream = Readable.toWeb(body) as ReadableStream<Uint8Array>;
  return new Response(stream, { status, statusText: message.statusMessage, headers });
}

/**
 * A GET of `url` (http or https) over a connection to one of the `pinned`
 * addresses (tried as the runtime tries a name's addresses), with the
 * headers of `init` and its `signal`; redirects are not followed (the caller
 * checks each hop). Rejects as `fetch` does: with the signal's reason once
 * it aborts, else a `TypeError`.
 */
export function pinnedFetch(url: URL, init: RequestInit, pinned: Address[]): Promise<Response> {
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' };
  new Headers(init.headers).forEach((value, name) => {
    headers[name] = value;
  });
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const signal = init.signal ?? undefined;
  return new Promise((resolve, reject) => {
    const failed = (error: Error) =>
      reject(signal?.aborted ? signal.reason : new TypeError(`fetch failed: ${error.message}`, { cause: error }));
    signal?.throwIfAborted();
    const outgoing = request(url, { method: init.method ?? 'GET', headers, signal, lookup: pinnedLookup(pinned) }, (message) => {
      try {
        resolve(toResponse(message));
      } catch (error) {
        message.destroy();
        failed(error as Error);
      }
    });
    outgoing.once('error', failed);
    outgoing.end();
  });
}
