// Building the page from data. Text from the API only ever becomes text nodes, never markup.

/**
 * An element: h('a', { href: '#/x', class: 'y' }, 'text', child). Attributes whose value is
 * null, undefined or false are left out; 'on*' functions become listeners.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'style' && typeof value === 'object') {
      for (const [property, v] of Object.entries(value)) {
        element.style.setProperty(property, v);
      }
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else {
      parent.append(child instanceof Node ? child : String(child));
    }
  }
}

/**
 * A claim's whole text with the words a search matched marked. The API's highlight holds only
 * the matching fragments with <mark> around the matched words; those words are marked wherever
 * they occur in the full text. Nothing else from the highlight is read as markup.
 */
export function marked(text, highlight) {
  const terms = [...new Set([...highlight.matchAll(/<mark>(.*?)<\/mark>/g)].map(m => m[1].toLowerCase()))]
    .filter(Boolean);
  const fragment = document.createDocumentFragment();
  if (terms.length === 0) {
    fragment.append(text);
    return fragment;
  }
  const escaped = terms.sort((a, b) => b.length - a.length).map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gi');
  text.split(pattern).forEach((part, i) => {
    if (part) {
      fragment.append(i % 2 === 1 ? h('mark', {}, part) : part);
    }
  });
  return fragment;
}

/** Replaces an element's children, leaving out the null and false that optional parts give. */
export function fill(element, ...children) {
  element.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
}

/** Replaces the page's main content and moves focus to its heading, as a page load would. */
export function show(main, ...children) {
  main.replaceChildren(...children.flat().filter(Boolean));
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    document.title = `${heading.textContent} · Claimstream reader`;
  }
  window.scrollTo(0, 0);
}

/** Says something to screen readers without moving focus. */
export function announce(message) {
  const announcer = document.getElementById('announcer');
  if (announcer) {
    announcer.textContent = message;
  }
}

export function status(text) {
  return h('p', { class: 'status', role: 'status' }, text);
}

export function problem(error) {
  const text = error && error.status === 404
    ? 'Not found. ' + error.message
    : 'Could not load this page: ' + ((error && error.message) || error);
  return h('p', { class: 'problem', role: 'alert' }, text);
}

const NUMBER = new Intl.NumberFormat('en');

export function count(n, one, many = one + 's') {
  return `${NUMBER.format(n)} ${n === 1 ? one : many}`;
}

export function percent(probability) {
  return `${Math.round(probability * 100)}%`;
}

/** A route link: hash plus query parameters that have a value. */
export function route(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, String(value));
    }
  }
  const search = query.toString();
  return '#' + path + (search ? '?' + search : '');
}

export function segment(id) {
  return encodeURIComponent(id);
}
