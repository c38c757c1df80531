"""Read built pages the way a browser would see their text and markup."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    text: str = ""
    children_tags: list[str] = field(default_factory=list)


class Page(HTMLParser):
    """Collects every element (with its text) and the page's visible text."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr", "path", "use", "circle", "rect"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.visible: list[str] = []
        # A glossary mark (<abbr>) is inline: its text runs on into the words that touch
        # it ("now under way, up"), as a browser shows it, where other elements are spaced.
        self._glue = self._after_data = False
        self.feed(html)

    def _tag(self, tag: str) -> None:
        self._glue, self._after_data = tag == "abbr" and self._after_data, False

    def handle_starttag(self, tag, attrs):
        self._tag(tag)
        el = Element(tag, dict(attrs))
        self.elements.append(el)
        for parent in self._open:
            parent.children_tags.append(tag)
        if tag not in self.VOID:
            self._open.append(el)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag)
        self.elements.append(Element(tag, dict(attrs)))
        for parent in self._open:
            parent.children_tags.append(tag)

    def handle_endtag(self, tag):
        self._tag(tag)
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i:]
                break

    def handle_data(self, data):
        for el in self._open:
            el.text += data
        if not any(el.tag in ("script", "style") for el in self._open):
            if self._glue and self.visible:
                self.visible[-1] += data
            else:
                self.visible.append(data)
        self._glue, self._after_data = False, True

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.visible).split())

    def with_class(self, name: str) -> list[Element]:
        return [e for e in self.elements if name in (e.attrs.get("class") or "").split()]


def pages(site: Path) -> dict[str, Page]:
    return {p.relative_to(site).as_posix(): Page(p.read_text(encoding="utf-8"))
            for p in sorted(site.rglob("*.html"))}
