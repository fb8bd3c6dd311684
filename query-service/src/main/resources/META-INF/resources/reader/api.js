// The only module that talks to the server. Every call names an endpoint of the public query
// API declared here, with the query parameters it may carry; WebReaderIT checks each path and
// parameter against /q/openapi, so the reader cannot drift from the API it reads.

export const ENDPOINTS = Object.freeze({
  claims: { path: '/claims', query: ['q', 'speaker', 'topic', 'type', 'from', 'to', 'page', 'size'] },
  claim: { path: '/claims/{id}', query: [] },
  document: { path: '/documents/{id}', query: [] },
  documentText: { path: '/documents/{id}/text', query: [] },
  documentClaims: { path: '/documents/{id}/claims', query: ['page', 'size'] },
  speakers: { path: '/speakers', query: ['name', 'page', 'size'] },
  speaker: { path: '/speakers/{id}', query: ['timelineLimit'] },
  topics: { path: '/topics', query: [] },
  topic: { path: '/topics/{id}', query: ['page', 'size'] },
});

/** The largest page the API serves; lists longer than this are read page by page. */
export const MAX_PAGE_SIZE = 1000;

/** A refusal from the API, with its JSON error code and message when it sent one. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Path and query string for an endpoint; unknown endpoints and parameters are programming errors. */
export function url(name, params = {}) {
  const endpoint = ENDPOINTS[name];
  if (!endpoint) {
    throw new Error(`unknown endpoint ${name}`);
  }
  const rest = { ...params };
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, key) => {
    if (rest[key] === undefined || rest[key] === null || rest[key] === '') {
      throw new Error(`${name} needs ${key}`);
    }
    const value = encodeURIComponent(String(rest[key]));
    delete rest[key];
    return value;
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(rest)) {
    if (!endpoint.query.includes(key)) {
      throw new Error(`${name} takes no parameter ${key}`);
    }
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, String(value));
    }
  }
  // relative to the page, so the reader also works behind a gateway that mounts it under a prefix
  const relative = path.slice(1);
  const search = query.toString();
  return search ? `${relative}?${search}` : relative;
}

async function request(name, params, accept, signal) {
  const response = await fetch(url(name, params), { headers: { Accept: accept }, signal });
  if (!response.ok) {
    let code = 'http-' + response.status;
    let message = response.statusText || 'request failed';
    try {
      const body = await response.json();
      code = body.error || code;
      message = body.message || message;
    } catch {
      // not a JSON error body: keep the status line
    }
    throw new ApiError(response.status, code, message);
  }
  return response;
}

/** GET an endpoint's JSON. */
export async function get(name, params = {}, signal) {
  return (await request(name, params, 'application/json', signal)).json();
}

/**
 * GET an endpoint's plain text, every character kept: Response.text() would drop a leading byte
 * order mark and shift every span offset after it by one.
 */
export async function getText(name, params = {}, signal) {
  const bytes = await (await request(name, params, 'text/plain', signal)).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Every item of a paged list endpoint, reading the largest pages the API allows. */
export async function getAll(name, params = {}, signal) {
  const items = [];
  for (let page = 0; ; page++) {
    const answer = await get(name, { ...params, page, size: MAX_PAGE_SIZE }, signal);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) {
      return items;
    }
  }
}
