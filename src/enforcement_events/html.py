"""HTML to text with the standard library: scripts, styles and navigation dropped,
paragraphs kept as blank-line separated blocks. Evidence offsets refer to the result."""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser

__all__ = ["looks_like_html", "to_text"]

_SKIP = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "noscript",
    "template",
    "svg",
    "form",
    "aside",
    "head",
    "iframe",
    "button",
    "select",
}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "hr",
    "figcaption",
}
_TAG = re.compile(r"<\s*/?\s*(html|body|p|div|br|span|a|h[1-6]|li|table|script)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` has enough tags to be markup rather than prose."""
    return len(_TAG.findall(text[:20_000])) >= 3


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def to_text(markup: str) -> str:
    """Return the readable text of ``markup``, one paragraph per block."""
    parser = _Collector()
    parser.feed(markup)
    parser.close()
    raw = _html.unescape("".join(parser.parts))
    blocks = [
        re.sub(r"[ \t\r\f\v\u00a0]+", " ", b.replace("\n", " ")).strip()
        for b in re.split(r"\n\s*\n", raw)
    ]
    return "\n\n".join(b for b in blocks if b)
