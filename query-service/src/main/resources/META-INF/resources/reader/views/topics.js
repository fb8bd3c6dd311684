// #/topics : every topic, the most discussed first, with a claims-per-month trend.
import { count, h, route, segment, show } from '../dom.js';
import { loadTopics } from '../topics.js';

export async function render({ main, signal }) {
  const topics = await loadTopics(signal);
  const peak = Math.max(1, ...topics.flatMap(t => t.trend.map(m => m.claims)));
  show(main,
    h('h1', {}, 'Topics'),
    h('table', { class: 'index' },
      h('caption', { class: 'visually-hidden' }, 'Topics with claim, speaker and document counts'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Topic'), h('th', { scope: 'col', class: 'num' }, 'Claims'),
        h('th', { scope: 'col', class: 'num' }, 'Speakers'), h('th', { scope: 'col', class: 'num' }, 'Documents'),
        h('th', { scope: 'col' }, 'Claims per month'))),
      h('tbody', {}, topics.map(t => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: route(`/topics/${segment(t.id)}`) }, t.label)),
        h('td', { class: 'num' }, t.claimCount), h('td', { class: 'num' }, t.speakerCount),
        h('td', { class: 'num' }, t.documentCount),
        h('td', {}, trend(t.trend, peak)))))));
}

function trend(months, peak) {
  if (!months.length) {
    return h('span', { class: 'none' }, 'none');
  }
  const words = months.map(m => `${m.month}: ${count(m.claims, 'claim')}`).join('; ');
  return h('span', { class: 'spark', role: 'img', 'aria-label': words, title: words },
    months.map(m => h('span', { style: { height: `${Math.max(8, (m.claims / peak) * 100)}%` } })));
}
