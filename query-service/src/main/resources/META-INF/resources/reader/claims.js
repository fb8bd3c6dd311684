// A claim as a card, the same in search results, topic pages and corroboration lists.
import { h, marked, percent, route, segment } from './dom.js';
import { colourOf, style } from './palette.js';
import { topicLabel } from './topics.js';

export const TYPES = ['opinion', 'prediction', 'recommendation', 'fact'];

export function typeBadge(type) {
  return h('span', { class: `badge type-${type}` }, type);
}

/** A link to a person's page; colour is theirs on this page (a document's legend) or their own. */
export function speakerLink(speaker, colour) {
  if (!speaker) {
    return h('span', { class: 'speaker unattributed' }, 'unattributed');
  }
  return h('a', { class: 'speaker', href: route(`/speakers/${segment(speaker.id)}`), style: style(colour || colourOf(speaker.id)) },
    h('span', { class: 'swatch', 'aria-hidden': 'true' }), speaker.name);
}

export function topicLinks(topics) {
  if (!topics || topics.length === 0) {
    return null;
  }
  return h('ul', { class: 'chips', 'aria-label': 'Topics' },
    topics.map(t => h('li', {}, h('a', { class: 'chip', href: route(`/topics/${segment(t)}`) }, topicLabel(t)))));
}

export function predictionText(prediction) {
  if (!prediction) {
    return null;
  }
  const parts = [];
  if (prediction.probability !== undefined && prediction.probability !== null) {
    parts.push(`${percent(prediction.probability)} likely`);
  }
  if (prediction.horizon) {
    parts.push(prediction.horizon);
  }
  if (prediction.horizonStart || prediction.horizonEnd) {
    parts.push(`(${prediction.horizonStart || '…'} to ${prediction.horizonEnd || '…'})`);
  }
  if (prediction.resolution) {
    parts.push(`· resolved ${prediction.resolution.outcome}`);
  }
  return parts.length ? parts.join(' ') : null;
}

/** The forecast of a prediction, or nothing when it states neither probability nor horizon. */
export function predictionNote(prediction) {
  const text = predictionText(prediction);
  return text ? h('span', { class: 'prediction' }, text) : null;
}

/** Where the claim was said: a link to its sentence in its document. */
export function documentLink(claim) {
  const title = claim.documentTitle || claim.documentId;
  return h('a', { class: 'doc-link', href: route(`/documents/${segment(claim.documentId)}`, { claim: claim.id }) },
    title);
}

export function claimCard(claim, { showSpeaker = true } = {}) {
  const text = claim.highlight ? marked(claim.text, claim.highlight) : claim.text;
  return h('article', { class: 'claim-card', 'data-claim-id': claim.id },
    h('blockquote', {}, text),
    h('div', { class: 'meta' },
      showSpeaker ? speakerLink(claim.speaker) : null,
      typeBadge(claim.type),
      predictionNote(claim.prediction),
      topicLinks(claim.topics)),
    h('div', { class: 'source' }, documentLink(claim), claim.published ? h('span', { class: 'date' }, claim.published) : null));
}
