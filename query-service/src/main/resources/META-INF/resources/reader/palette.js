// Speaker colours: light fills that keep dark text readable (contrast above 7:1) with a darker
// edge of the same hue, so neighbouring claims by different people stay apart. Colour is never
// the only cue: every highlight also names its speaker in its title and to screen readers.

const COLOURS = [
  ['#ffe08a', '#9a6b00'], ['#bde0fe', '#1d5f9e'], ['#c7f0c2', '#2b7a35'], ['#ffc9de', '#b0174f'],
  ['#e1d5ff', '#5f38b5'], ['#ffd3ad', '#b85a12'], ['#b8f0ec', '#0f7a71'], ['#ececa0', '#6b6b00'],
  ['#ffcfcf', '#b22222'], ['#d3e4cd', '#4b5f29'], ['#cfd8ff', '#3342a0'], ['#f0d0f7', '#86209e'],
];
const NOBODY = ['#e4e4e4', '#6b6b6b'];

/** Colours for a list of people in order (e.g. a document's speakers, most quoted first). */
export function assign(ids) {
  const colours = new Map();
  ids.forEach((id, i) => colours.set(id, COLOURS[i % COLOURS.length]));
  return colours;
}

/** A stable colour for one person wherever they appear alone. */
export function colourOf(id) {
  if (!id) {
    return NOBODY;
  }
  let hash = 0;
  for (const ch of id) {
    hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  }
  return COLOURS[hash % COLOURS.length];
}

export function unattributed() {
  return NOBODY;
}

/** Inline custom properties the stylesheet reads for fills and edges. */
export function style([fill, edge]) {
  return { '--fill': fill, '--edge': edge };
}
