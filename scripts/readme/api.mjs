// The README's API reference, rendered from custom-elements.json. A pure
// function of the manifest and package.json, so that `npm run docs` (which
// writes it) and test/node/readme.test.mjs (which checks it is current) share it.

const ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** Table cell text: one line, pipes escaped (GitHub needs that inside code spans too). */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => `\`${cell(text)}\``;

/** `string | undefined` → `string`: every input is optional. */
const typeText = (type) => (type?.text ? type.text.replace(/\s*\|\s*undefined\b/g, '') : '');

function table(head, rows) {
  if (!rows.length) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

/** Custom elements the package registers, in the order of package.json `exports`, then by tag. */
function elementsOf(manifest, pkg) {
  const exportOrder = Object.values(pkg.exports ?? {}).map((target) => (typeof target === 'string' ? target : target.default));
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      // A tag without a hyphen is not a valid custom element name (the analyzer
      // reports the registration helper's parameter as one).
      if (!declaration.customElement || !ELEMENT_NAME.test(declaration.tagName ?? '')) continue;
      const libPath = `./${mod.path.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js')}`;
      const specifier = Object.entries(pkg.exports ?? {}).find(
        ([, target]) => (typeof target === 'string' ? target : target.default) === libPath,
      )?.[0];
      elements.push({ declaration, libPath, importPath: specifier && `${pkg.name}${specifier.slice(1)}` });
    }
  }
  const rank = (element) => {
    const index = exportOrder.indexOf(element.libPath);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return elements.sort((a, b) => rank(a) - rank(b) || a.declaration.tagName.localeCompare(b.declaration.tagName));
}

/** A default given as a constant's name (`DEFAULT_TIME_ZONE`) is shown as the constant's value. */
function defaultResolver(manifest) {
  const constants = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind === 'variable' && declaration.default !== undefined)
        constants.set(declaration.name, declaration.default);
    }
  }
  return (value) => (value === undefined || value === '' ? undefined : (constants.get(value) ?? value));
}

/** The declared type, else the type of a literal default (a field initialised from a constant has none). */
function typeOf(member, defaultValue) {
  const declared = typeText(member.type);
  if (declared) return declared;
  if (/^(['"`]).*\1$/.test(defaultValue ?? '')) return 'string';
  if (/^-?\d/.test(defaultValue ?? '')) return 'number';
  return '';
}

const isPublic = (member) => !member.privacy || member.privacy === 'public';

/** Public fields and methods, the element's own definition winning over an inherited one of the same name. */
function publicMembers(declaration) {
  const byName = new Map();
  for (const member of declaration.members ?? []) {
    if (!isPublic(member) || member.static || member.name.startsWith('#')) continue;
    const known = byName.get(member.name);
    if (!known || (known.inheritedFrom && !member.inheritedFrom)) byName.set(member.name, member);
  }
  return [...byName.values()];
}

/** What the four elements share (same name, same description): documented once. */
function sharedKeys(elements, pick) {
  const [first, ...rest] = elements.map((element) => new Map(pick(element).map((item) => [item.name, item.description ?? ''])));
  if (!first) return new Set();
  return new Set(
    [...first]
      .filter(([name, description]) => rest.every((other) => other.has(name) && other.get(name) === description))
      .map(([name]) => name),
  );
}

function attributeRows(members, defaultOf) {
  return members
    .filter((member) => member.kind === 'field' && member.attribute)
    .map((member) => {
      const value = defaultOf(member.default);
      const type = typeOf(member, value);
      return [
        code(member.attribute),
        code(member.name),
        type && code(type),
        value === undefined ? '—' : code(value),
        cell(member.description),
      ];
    });
}

function propertyRows(members) {
  return members
    .filter((member) => member.kind === 'field' && !member.attribute)
    .map((member) => {
      const type = typeText(member.type);
      return [code(member.name), type && code(type), cell(member.description)];
    });
}

function methodRows(members) {
  return members
    .filter((member) => member.kind === 'method')
    .map((member) => {
      const params = (member.parameters ?? []).map((param) => `${param.name}${param.optional ? '?' : ''}`).join(', ');
      return [code(`${member.name}(${params})`), cell(member.description)];
    });
}

/**
 * The Markdown between the README's `api` markers. `pkg` is package.json:
 * its name and `exports` give each element's import path.
 */
export function renderApi(manifest, pkg) {
  const elements = elementsOf(manifest, pkg);
  const defaultOf = defaultResolver(manifest);
  const members = new Map(elements.map((element) => [element, publicMembers(element.declaration)]));
  const shared = sharedKeys(elements, (element) => members.get(element));
  const sharedMembers = members.get(elements[0])?.filter((member) => shared.has(member.name)) ?? [];

  const lines = [
    `Generated from \`custom-elements.json\` by \`npm run build\`; edit the JSDoc in \`src/\`, not this file.`,
    '',
    '### Common to every element',
    '',
    ...table(['attribute', 'property', 'type', 'default', 'description'], attributeRows(sharedMembers, defaultOf)),
    ...table(['method', 'description'], methodRows(sharedMembers)),
  ];

  for (const element of elements) {
    const { declaration, importPath } = element;
    const own = members.get(element).filter((member) => !shared.has(member.name));
    lines.push(`### \`<${declaration.tagName}>\``, '');
    if (declaration.summary) lines.push(cell(declaration.summary), '');
    if (declaration.description)
      lines.push(
        ...declaration.description
          .trim()
          .split(/\n{2,}/)
          .map((paragraph) => `${cell(paragraph)}\n`),
      );
    const registration = importPath ? `\`import '${importPath}'\` registers it alone; ` : '';
    lines.push(`${registration}the class is exported as \`${declaration.name}\`.`, '');

    const attributes = attributeRows(own, defaultOf);
    if (attributes.length)
      lines.push('**Attributes**', '', ...table(['attribute', 'property', 'type', 'default', 'description'], attributes));
    const properties = propertyRows(own);
    if (properties.length)
      lines.push('**Properties** (JavaScript only)', '', ...table(['property', 'type', 'description'], properties));
    const methods = methodRows(own);
    if (methods.length) lines.push('**Methods**', '', ...table(['method', 'description'], methods));
    const events = (declaration.events ?? []).map((event) => [code(event.name), cell(event.description)]);
    if (events.length) lines.push('**Events**', '', ...table(['event', 'description'], events));
    const slots = (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]);
    if (slots.length) lines.push('**Slots**', '', ...table(['slot', 'description'], slots));
    const parts = (declaration.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);
    if (parts.length) lines.push('**CSS parts**', '', ...table(['part', 'description'], parts));
    const cssProperties = (declaration.cssProperties ?? []).map((property) => [
      code(property.name),
      property.default === undefined ? '—' : code(property.default),
      cell(property.description),
    ]);
    if (cssProperties.length)
      lines.push('**CSS custom properties**', '', ...table(['property', 'default', 'description'], cssProperties));
  }
  return `${lines.join('\n').trim()}\n`;
}
