// #/speakers?name= : everyone quoted, by name, with a filter.
import * as api from '../api.js';
import { count, h, route, segment, show } from '../dom.js';
import { colourOf, style } from '../palette.js';

export async function render({ main, query, signal }) {
  const name = query.get('name') || '';
  const answer = await api.get('speakers', { name, size: 1000 }, signal);
  const filter = h('form', { class: 'filters inline', role: 'search', 'aria-label': 'Find a person' },
    h('div', { class: 'field' }, h('label', { for: 'f-name' }, 'Name'),
      h('input', { id: 'f-name', name: 'name', type: 'search', value: name, autocomplete: 'off' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Find')));
  filter.addEventListener('submit', event => {
    event.preventDefault();
    location.hash = route('/speakers', { name: new FormData(filter).get('name').trim() });
  });
  show(main,
    h('h1', {}, 'People'),
    filter,
    h('p', { role: 'status' }, name ? `${count(answer.total, 'match', 'matches')} for “${name}”` : count(answer.total, 'speaker')),
    h('table', { class: 'index' },
      h('caption', { class: 'visually-hidden' }, 'Speakers with their affiliations and counts'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Affiliations'),
        h('th', { scope: 'col', class: 'num' }, 'Documents'), h('th', { scope: 'col', class: 'num' }, 'Claims'))),
      h('tbody', {}, answer.items.map(s => h('tr', {},
        h('th', { scope: 'row' }, h('a', { class: 'speaker', href: route(`/speakers/${segment(s.id)}`), style: style(colourOf(s.id)) },
          h('span', { class: 'swatch', 'aria-hidden': 'true' }), s.name),
          s.kind && s.kind !== 'person' ? h('span', { class: 'kind' }, ` ${s.kind}`) : null),
        h('td', {}, s.affiliations.join(', ')),
        h('td', { class: 'num' }, s.documentCount), h('td', { class: 'num' }, s.claimCount))))));
}
