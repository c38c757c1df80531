"""What an editor most likely did, worked out from the lines around a mistake.

The parser says where it gave up ("mapping values are not allowed"), which is often
a line after the slip and never in the editor's words. Editors are not developers:
they indent a line by one space too few, paste spaces from Word that are not
spaces, write `status:green`, or copy curly quotes. Each finder here looks at the
text for one such slip and says it with the line to change and what to write; when
none fits, the parser's own words are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Spaces that look like spaces but are not to YAML (Word, Excel and web pages paste them).
ODD_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000"
CURLY = "\u201c\u201d\u2018\u2019\u201e\u201a"
_KEY = re.compile(r"^( *)(- +)?(\"[^\"]*\"|'[^']*'|[^\s\"'#:\-][^:#]*?|-[^\s:#][^:#]*?) *:(?= |$)")
_NO_SPACE = re.compile(r"^ *(?:- +)?([A-Za-z_][A-Za-z0-9_]*):([^\s/\\:]\S*)")
_ODD_AFTER_COLON = re.compile(rf"^ *(?:- +)?([A-Za-z_][A-Za-z0-9_]*):[{ODD_SPACES}]")


@dataclass(frozen=True)
class Slip:
    line: int  # 1-based: the line to change
    column: int
    message: str
    code: str


@dataclass(frozen=True)
class _Row:
    number: int  # 0-based
    lead: int  # spaces before the first character
    key: str  # the field name, without quotes
    key_col: int  # where the name starts (after a '- ')
    dash: bool


def _row(lines: list[str], i: int) -> _Row | None:
    m = _KEY.match(lines[i])
    if not m:
        return None
    return _Row(i, len(m[1]), m[3].strip("\"'"), m.start(3), bool(m[2]))


def shape(key: str) -> str:
    """Ids of one kind share a shape: 'A1.2' and 'A10.3' are both 'A9.9'."""
    return re.sub(r"\d+", "9", key)


def _label(row: _Row, lines: list[str]) -> str:
    """How a line is named in a message: `status:`, or `- id: A1.2` for a list item."""
    if row.dash:
        text = lines[row.number].strip()
        return text if len(text) <= 30 else text[:29] + "…"
    return f"{row.key}:"


def spaces(n: int) -> str:
    return "is not indented" if n == 0 else f"is indented {n} space{'s' if n != 1 else ''}"


def indentation(lines: list[str], rows: list[int], *, after_value: bool = False) -> Slip | None:
    """The first of `rows` out of line with its siblings: a field name (or id shape) written
    in the same block at another indent. With `after_value`, also a line indented unlike
    the field just above it (only where the parser gave up: a valid file may do that)."""
    parsed = [_row(lines, i) for i in range(len(lines))]
    candidates = [parsed[r] for r in rows if 0 <= r < len(parsed) and parsed[r] is not None]
    for row in candidates:
        others = [o for o in parsed if o is not None and o.number != row.number
                  and shape(o.key) == shape(row.key) and _same_block(parsed, row, o)]
        if others and row.key_col not in {o.key_col for o in others}:
            nearest = min(others, key=lambda o: abs(o.number - row.number))
            return _indent_slip(lines, parsed, row, row.lead + nearest.key_col - row.key_col, nearest)
    for row in candidates if after_value else ():
        above = next((p for p in reversed(parsed[:row.number]) if p is not None), None)
        if (above is not None and above.key_col != row.key_col and not _dedent(parsed, above, row)
                and lines[above.number].rstrip()[-1:] != ":"):
            return _indent_slip(lines, parsed, row, row.lead + above.key_col - row.key_col, above)
    return None


def _same_block(parsed: list[_Row | None], row: _Row, other: _Row) -> bool:
    """Whether `row` belongs beside `other`: under a parent of the same name (or id shape),
    with no line between them to the left of both."""
    low, high = sorted((row.number, other.number))
    edge = min(row.key_col, other.key_col)
    if any(p is not None and p.key_col < edge for p in parsed[low + 1:high]):
        return False
    mine, theirs = _parent(parsed, row.number, other.key_col), _parent(parsed, other.number, other.key_col)
    return mine is not None and theirs is not None and shape(mine.key) == shape(theirs.key)


def _dedent(parsed: list[_Row | None], above: _Row, row: _Row) -> bool:
    """Whether `row` goes back to the indent of a block that `above` is in (a new field there)."""
    at = above
    while at is not None and at.key_col > row.key_col:
        at = _parent(parsed, at.number, at.key_col)
    return at is not None and at.key_col == row.key_col


def _parent(parsed: list[_Row | None], number: int, col: int) -> _Row | None:
    return next((p for p in reversed(parsed[:number]) if p is not None and p.key_col < col), None)


def _indent_slip(lines, parsed, row: _Row, want: int, nearest: _Row) -> Slip:
    r = row.number
    parent = next((p for p in reversed(parsed[:r]) if p is not None and p.lead < want), None)
    start = parent.number + 1 if parent else 0
    block = [p for p in parsed[start:r] if p is not None and p.lead == want]
    after = []
    for p in parsed[r + 1:]:
        if p is None:
            continue
        if p.lead < want:
            break
        if p.lead == want:
            after.append(p)
    sibling = block[-1] if block else (after[0] if after else nearest)
    whose = f"the lines of `{_label(parent, lines)}` (line {parent.number + 1})" if parent else "the lines at the top"
    message = (f"line {r + 1} {spaces(row.lead)}; {whose} use {want}: line it up with "
               f"`{_label(sibling, lines)}` on line {sibling.number + 1}.")
    return Slip(r + 1, row.lead + 1, message, "yaml-indent")


def explain(lines: list[str], row: int, column: int, problem: str, context: str,
            context_row: int | None) -> Slip | None:
    """The slip behind a parse error at (row, column), both 0-based, or None."""
    near = [i for i in range(row, max(row - 4, -1), -1) if i < len(lines) and lines[i].strip()]
    for i, text in enumerate(lines):
        lead = text[: len(text) - len(text.lstrip(" \t" + ODD_SPACES))]
        if any(c in ODD_SPACES for c in lead):
            return Slip(i + 1, 1, f"line {i + 1} is indented with non-breaking spaces (they come with "
                        "text copied from Word or a web page), which YAML does not see as spaces: "
                        "delete them and type the indent again with the space bar.", "yaml-syntax")
    for i in near:
        lead = lines[i][: len(lines[i]) - len(lines[i].lstrip(" \t"))]
        if "\t" in lead:
            return Slip(i + 1, 1, f"line {i + 1} is indented with a tab, which YAML does not allow: "
                        "use spaces, like the lines around it.", "yaml-syntax")
    for i in near:
        m = _ODD_AFTER_COLON.match(lines[i])
        if m:
            return Slip(i + 1, m.end(1) + 1, f"the space after `{m[1]}:` on line {i + 1} is a "
                        f"non-breaking space (copied from Word or a web page): delete it and type "
                        "an ordinary space.", "yaml-syntax")
    for i in near:
        m = _KEY.match(lines[i])
        value = lines[i][m.end():].strip() if m else ""
        if value and value[0] in CURLY:
            return Slip(i + 1, m.end() + 2, f"the text after `{m[3]}:` on line {i + 1} is in curly "
                        "quotes (copied from Word?), which YAML does not read as quotes: use "
                        "straight quotes \" or a `|` block.", "yaml-syntax")
    keys = {r.key for r in (_row(lines, i) for i in range(len(lines))) if r is not None}
    for i in near:
        m = _NO_SPACE.match(lines[i])
        if m and (m[1] in keys or " " not in lines[i].strip()):
            fixed = lines[i].strip().replace(":", ": ", 1)
            return Slip(i + 1, m.end(1) + 1, f"`{m[1]}:{m[2]}` on line {i + 1} needs a space after the "
                        f"colon: write `{fixed[:30]}`.", "yaml-syntax")
    if "quoted scalar" in context and context_row is not None:
        text = lines[context_row]
        m = _KEY.match(text)
        start = m.end() if m else 0
        quote = next((c for c in text[start:] if c in "\"'"), '"')
        return Slip(context_row + 1, text.index(quote, start) + 1 if quote in text[start:] else 1,
                    f"the quote mark {quote} that opens on line {context_row + 1} is not closed: add "
                    f"a {quote} at the end of the text.", "yaml-syntax")
    if row < len(lines):
        m = _KEY.match(lines[row])
        value = lines[row][m.end():].strip() if m else ""
        if m and value and value[0] in "\"'" and "did not find expected key" in problem:
            return Slip(row + 1, m.end() + 2, f"the text after `{m[3]}:` on line {row + 1} starts with "
                        f"a quote mark, so YAML takes the text to end at the next {value[0]}: "
                        f"write `{m[3]}: |` and the text on the next line, indented 2 more spaces.",
                        "yaml-syntax")
        if lines[row].lstrip().startswith(":"):
            return Slip(row + 1, column + 1, f"line {row + 1} has no field name before its colon: "
                        "write the name, then ': ' and the value.", "yaml-syntax")
    if "sequence entries are not allowed" in problem and row < len(lines):
        m = _KEY.match(lines[row])
        value = lines[row][m.end():].strip() if m else ""
        if value.startswith("-"):  # a text begun like a bullet point
            return Slip(row + 1, m.end() + 2, f"the text after `{m[3]}:` on line {row + 1} starts with "
                        "'-', which YAML reads as the start of a list: put the whole text in quotes "
                        f"(`{m[3]}: \"{value if len(value) <= 30 else value[:27] + '...'}\"`) or use a `|` block.",
                        "yaml-syntax")
    if "mapping values are not allowed" in problem and row < len(lines):
        m = _KEY.match(lines[row])
        if m and column > m.end() - 1:
            return Slip(row + 1, column + 1, f"the text after `{m[3]}:` on line {row + 1} has a colon "
                        "followed by a space, which YAML reads as a new field: put the whole text in "
                        "quotes (\"...\") or use a `|` block.", "yaml-syntax")
    return indentation(lines, near, after_value=True)


def merged_blocks(lines: list[str], first: int, again: int) -> Slip | None:
    """A field given twice in one block (first and again, 0-based rows) because a line
    between them, meant to start a block of its own, is indented as their sibling."""
    return indentation(lines, list(range(again - 1, first, -1)))


_COMMENT = re.compile(r"[ \t]+(#(?:[^\s#].*|.*[.!?]))\s*$")
# A line where a plain text may go on after ' #': anything, spaces, then '#'.
MAY_CUT = re.compile(rb"[^\s\"'][ \t]+#")


def cut_by_comment(lines: list[str], key_row: int, end_row: int, end_col: int) -> Slip | None:
    """When a plain text ending at (end_row, end_col) is followed by ' #' and words that
    read as part of the text ('#2', '#proud', or a sentence ending with a full stop)
    rather than a comment, the warning that YAML drops them silently."""
    m = _COMMENT.match(lines[end_row][end_col:])
    key = _KEY.match(lines[key_row])
    if not m or not key:
        return None
    lost = m[1] if len(m[1]) <= 30 else m[1][:29] + "…"
    return Slip(end_row + 1, end_col + m.start(1) + 1,
                f"the text of `{key[3].strip()}:` stops at the '#' on line {end_row + 1}: YAML takes "
                f"'{lost}' as a comment and drops it. To keep it, put the whole text in quotes "
                "(\"...\") or use a `|` block.", "text-cut-by-comment")
