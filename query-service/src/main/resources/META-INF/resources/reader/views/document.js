// #/documents/{id}?claim={claimId} : the text as submitted, each claim highlighted in its
// speaker's colour; picking a claim shows its type, topics, prediction and corroborating sources.
import * as api from '../api.js';
import { claimCard, documentLink, predictionText, speakerLink, topicLinks, typeBadge } from '../claims.js';
import { announce, count, fill, h, percent, problem, route, segment, show, status } from '../dom.js';
import { pieces } from '../highlight.js';
import { assign, style, unattributed } from '../palette.js';

let state = null; // { id, claims: Map, textElement, detail, colours, controller }

export async function render({ main, id, query, signal }) {
  state = null;
  show(main, status('Loading the document…'));
  const [doc, claims, text] = await Promise.all([
    api.get('document', { id }, signal),
    api.getAll('documentClaims', { id }, signal),
    api.getText('documentText', { id }, signal).catch(error => {
      if (error instanceof api.ApiError && error.status === 404) {
        return null; // a server without the text endpoint: list the claims instead
      }
      throw error;
    }),
  ]);
  const colours = assign(doc.speakers.map(s => s.id));
  const detail = h('section', { class: 'claim-detail', 'aria-labelledby': 'detail-heading', hidden: true });
  const body = text === null
    ? h('ol', { class: 'claim-list' }, claims.map(c => h('li', {}, claimCard(c))))
    : textWithClaims(doc, text, claims, colours);
  show(main,
    h('h1', {}, doc.title || 'Untitled document'),
    metadata(doc),
    h('div', { class: 'doc-layout' },
      h('article', { class: 'doc-text', lang: doc.language || null, 'aria-label': 'Document text' }, body),
      h('aside', { class: 'doc-aside', 'aria-label': 'Speakers and the selected claim' },
        legend(doc, claims, colours),
        detail)));
  state = { id, claims: new Map(claims.map(c => [c.id, c])), textElement: body, detail, colours, controller: null };
  select(query.get('claim'), true);
}

/** Another claim of the same document: no reload, the text keeps its scroll position. */
export function update({ id, query }) {
  if (!state || state.id !== id) {
    return false;
  }
  select(query.get('claim'), false);
  return true;
}

function metadata(doc) {
  const facts = [
    doc.published ? h('span', {}, h('time', { datetime: doc.published }, doc.published)) : null,
    doc.source ? h('span', {}, doc.source) : null,
    doc.event ? h('span', {}, doc.event) : null,
    h('span', {}, count(doc.claimCount, 'claim')),
    doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'Original') : null,
  ].filter(Boolean);
  return h('p', { class: 'doc-meta' }, facts);
}

function textWithClaims(doc, text, claims, colours) {
  const names = new Map(doc.speakers.map((s, i) => [s.id, { name: s.name, ref: `speaker-note-${i}` }]));
  const container = h('div', { class: 'text' });
  const fragment = document.createDocumentFragment();
  for (const piece of pieces(text, claims)) {
    const run = text.slice(piece.start, piece.end);
    const claim = piece.claim;
    if (!claim) {
      fragment.append(run);
      continue;
    }
    const who = claim.speaker && names.get(claim.speaker.id);
    const colour = claim.speaker ? colours.get(claim.speaker.id) || unattributed() : unattributed();
    fragment.append(h('a', {
      class: `claim type-${claim.type}`,
      href: route(`/documents/${segment(doc.id)}`, { claim: claim.id }),
      'data-claim-id': claim.id,
      'data-start': claim.span.start,
      'data-end': claim.span.end,
      'data-drawn-start': piece.start,
      title: `${claim.speaker ? claim.speaker.name : 'Unattributed'} · ${claim.type}`,
      'aria-describedby': who ? who.ref : null,
      style: style(colour),
    }, run));
  }
  container.append(fragment);
  return container;
}

