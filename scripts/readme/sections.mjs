// Generated sections of the README, between `<!-- NAME:start -->` and
// `<!-- NAME:end -->`, and the examples it marks as checked. Pure functions,
// shared by the build scripts (Node) and the tests (browser).

const markers = (name) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];

/** The text between the markers of `name`, without the blank lines that pad it. */
export function readSection(text, name) {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`README has no ${start} … ${end} section`);
  return `${text.slice(from + start.length, to).trim()}\n`;
}

/** `text` with the section `name` replaced by `content`. */
export function replaceSection(text, name, content) {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`README has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n\n${content.trim()}\n\n${text.slice(to)}`;
}

/** Which schema checks an example of each format. */
const SCHEMA_OF = { 'portal-json': 'portal', jsonfeed: 'portal', links: 'links' };

/**
 * The code blocks marked `<!-- example: FORMAT label -->` on the line before
 * the fence: `{ format, label, text, schema }`. FORMAT is `portal-json`,
 * `jsonfeed`, `wordpress`, `rss`, `atom` or `links`; `schema` names the JSON
 * Schema that must accept it, if one applies.
 */
export function readmeExamples(text) {
  const examples = [];
  const pattern = /<!-- example: ([\w-]+)(?: ([^>]*?))? -->\r?\n```\w*\r?\n([\s\S]*?)\r?\n```/g;
  for (const [, format, label, body] of text.matchAll(pattern)) {
    examples.push({ format, label: label ? `${format} ${label}` : format, text: body, schema: SCHEMA_OF[format] });
  }
  return examples;
}
