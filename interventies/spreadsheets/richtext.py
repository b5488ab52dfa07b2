"""Rich text <-> spreadsheet text, for the intervention export and import.

A spreadsheet cell holds plain text, so the export writes the structure of a rich-text field
in a small, readable notation that the import turns back into the same HTML:

    Een alinea met **vet**, *cursief* en een [link](https://example.org).

    - een opsommingsteken per regel
    - nog een punt

    1. een genummerde lijst
    2. tweede stap

    ## Tussenkop

An empty line separates paragraphs, lists and headings; a single newline inside a paragraph is
a line break. Links to pages or documents of this site keep only their text (their address
depends on the site). HTML typed into a cell is escaped, never interpreted.

The export writes *plain text* (`html_to_plain`, `stream_to_plain`): the same paragraphs and
lists, but no `**`, `*` or `##`, and a link as "tekst (https://...)". The import still reads
the notation above. So that an export can go back without losing emphasis, links or headings,
the import first puts the notation back (`restore_notation`): every paragraph, list item or
heading of a cell that reads exactly like the plain text of the stored field gets its stored
notation back; only what the editor typed anew is read as notation. An unchanged cell is then
"ongewijzigd", and an edited cell keeps the bold, links and headings of what was not touched.
"""

import re
from html import escape
from html.parser import HTMLParser

BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
HEADING_LEVELS = {"h2": 2, "h3": 3, "h4": 4}
LIST_TAGS = {"ul", "ol"}
INLINE_MARKERS = {"b": "**", "strong": "**", "i": "*", "em": "*"}
LINK_SCHEMES = ("https://", "http://", "mailto:", "/")

BULLET_LINE = re.compile(r"^[-•*]\s+(.*)$")
NUMBERED_LINE = re.compile(r"^\d{1,3}[.)]\s+(.*)$")
HEADING_LINE = re.compile(r"^(#{2,4})\s+(.*)$")
LINK = re.compile(r"\[([^\]\n]+)\]\(((?:https?://|mailto:|/)[^\s()]*)\)")
BOLD = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")
ITALIC = re.compile(r"(?<![*\w])\*(\S(?:.*?\S)?)\*(?![*\w])")
WHITESPACE = re.compile(r"\s+")


def normalise_newlines(value):
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n")


