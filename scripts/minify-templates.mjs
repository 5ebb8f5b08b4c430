// A Rollup plugin that minifies the text of Lit's css`` and html`` templates at build time.
//
// Terser leaves template literals alone (their text is data), so the indentation and comments of our
// styles and templates would ship as written. This plugin rewrites only the literal parts of
// css`…` / html`…` tagged templates in our own modules (never node_modules), keeping every `${…}`
// where it was. It only removes what cannot change the result:
// - CSS: comments, whitespace that separates nothing, the last `;` of a block, the 0 of `0.5`;
// - HTML: comments, whitespace inside tags (outside quoted values) collapsed to one space, the quotes
//   of a value that needs none (`class="banner"` → `class=banner`), text whitespace collapsed to one
//   space (the browser renders a run of spaces as one), and removed next to a block-level tag, where
//   a line starts or ends anyway. Templates with <pre>, <textarea>, <script> or <style> keep their
//   whitespace.
// Why not rollup-plugin-minify-html-literals: it and minify-html-literals have had no release since
// 2020/2021 and pull in html-minifier (unmaintained, with an open ReDoS advisory), clean-css and
// uglify-js, a heavy build-time tree for what the few dozen lines below do on our own templates.

const MARK = '\u0000'; // stands for a `${…}` while a template's text is processed as one string

const BLOCK = new Set(
  ('address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 head header hr html legend li main nav ol optgroup option p section summary table ' +
    'tbody td tfoot th thead title tr ul meta link br').split(' '),
);

const CSS_STRING = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/;

/** Minifies CSS text. Quoted strings are kept as they are. */
export function minifyCss(text) {
  // Comments go first, in one left-to-right scan with the strings: an apostrophe in a comment
  // (`/* the embed's box */`) must not open a string, nor a `/*` inside a string open a comment.
  const scan = new RegExp(`\\/\\*[^]*?\\*\\/|${CSS_STRING.source}`, 'g');
  text = text.replace(scan, (match) => (match.startsWith('/*') ? '' : match));
  let out = '';
  const parts = text.split(new RegExp(`(${CSS_STRING.source})`));
  parts.forEach((part, index) => {
    if (index % 2) {
      out += part;
      return;
    }
    out += part
      .replace(/(?<!\\)\s+/g, ' ')
      // No space is needed after these: `a { b: c; }` → `a{b:c;}`. A space before `:` stays
      // (`.a :hover` is not `.a:hover`), so does one around `+`, `-`, `/` (calc) and `(`, `)`.
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/(^|[^\w.#\u0000-])0\.(\d)/g, '$1.$2');
  });
  return out.trim();
}

/** Minifies the HTML text of a template (its `${…}` replaced by MARK). */
export function minifyHtml(text) {
  if (/<(pre|textarea|script|style)\b/i.test(text)) return text;
  const tag = /<!--[^]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let out = '';
  let last = 0;
  let previousBlock = false;
  const text_ = (chunk, nextBlock) => {
    let result = chunk.replace(/(?<!\\)\s+/g, ' ');
    if (previousBlock) result = result.replace(/^ /, '');
    if (nextBlock) result = result.replace(/ $/, '');
    return result;
  };
  for (const match of text.matchAll(tag)) {
    const [whole, , name, attributes] = match;
    const isComment = whole.startsWith('<!--');
    if (isComment && whole.includes(MARK)) continue; // a binding in a comment: leave it
    const isBlock = !isComment && BLOCK.has(name.toLowerCase());
    out += text_(text.slice(last, match.index), isBlock);
    if (isComment) {
      // Text on both sides of a comment joins up; keep the block flag of what came before.
    } else {
      // Inside a tag: collapse whitespace outside quoted values. A space before `/>` or `>` stays:
      // after an unquoted `attr=${…}`, `/` would become part of the value. A value of letters, digits,
      // `_` and `-` alone loses its quotes (`class="banner"` → `class=banner`), unless a `/` follows.
      const parts = attributes.split(/("[^"]*"|'[^']*')/);
      const inside = parts
        .map((part, index) => {
          if (index % 2 === 0) return part.replace(/\s+/g, ' ');
          return /^.[\w-]+.$/.test(part) && !parts[index + 1].startsWith('/') ? part.slice(1, -1) : part;
        })
        .join('');
      out += `<${match[1]}${name}${inside}>`;
      previousBlock = isBlock;
    }
    last = match.index + whole.length;
  }
  out += text_(text.slice(last), false);
  return out;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export default function minifyTemplates({ tags = { css: minifyCss, html: minifyHtml } } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\b(css|html)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = tags[node.tag.name];
        if (!minify) return;
        const quasis = node.quasi.quasis;
        const raws = quasis.map((q) => code.slice(q.start, q.end));
        if (raws.some((raw) => raw.includes(MARK))) return;
        const minified = minify(raws.join(MARK)).split(MARK);
        if (minified.length !== raws.length) return; // never risk moving a binding
        quasis.forEach((q, index) => edits.push({ start: q.start, end: q.end, text: minified[index] }));
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let result = code;
      for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      return { code: result, map: null };
    },
  };
}
