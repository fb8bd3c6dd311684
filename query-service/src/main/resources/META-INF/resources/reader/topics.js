// Topic ids to labels (and counts), read from GET /topics and kept for a minute: labels rarely
// change, and every page shows them.
import * as api from './api.js';

const KEEP_MS = 60_000;
let labels = null;
let readAt = 0;

export async function loadTopics(signal) {
  if (!labels || Date.now() - readAt > KEEP_MS) {
    const answer = await api.get('topics', {}, signal);
    labels = answer.items;
    readAt = Date.now();
  }
  return labels;
}

export function topicLabel(id) {
  const found = labels && labels.find(t => t.id === id);
  return found ? found.label : id;
}