def normalise_text(value):
    """The canonical form of a cell: newlines as \\n, no trailing spaces, at most one empty line."""
    lines = [line.rstrip() for line in normalise_newlines(value).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------------- HTML -> text


class _TextWriter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.inline = [[]]  # a stack of text buffers: one per open inline element
        self.markers = []  # (tag, marker or href) per open inline element
        self.lists = []  # [(tag, counter, lines)]
        self.heading = None
        self.in_item = False

    # -- helpers

    def _text(self):
        return "".join(self.inline[0])

    def _flush(self):
        """End the current paragraph (or list item) and start a new one."""
        while len(self.inline) > 1:  # unclosed inline elements: keep their text
            self._close_inline(self.markers[-1][0])
        text = "\n".join(WHITESPACE.sub(" ", line).strip() for line in self._text().split("\n"))
        text = text.strip()
        self.inline = [[]]
        if not text:
            return
        if self.lists and self.in_item:
            tag, counter, lines = self.lists[-1]
            prefix = f"{counter}. " if tag == "ol" else "- "
            lines.append(prefix + text.replace("\n", " "))
            return
        if self.heading:
            text = "#" * HEADING_LEVELS[self.heading] + " " + text.replace("\n", " ")
        self.blocks.append(text)

    def _close_inline(self, tag):
        if not self.markers:
            return
        open_tag, extra = self.markers.pop()
        content = "".join(self.inline.pop())
        core = content.strip()
        if not core:
            self.inline[-1].append(content)
            return
        lead = content[: len(content) - len(content.lstrip())]
        trail = content[len(content.rstrip()) :]
        if open_tag == "a":
            core = f"[{core}]({extra})" if extra else core
        else:
            core = f"{extra}{core}{extra}"
        self.inline[-1].append(f"{lead}{core}{trail}")

    # -- parser callbacks

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.inline[-1].append("\n")
        elif tag in LIST_TAGS:
            self._flush()
            self.lists.append((tag, 0, []))
            self.in_item = False
        elif tag == "li":
            self._flush()
            if self.lists:
                list_tag, counter, lines = self.lists[-1]
                self.lists[-1] = (list_tag, counter + 1, lines)
            self.in_item = True
        elif tag in BLOCK_TAGS:
            self._flush()
            self.heading = tag if tag in HEADING_LEVELS else None
        elif tag in INLINE_MARKERS:
            self.markers.append((tag, INLINE_MARKERS[tag]))
            self.inline.append([])
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            usable = href.startswith(LINK_SCHEMES) and not re.search(r"[\s()]", href)
            self.markers.append(("a", href if usable else ""))
            self.inline.append([])

    def handle_endtag(self, tag):
        if tag in INLINE_MARKERS or tag == "a":
            if self.markers and self.markers[-1][0] == tag:
                self._close_inline(tag)
        elif tag == "li":
            self._flush()
            self.in_item = False
        elif tag in LIST_TAGS:
            self._flush()
            if self.lists:
                _tag, _counter, lines = self.lists.pop()
                if self.lists:  # a nested list: its items join the outer list
                    self.lists[-1][2].extend("  " + line for line in lines)
                    self.in_item = True
                elif lines:
                    self.blocks.append("\n".join(lines))
        elif tag in BLOCK_TAGS:
            self._flush()
            self.heading = None

    def handle_data(self, data):
        self.inline[-1].append(data)

    def close(self):
        super().close()
        self._flush()
        while self.lists:
            self.handle_endtag(self.lists[-1][0])
        return "\n\n".join(self.blocks)


def html_to_text(value):
    """Rich-text HTML (Wagtail's stored format or rendered HTML) as spreadsheet text."""
    writer = _TextWriter()
    writer.feed(str(value or ""))
    return normalise_text(writer.close())


def stream_to_text(stream):
    """A StreamField as spreadsheet text: text blocks with their structure, other blocks
    (quotes, accordions, video transcripts) as their searchable text."""
    parts = []
    for block in stream or []:
        if block.block_type == "paragraph":
            parts.append(html_to_text(block.value.source))
        elif block.block_type == "heading":
            level = HEADING_LEVELS.get(block.value.get("level"), 2)
            parts.append("#" * level + " " + str(block.value.get("text", "")).strip())
        else:
            content = block.block.get_searchable_content(block.value)
            parts.append(html_to_text("<p>" + " ".join(str(c) for c in content if c) + "</p>"))
    return normalise_text("\n\n".join(part for part in parts if part))


TEXT_BLOCK_TYPES = {"paragraph", "heading"}


def stream_has_other_blocks(stream):
    """True when a StreamField holds blocks a spreadsheet cell cannot describe (images...)."""
    return any(block.block_type not in TEXT_BLOCK_TYPES for block in stream or [])


# ---------------------------------------------------------------------- plain text


def _plain_link(match):
    text, href = match.group(1), match.group(2)
    if href.startswith("/"):
        from django.conf import settings

        href = settings.SITE_URL.rstrip("/") + href
    address = href.removeprefix("mailto:")
    return text if text.strip() in (href, address) else f"{text} ({address})"


def notation_to_plain(value):
    """The notation without markup: headings as their text, `**vet**` and `*cursief*` as
    their words, a link as "tekst (adres)". Paragraphs and list items stay as they are."""
    lines = []
    for line in normalise_newlines(value).split("\n"):
        heading = HEADING_LINE.match(line.strip())
        if heading:
            line = heading.group(2).strip()
        line = LINK.sub(_plain_link, line)
        line = BOLD.sub(r"\1", line)
        lines.append(ITALIC.sub(r"\1", line))
    return "\n".join(lines)


def html_to_plain(value):
    """Rich-text HTML as readable plain text for an export cell."""
    return notation_to_plain(html_to_text(value))


def stream_to_plain(stream):
    """A StreamField as readable plain text for an export cell."""
    return notation_to_plain(stream_to_text(stream))


def _blocks(text):
    return [block for block in re.split(r"\n\s*\n", normalise_text(text)) if block]


def restore_notation(value, stored):
    """`value` (a cell: plain text or notation) with the stored notation put back wherever a
    block or line reads exactly as the plain text of `stored` (the field's current notation)."""
    value = normalise_text(value)
    if not stored or value == stored:
        return value
    known_blocks, known_lines = {}, {}
    for block in _blocks(stored):
        known_blocks.setdefault(notation_to_plain(block), block)
        for line in block.split("\n"):
            known_lines.setdefault(notation_to_plain(line), line)
    restored = []
    for block in _blocks(value):
        if block in known_blocks:
            restored.append(known_blocks[block])
        else:
            restored.append("\n".join(known_lines.get(line, line) for line in block.split("\n")))
    return "\n\n".join(restored)


# ---------------------------------------------------------------------- text -> HTML


def _inline(text):
    html = escape(text, quote=False)
    html = LINK.sub(
        lambda m: '<a href="{}">{}</a>'.format(m.group(2).replace('"', "&quot;"), m.group(1)), html
    )
    html = BOLD.sub(r"<b>\1</b>", html)
    return ITALIC.sub(r"<i>\1</i>", html)


def text_to_html(value):
    """Spreadsheet text to rich-text HTML: paragraphs, line breaks, lists, headings, bold,
    italic and links (see the module docstring). Everything else is escaped."""
    return "".join(_block_to_html(block) for block in re.split(r"\n\s*\n", normalise_text(value)))


def _block_to_html(block):
    """One block (text between empty lines): headings, list items and paragraph lines."""
    html, paragraph, items = [], [], []
    list_tag = None

    def close():
        if paragraph:
            html.append("<p>" + "<br>".join(_inline(line) for line in paragraph) + "</p>")
            paragraph.clear()
        if items:
            html.append(
                f"<{list_tag}>"
                + "".join(f"<li>{_inline(i)}</li>" for i in items)
                + f"</{list_tag}>"
            )
            items.clear()

    for raw in block.split("\n"):
        line = raw.strip()
        if not line:
            continue
        heading = HEADING_LINE.match(line)
        item = BULLET_LINE.match(line) or NUMBERED_LINE.match(line)
        if heading:
            close()
            level = len(heading.group(1))
            html.append(f"<h{level}>{_inline(heading.group(2).strip())}</h{level}>")
        elif item:
            tag = "ul" if BULLET_LINE.match(line) else "ol"
            if paragraph or tag != list_tag:
                close()
            list_tag = tag
            items.append(item.group(1).strip())
        else:
            if items:
                close()
            paragraph.append(line)
    close()
    return "".join(html)
