"""A Python-Markdown extension that labels every table cell with its column
heading (`data-label`), so that the stylesheet can show wide tables as one
block per row on a phone ("Lead: ...", "Due: ...") and they stay real tables."""
from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

# Tables with at least this many columns stack on narrow screens (at 320 px even
# three columns of notes and badges would scroll sideways).
WIDE = 3


class _LabelCells(Treeprocessor):
    def run(self, root: Element) -> None:
        for table in root.iter("table"):
            heads = ["".join(th.itertext()).strip() for th in table.iter("th")]
            if len(heads) < WIDE:
                continue
            # Material styles only tables without a class: mark with an attribute.
            table.set("data-stacked", "")
            for body in table.iter("tbody"):
                for row in body.iter("tr"):
                    for td, head in zip(row.findall("td"), heads):
                        td.set("data-label", head)


class StackedTables(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - the Markdown API's name
        # After inline parsing (priority 20), so headings are plain text.
        md.treeprocessors.register(_LabelCells(md), "stacked_tables", 15)
