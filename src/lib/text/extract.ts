/**
 * The reader-visible prose of an MDX lesson page as plain text, for training and testing the text
 * model on the lesson itself. Dropped: the frontmatter, import/export lines, code (fenced and inline),
 * maths source ($…$ and $$…$$), comments, MDX expressions {…} and JSX/HTML tags (the words between
 * tags stay). Markdown syntax is reduced to its words: heading marks, emphasis, list and quote
 * markers, table pipes, link targets and directive fences go. Each block (paragraph, heading, list
 * item, table row) becomes one line; runs of spaces become one space.
 */

const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** `source` with every balanced {…} MDX expression removed (braces inside it nest). */
function removeExpressions(source: string): string {
  let out = '';
  let depth = 0;
  for (const ch of source) {
    if (ch === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Markdown inline syntax reduced to its words: links to their text, emphasis marks and escapes dropped. */
function plainInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\\([\\`*_{}[\]()#+\-.!$<>|~])/g, '$1');
}

/** Tidies the holes left where maths was removed: no space before punctuation, no empty brackets, no doubled commas. */
function tidy(line: string): string {
  return line
    .replace(/[ \t]+/g, ' ')
    .replace(/\(\s*[,;]?\s*\)/g, '')
    .replace(/\[\s*\]/g, '')
    .replace(/ ([,.;:!?)])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:]([.!?])/g, '$1')
    .replace(/\(\s*[,;:]?\s+/g, '(')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The plain text of an MDX page (see the file comment); "" when nothing visible is left. */
export function extractPlainText(source: string): string {
  let text = source.replace(/\r\n?/g, '\n');
  text = text.replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '');
  text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
  text = text.replace(/<!--[\s\S]*?-->/g, '');
  text = text.replace(/^(?:import|export)\s[\s\S]*?(?:;[ \t]*$|(?=\n\s*\n))/gm, '');
  text = text.replace(/\$\$[\s\S]*?\$\$/g, '');
  text = text.replace(/(?<!\\)\$(?:\\.|[^$\\])+?\$/g, '');
  text = text.replace(/`[^`\n]*`/g, '');
  text = removeExpressions(text);
  // Inline elements sit inside a sentence; any other tag (a component, <details>, <p>) ends a block.
  text = text.replace(/<\/?([A-Za-z][\w.-]*)[^<>]*>/g, (_, name: string) => (INLINE_TAGS.has(name.toLowerCase()) ? ' ' : '\n\n'));

  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const joined = tidy(plainInline(paragraph.join(' ')));
    if (joined) blocks.push(joined);
    paragraph = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || /^(?:-{3,}|\*{3,}|_{3,})$/.test(line) || /^\|?[\s:|-]+\|[\s:|-]*$/.test(line)) {
      flush();
      continue;
    }
    const directive = /^:::\s*\w*(?:\[(.*)\])?.*$/.exec(line);
    if (directive) {
      flush();
      if (directive[1]) blocks.push(tidy(plainInline(directive[1])));
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    const item = /^(?:>\s*)*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading || item) {
      flush();
      paragraph.push((heading ?? item)?.[1] ?? '');
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      paragraph.push(line.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()).filter(Boolean).join(' '));
      flush();
      continue;
    }
    paragraph.push(line.replace(/^(?:>\s?)+/, ''));
  }
  flush();
  return blocks.join('\n');
}
