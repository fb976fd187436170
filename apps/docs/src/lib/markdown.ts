/**
 * A small markdown subset as HTML, for changelogs and changesets: headings, bullet lists, paragraphs,
 * `code`, **bold** and [links](url). Everything is escaped first; nothing from the text becomes markup
 * except these constructs.
 */
import { esc } from './html.ts';

const inline = (s: string): string =>
  esc(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" rel="external">$1</a>');

/**
 * @param md - the markdown text
 * @param headingOffset - added to heading levels (a changelog's `#` becomes h2 with offset 1)
 */
export function markdownHtml(md: string, headingOffset = 1): string {
  const out: string[] = [];
  let para: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
    if (list.length) out.push(`<ul>${list.map((l) => `<li>${inline(l)}</li>`).join('')}</ul>`);
    para = [];
    list = [];
  };
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    const li = /^\s*[-*]\s+(.*)$/.exec(line);
    if (h) {
      flush();
      const n = Math.min(6, h[1]!.length + headingOffset);
      out.push(`<h${n}>${inline(h[2]!)}</h${n}>`);
    } else if (li) {
      if (para.length) flush();
      list.push(li[1]!);
    } else if (!line.trim()) flush();
    else if (list.length && /^\s+/.test(raw)) list[list.length - 1] += ` ${line.trim()}`;
    else {
      if (list.length) flush();
      para.push(line.trim());
    }
  }
  flush();
  return out.join('');
}
