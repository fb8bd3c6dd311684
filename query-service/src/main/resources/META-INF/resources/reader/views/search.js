// #/claims?q=&speaker=&topic=&type=&from=&to=&page= : search over every claim, the filters in the address.
import * as api from '../api.js';
import { TYPES, claimCard } from '../claims.js';
import { announce, count, fill, h, route, show, status } from '../dom.js';
import { loadTopics } from '../topics.js';

const PAGE_SIZE = 25;
const KEEP_NAMES_MS = 60_000;
let names = { at: 0, list: null }; // speaker names for the field's suggestions, read once a minute
const FILTERS = ['q', 'speaker', 'topic', 'type', 'from', 'to'];
const DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

export async function render({ main, query, signal }) {
  const filters = Object.fromEntries(FILTERS.map(f => [f, query.get(f) || '']));
  const page = Math.max(0, parseInt(query.get('page') || '0', 10) || 0);
  const results = h('section', { class: 'results', 'aria-labelledby': 'results-heading' }, status('Searching…'));
  const searching = api.get('claims', { ...filters, page, size: PAGE_SIZE }, signal);
  searching.catch(() => {}); // awaited below, after the form is up
  show(main,
    h('h1', {}, 'Claims'),
    h('p', { class: 'lede' }, 'Who claimed what, about which topic, and when. Every result links to its sentence in its document.'),
    await form(filters, signal),
    results);

  const answer = await searching;
  const heading = h('h2', { id: 'results-heading' }, resultsTitle(answer.total, filters));
  const pages = Math.ceil(answer.total / PAGE_SIZE);
  fill(results,
    heading,
    answer.items.length
      ? h('ol', { class: 'claim-list', start: page * PAGE_SIZE + 1 }, answer.items.map(c => h('li', {}, claimCard(c))))
      : h('p', { class: 'empty' }, 'No claim matches. Try fewer words or filters.'),
    pager(filters, page, pages));
  announce(heading.textContent);
}

function resultsTitle(total, filters) {
  const any = FILTERS.some(f => filters[f]);
  return any ? `${count(total, 'claim')} found` : `All ${count(total, 'claim')}, oldest documents first`;
}

async function form(filters, signal) {
  const [speakers, topics] = await Promise.all([speakerNames(signal), loadTopics(signal)]);
  const field = (label, control, hint) => h('div', { class: `field field-${control.name}` },
    h('label', { for: control.id }, label, hint ? h('span', { class: 'hint', id: control.id + '-hint' }, ` ${hint}`) : null), control);
  const input = (name, attributes) => h('input', { id: 'f-' + name, name, value: filters[name], ...attributes });
  const select = (name, options) => h('select', { id: 'f-' + name, name },
    h('option', { value: '' }, 'Any'),
    options.map(([value, label]) => h('option', { value, selected: value === filters[name] }, label)));

  const element = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search claims' },
    field('Words', input('q', { type: 'search', placeholder: 'e.g. reinforcement learning', autocomplete: 'off' })),
    field('Speaker', input('speaker', { list: 'speaker-names', placeholder: 'Any', autocomplete: 'off' })),
    h('datalist', { id: 'speaker-names' }, speakers.map(name => h('option', { value: name }))),
    field('Topic', select('topic', topics.filter(t => t.claimCount > 0 || t.taxonomy).map(t => [t.id, `${t.label} (${t.claimCount})`]))),
    field('Type', select('type', TYPES.map(t => [t, t]))),
    field('From', input('from', { inputmode: 'numeric', pattern: DATE, placeholder: 'YYYY-MM-DD', size: 10 }), 'year, month or day'),
    field('To', input('to', { inputmode: 'numeric', pattern: DATE, placeholder: 'YYYY-MM-DD', size: 10 }), 'year, month or day'),
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, 'Search'),
      h('a', { href: '#/claims', class: 'reset' }, 'Clear')));
  element.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(element);
    const params = Object.fromEntries(FILTERS.map(f => [f, (data.get(f) || '').trim()]));
    location.hash = route('/claims', params);
  });
  return element;
}

async function speakerNames(signal) {
  if (!names.list || Date.now() - names.at > KEEP_NAMES_MS) {
    const answer = await api.get('speakers', { size: 1000 }, signal);
    names = { at: Date.now(), list: answer.items.map(s => s.name) };
  }
  return names.list;
}

function pager(filters, page, pages) {
  if (pages <= 1) {
    return null;
  }
  const link = (to, label, rel) => h('a', { href: route('/claims', { ...filters, page: to || null }), rel }, label);
  return h('nav', { class: 'pager', 'aria-label': 'Result pages' },
    page > 0 ? link(page - 1, '← Previous', 'prev') : null,
    h('span', {}, `Page ${page + 1} of ${pages}`),
    page + 1 < pages ? link(page + 1, 'Next →', 'next') : null);
}
