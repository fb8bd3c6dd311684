// Hash routing: every view has an address (#/claims?q=…, #/documents/{id}?claim=…, #/speakers/{id},
// #/topics/{id}) so that it can be bookmarked, shared and reached with the back button.
import { problem, show } from './dom.js';
import { loadTopics } from './topics.js';
import * as search from './views/search.js';
import * as documentView from './views/document.js';
import * as speaker from './views/speaker.js';
import * as speakers from './views/speakers.js';
import * as topic from './views/topic.js';
import * as topics from './views/topics.js';

const ROUTES = [
  { pattern: /^\/claims$/, view: search, nav: 'claims' },
  { pattern: /^\/documents\/([^/]+)$/, view: documentView, nav: null },
  { pattern: /^\/speakers$/, view: speakers, nav: 'speakers' },
  { pattern: /^\/speakers\/([^/]+)$/, view: speaker, nav: 'speakers' },
  { pattern: /^\/topics$/, view: topics, nav: 'topics' },
  { pattern: /^\/topics\/([^/]+)$/, view: topic, nav: 'topics' },
];

const main = document.getElementById('view');
let current = null; // { view, id, controller }

function parse(hash) {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', query: new URLSearchParams(search) };
}

async function navigate() {
  const { path, query } = parse(location.hash);
  const match = ROUTES.map(r => ({ r, m: r.pattern.exec(path) })).find(x => x.m);
  if (!match) {
    location.replace('#/claims');
    return;
  }
  const { r, m } = match;
  const id = m[1] === undefined ? null : decodeURIComponent(m[1]);
  markNavigation(r.nav);
  // the same page with other parameters (a claim picked in a document): let it update in place
  if (current && current.view === r.view && current.id === id && r.view.update && r.view.update({ id, query })) {
    return;
  }
  if (current) {
    current.controller.abort();
  }
  const controller = new AbortController();
  current = { view: r.view, id, controller };
  try {
    await loadTopics(controller.signal);
    await r.view.render({ main, id, query, signal: controller.signal });
  } catch (error) {
    if (error.name !== 'AbortError') {
      show(main, problem(error));
      console.error(error);
    }
  }
}

function markNavigation(nav) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === nav) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

// the skip link must not become a route
document.querySelector('[data-skip]').addEventListener('click', event => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', navigate);
navigate();