function legend(doc, claims, colours) {
  const unassigned = claims.filter(c => !c.speaker).length;
  return h('section', { class: 'legend', 'aria-labelledby': 'legend-heading' },
    h('h2', { id: 'legend-heading' }, 'Speakers'),
    h('ul', {},
      doc.speakers.map((s, i) => h('li', { style: style(colours.get(s.id)) },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'name' },
          h('a', { href: route(`/speakers/${segment(s.id)}`), id: `speaker-note-${i}` }, s.name),
          s.role ? h('span', { class: 'role' }, s.role) : null),
        h('span', { class: 'n' }, count(s.claimCount, 'claim')))),
      unassigned ? h('li', { style: style(unattributed()) },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }), h('span', { class: 'name' }, 'Unattributed'),
        h('span', { class: 'n' }, count(unassigned, 'claim'))) : null),
    h('p', { class: 'hint' }, 'Select a highlighted sentence to see what kind of claim it is and who else reported it.'));
}

function select(claimId, fromAddress) {
  const { textElement, detail } = state;
  const previous = textElement.querySelector('.claim[aria-current]');
  for (const mark of textElement.querySelectorAll('.claim[aria-current]')) {
    mark.removeAttribute('aria-current');
  }
  if (state.controller) {
    state.controller.abort();
  }
  if (!claimId) {
    // closing the details returns the reader to the sentence they came from
    const hadFocus = detail.contains(document.activeElement);
    detail.hidden = true;
    if (hadFocus && previous) {
      previous.focus({ preventScroll: true });
    }
    return;
  }
  const marks = textElement.querySelectorAll(`.claim[data-claim-id="${CSS.escape(claimId)}"]`);
  marks.forEach(mark => mark.setAttribute('aria-current', 'true'));
  if (marks[0]) {
    // a link from elsewhere puts the sentence in the middle; a click keeps the page where it is
    marks[0].scrollIntoView({ block: fromAddress ? 'center' : 'nearest' });
  }
  const known = state.claims.get(claimId);
  detail.hidden = false;
  fill(detail, h('h2', { id: 'detail-heading' }, 'Selected claim'), status('Loading the claim…'));
  const controller = new AbortController();
  state.controller = controller;
  api.get('claim', { id: claimId }, controller.signal)
    .then(claim => {
      fill(detail, ...claimDetail(claim));
      announce(`${claim.speaker ? claim.speaker.name : 'Unattributed'}: ${claim.type}`);
      if (!fromAddress) {
        // a picked sentence: its details come next for the keyboard too, not after the whole text
        detail.querySelector('h2').focus({ preventScroll: true });
      }
    })
    .catch(error => {
      if (error.name !== 'AbortError') {
        fill(detail, h('h2', { id: 'detail-heading' }, 'Selected claim'),
          known ? claimCard(known) : null, problem(error));
      }
    });
}

function claimDetail(claim) {
  const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];
  const prediction = predictionText(claim.prediction);
  const quantities = Array.isArray(claim.quantities) && claim.quantities.length
    ? claim.quantities.map(q => q.text).join(', ') : null;
  return [
    h('div', { class: 'detail-head' },
      h('h2', { id: 'detail-heading', tabindex: '-1' }, 'Selected claim'),
      h('a', { class: 'close', href: route(`/documents/${segment(claim.documentId)}`) }, 'Close')),
    h('blockquote', {}, claim.text),
    h('dl', {},
      row('Speaker', speakerLink(claim.speaker, claim.speaker && state.colours.get(claim.speaker.id))),
      row('Type', typeBadge(claim.type)),
      row('Topics', topicLinks(claim.topics) || 'none'),
      prediction ? row('Prediction', prediction) : null,
      quantities ? row('Quantities', quantities) : null,
      row('Confidence', percent(claim.confidence)),
      claim.attribution ? row('Attribution', claim.attribution) : null),
    corroboration(claim),
  ];
}

function corroboration(claim) {
  const others = claim.corroboration
    ? claim.corroboration.sources.filter(s => s.claimId !== claim.id) : [];
  if (others.length === 0) {
    return h('section', { class: 'sources' }, h('h3', {}, 'Corroborating sources'),
      h('p', { class: 'empty' }, 'No other document reports this statement.'));
  }
  return h('section', { class: 'sources' },
    h('h3', {}, `Corroborating sources (${count(claim.corroboration.documents, 'document')})`),
    h('ol', {}, others.map(source => h('li', {},
      h('blockquote', {}, source.text),
      h('div', { class: 'meta' }, speakerLink(source.speaker),
        documentLink({ id: source.claimId, documentId: source.documentId, documentTitle: source.documentTitle }),
        source.published ? h('span', { class: 'date' }, source.published) : null)))));
}
