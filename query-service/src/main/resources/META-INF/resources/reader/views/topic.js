// #/topics/{id}?page= : who holds which position on a topic, with their most telling claims.
import * as api from '../api.js';
import { TYPES, predictionNote, speakerLink, typeBadge } from '../claims.js';
import { count, h, route, segment, show } from '../dom.js';

const SPEAKERS_PER_PAGE = 20;
const SHOWN_CLAIMS = 3;

export async function render({ main, id, query, signal }) {
  const page = Math.max(0, parseInt(query.get('page') || '0', 10) || 0);
  const topic = await api.get('topic', { id, page, size: SPEAKERS_PER_PAGE }, signal);
  const positions = topic.speakers.items;
  const most = Math.max(1, ...positions.map(p => p.claimCount));
  show(main,
    h('h1', {}, topic.label),
    h('p', { class: 'lede' },
      `${count(topic.claimCount, 'claim')} by ${count(topic.speakerCount, 'speaker')}`,
      topic.unattributedClaims ? `, ${count(topic.unattributedClaims, 'claim')} unattributed` : '',
      '. ', h('a', { href: route('/claims', { topic: topic.id }) }, 'Search these claims')),
    h('section', { 'aria-labelledby': 'positions-heading' },
      h('h2', { id: 'positions-heading' }, 'Who holds which position'),
      typeKey(),
      positions.length
        ? h('ol', { class: 'positions', start: page * SPEAKERS_PER_PAGE + 1 }, positions.map(p => position(topic, p, most)))
        : h('p', { class: 'empty' }, 'Nobody has been quoted on this topic yet.')),
    pager(topic, page));
}

function typeKey() {
  return h('p', { class: 'type-key' }, 'Kinds of claim: ', TYPES.map(t => [typeBadge(t), ' ']));
}

function position(topic, p, most) {
  const total = p.claimCount;
  const claims = p.representativeClaims.slice(0, SHOWN_CLAIMS);
  return h('li', { class: 'position' },
    h('div', { class: 'who' },
      speakerLink(p.speaker),
      h('span', { class: 'n' }, count(total, 'claim'))),
    typeBar(p.types, total / most),
    h('ul', { class: 'said' }, claims.map(claim => h('li', {},
      h('a', { class: 'quote', href: route(`/documents/${segment(claim.documentId)}`, { claim: claim.id }) }, claim.text),
      ' ', typeBadge(claim.type),
      predictionNote(claim.prediction),
      claim.published ? h('span', { class: 'date' }, claim.published) : null))),
    total > claims.length && p.speaker
      ? h('a', { class: 'more', href: route('/claims', { topic: topic.id, speaker: p.speaker.id }) },
        `All ${count(total, 'claim')} by ${p.speaker.name} on ${topic.label}`)
      : null);
}

/**
 * Kinds of claim as a bar as long as the speaker's share of the most quoted speaker's claims,
 * with the counts written beside it.
 */
function typeBar(types, share) {
  const parts = TYPES.filter(t => types[t]).map(t => ({ type: t, n: types[t] }));
  const words = parts.map(p => `${p.n} ${p.type}`).join(' · ');
  return h('div', { class: 'types' },
    h('div', { class: 'type-bar', style: { width: `${Math.max(4, share * 100)}%` }, 'aria-hidden': 'true' },
      parts.map(p => h('span', { class: `type-${p.type}`, style: { 'flex-grow': p.n } }))),
    h('span', { class: 'n' }, words));
}

function pager(topic, page) {
  const pages = Math.ceil(topic.speakers.total / SPEAKERS_PER_PAGE);
  if (pages <= 1) {
    return null;
  }
  const link = (to, text, rel) => h('a', { href: route(`/topics/${segment(topic.id)}`, { page: to || null }), rel }, text);
  return h('nav', { class: 'pager', 'aria-label': 'Speaker pages' },
    page > 0 ? link(page - 1, '← Previous', 'prev') : null,
    h('span', {}, `Page ${page + 1} of ${pages}`),
    page + 1 < pages ? link(page + 1, 'Next →', 'next') : null);
}
