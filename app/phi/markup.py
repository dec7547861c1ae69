"""Read HTML-like review text as plain text while keeping raw offsets.

Some platforms deliver reviews with tags and entities (`<br>`, `<b>`, `&#39;`,
`&quot;`, `&hellip;`). Tokenizing them raw glues words to markup ("molar&hellip;",
"Dante&#39;s"), which hides names, ages and health terms. `normalize` returns the
text with entities decoded and tags removed (block tags become a newline) plus a
map from every plain-text character back to its raw span, so findings are
reported in the raw offsets the labelling rules use.
"""

from __future__ import annotations

import html
import re

_MARKUP = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)[^<>]{0,200}>|&(?:#\d{1,6}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")
_BLOCK_TAGS = {"br", "p", "div", "li", "ul", "ol", "tr", "td", "h1", "h2", "h3", "h4", "blockquote", "hr"}


class Plain:
    """Plain text plus the raw [start, end) of each of its characters."""

    __slots__ = ("text", "_starts", "_ends")

    def __init__(self, text: str, starts: list[int], ends: list[int]) -> None:
        self.text = text
        self._starts = starts
        self._ends = ends

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self._starts[start] if start < len(self._starts) else self._ends[-1], self._starts[start] if start < len(self._starts) else self._ends[-1]
        return self._starts[start], self._ends[end - 1]


def normalize(text: str) -> Plain | None:
    """None when the text has no markup (the common case: scan the raw text)."""
    if "<" not in text and "&" not in text:
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    changed = False
    for m in _MARKUP.finditer(text):
        for k in range(pos, m.start()):
            out.append(text[k])
            starts.append(k)
            ends.append(k + 1)
        raw = m.group()
        if raw.startswith("&"):
            rep = html.unescape(raw)
            if rep == raw:
                rep = raw  # unknown entity: keep it as it is
            rep = rep.replace("\u00a0", " ")
        else:
            rep = "\n" if m.group(2).lower() in _BLOCK_TAGS else ""
        changed = True
        for ch in rep:
            out.append(ch)
            starts.append(m.start())
            ends.append(m.end())
        pos = m.end()
    if not changed:
        return None
    for k in range(pos, len(text)):
        out.append(text[k])
        starts.append(k)
        ends.append(k + 1)
    return Plain("".join(out), starts, ends)
