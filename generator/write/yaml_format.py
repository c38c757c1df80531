"""A model as YAML that reads like the hand-written files and diffs well in a
pull request: block style, fields in the model's order, one line per short value,
`|` blocks for text with line breaks, quotes only where YAML needs them, no anchors;
as in the example files, a blank line between actions (but not between the short
records of a plan's timeline) and short lists of ids on one line (`measures: [a, b]`).

Our loader reads every plain value as text (docs/input-format.md), so the dumper
only quotes what YAML itself would misread (a leading `-`, `: `, ` #`, `null`, ...),
not dates or numbers: `due: 2021-03` rather than `due: '2021-03'`.
"""
from __future__ import annotations

import yaml
from pydantic import BaseModel

from ..model import INPUT_FILES
from ..model.base import is_id
from ..model.schemas import modeline


# Lists of short records, written without blank lines between them, as in the example files.
COMPACT = {"timeline", "easy_read"}


class _Dumper(yaml.SafeDumper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._key: object = None  # the mapping key written last
        self._lists: list[object] = []  # the key of each block list being written

    def expect_block_mapping_key(self, first: bool = False) -> None:
        if isinstance(self.event, yaml.ScalarEvent):
            self._key = self.event.value
        super().expect_block_mapping_key(first)

    def expect_block_sequence(self) -> None:
        self._lists.append(self._key)
        super().expect_block_sequence()

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        # Lists indented under their key, as in the example files.
        return super().increase_indent(flow, False)

    def ignore_aliases(self, data) -> bool:
        return True

    def expect_block_sequence_item(self, first: bool = False) -> None:
        if not first and isinstance(self.event, yaml.SequenceEndEvent):
            self._lists.pop()
        elif not first and isinstance(self.event, yaml.MappingStartEvent) and self._lists[-1] not in COMPACT:
            # End the line, then a blank one between records, such as actions.
            self.write_line_break()
            self.write_line_break()
        super().expect_block_sequence_item(first)


# Only null needs protecting: every other plain value is read back as text.
_Dumper.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def _text(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    if "\n" in value.strip():
        # The trailing newline gives `|` rather than `|-`; the model strips it again.
        return dumper.represent_scalar("tag:yaml.org,2002:str", value.strip() + "\n", style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _list(dumper: _Dumper, value: list) -> yaml.SequenceNode:
    ids = bool(value) and all(is_id(v) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=ids)


def _number(dumper: _Dumper, value: int) -> yaml.ScalarNode:
    # Plain, as the example files write it (`share: 80`), not tagged '!!int', which our loader refuses.
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value))


_Dumper.add_representer(str, _text)
_Dumper.add_representer(int, _number)
_Dumper.add_representer(list, _list)


def to_yaml(model: BaseModel) -> str:
    """The model as a YAML document, leaving out fields that have their default value.
    An input file starts, as the example files do, with the line naming its schema."""
    data = model.model_dump(mode="json", exclude_defaults=True)
    first = modeline(type(model)) if type(model) in INPUT_FILES.values() else ""
    return first + yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                             default_flow_style=False, width=float("inf"))
