// #/speakers/{id} : one person across documents, their claims on a timeline per topic.
import * as api from '../api.js';
import { documentLink, predictionNote, typeBadge } from '../claims.js';
import { count, h, route, segment, show } from '../dom.js';
import { colourOf, style } from '../palette.js';
import { topicLabel } from '../topics.js';

const NO_TOPIC = '';
const TIMELINE_CLAIMS = 200;

export async function render({ main, id, signal }) {
  // a page per person draws every claim it is given on its topic timelines: more than the API's default
  const person = await api.get('speaker', { id, timelineLimit: TIMELINE_CLAIMS }, signal);
  const byTopic = groupByTopic(person);
  const sections = byTopic.map(([topic, entries]) => topicSection(person, topic, entries));
  show(main,
    h('h1', { class: 'person', style: style(colourOf(person.id)) },
      h('span', { class: 'swatch', 'aria-hidden': 'true' }), person.name),
    profile(person),
    byTopic.length ? overview(person, byTopic, sections) : h('p', { class: 'empty' }, 'No claims stored for this person.'),
    sections,
    person.timelineTruncated
      ? h('p', { class: 'note' }, `This page shows the first ${person.timelineLimit} claims. `,
        h('a', { href: route('/claims', { speaker: person.id }) }, `Search all ${count(person.claimCount, 'claim')}`), '.')
      : null);
}

function profile(person) {
  const row = (term, value) => value ? [h('dt', {}, term), h('dd', {}, value)] : null;
  const affiliations = person.affiliationHistory && person.affiliationHistory.length
    ? h('ul', { class: 'plain' }, person.affiliationHistory.map(a => h('li', {}, a.name,
      a.from ? h('span', { class: 'date' }, a.from === a.to || !a.to ? ` (${a.from})` : ` (${a.from} to ${a.to})`) : null)))
    : person.affiliations.join(', ');
  return h('dl', { class: 'profile' },
    row('Role', person.role),
    row('Affiliations', affiliations),
    row('Also named', person.aliases.length ? person.aliases.join(', ') : null),
    row('Said', `${count(person.claimCount, 'claim')} in ${count(person.documentCount, 'document')}`));
}

/** [topic, [{ entry, claims }]] in the order of the person's topic counts; documents stay in date order. */
function groupByTopic(person) {
  const order = person.topics.map(t => t.topic);
  const groups = new Map(order.map(t => [t, []]));
  for (const entry of person.timeline) {
    const perTopic = new Map();
    for (const claim of entry.claims) {
      const topics = claim.topics && claim.topics.length ? claim.topics : [NO_TOPIC];
      for (const topic of topics) {
        if (!perTopic.has(topic)) {
          perTopic.set(topic, []);
        }
        perTopic.get(topic).push(claim);
      }
    }
    for (const [topic, claims] of perTopic) {
      if (!groups.has(topic)) {
        groups.set(topic, []);
      }
      groups.get(topic).push({ entry, claims });
    }
  }
  return [...groups].filter(([, entries]) => entries.length > 0);
}

function label(topic) {
  return topic === NO_TOPIC ? 'No topic' : topicLabel(topic);
}

/** A table of topics by document (in date order): how much the person said where, at a glance. */
function overview(person, byTopic, sections) {
  const documents = person.timeline;
  const cell = (topic, entry) => {
    const found = byTopic.find(([t]) => t === topic)[1].find(e => e.entry === entry);
    const n = found ? found.claims.length : 0;
    return h('td', {}, n ? h('span', { class: 'dot', style: { '--n': Math.min(n, 12) } }, String(n)) : h('span', { class: 'none' }, '·'));
  };
  return h('section', { class: 'overview', 'aria-labelledby': 'overview-heading' },
    h('h2', { id: 'overview-heading' }, 'Timeline of claims per topic'),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'overview-heading' },
      h('table', {},
        h('caption', {}, 'Claims per topic in each document, oldest first'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Topic'),
          documents.map(d => h('th', { scope: 'col' },
            h('span', { class: 'date' }, d.published || 'undated'), h('span', { class: 'title' }, d.documentTitle || d.documentId))))),
        h('tbody', {}, byTopic.map(([topic], i) => h('tr', {},
          h('th', { scope: 'row' }, h('button', {
            type: 'button', class: 'link',
            onclick: () => {
              const heading = sections[i].querySelector('h2');
              heading.scrollIntoView({ block: 'start' });
              heading.focus({ preventScroll: true });
            },
          }, label(topic))),
          documents.map(d => cell(topic, d))))))));
}

function topicSection(person, topic, entries) {
  const total = entries.reduce((n, e) => n + e.claims.length, 0);
  return h('section', { class: 'topic-timeline' },
    h('h2', { tabindex: '-1' }, label(topic), ' ', h('span', { class: 'n' }, `(${count(total, 'claim')})`)),
    topic === NO_TOPIC ? null
      : h('p', { class: 'see-also' }, h('a', { href: route(`/topics/${segment(topic)}`) }, `Who else spoke about ${label(topic)}`)),
    h('ol', { class: 'timeline' }, entries.map(({ entry, claims }) => h('li', {},
      h('div', { class: 'when' },
        h('span', { class: 'date' }, entry.published || 'undated'),
        ' ', documentLink({ id: claims[0].id, documentId: entry.documentId, documentTitle: entry.documentTitle })),
      h('ul', { class: 'said' }, claims.map(claim => h('li', {},
        h('a', { class: 'quote', href: route(`/documents/${segment(entry.documentId)}`, { claim: claim.id }) }, claim.text),
        ' ', typeBadge(claim.type),
        predictionNote(claim.prediction))))))));
}
