"""The finders of editors' slips: what they must recognise, and what they must leave alone."""
from __future__ import annotations

import pytest

from generator.load.slips import indentation, merged_blocks
from generator.load.yaml_source import read_yaml
from generator.model.dates_written import iso_form


@pytest.mark.parametrize("written, meant", [
    ("01/04/2022", "2022-04-01"), ("1/4/22", "2022-04-01"), ("1 April 2022", "2022-04-01"),
    ("1st April 2022", "2022-04-01"), ("April 1, 2022", "2022-04-01"), ("April 2022", "2022-04"),
    ("Sept 2022", "2022-09"), ("2022/04/01", "2022-04-01"), ("04/2022", "2022-04"),
    ("2022\u201304\u201301", "2022-04-01"), ("1.4.2022", "2022-04-01"),
    ("Apr-22", "2022-04"), ("1-Apr-22", "2022-04-01"), ("01-Apr-2022", "2022-04-01"), ("April-2022", "2022-04"),
])
def test_dates_in_other_forms_are_read_day_first(written, meant):
    assert iso_form(written) == meant


@pytest.mark.parametrize("written", ["04/20/2021", "31/02/2022", "next Tuesday", "Spring 2022", "2022-04-01T10:00", "Spring-22", "31-Feb-22"])
def test_a_date_that_cannot_be_read_gets_no_guess(written):
    assert iso_form(written) is None


def test_going_back_to_an_outer_block_is_not_a_slip():
    lines = ["inspection:", "  visit_start: 2020-02-03", "statuses:", "  - id: done"]
    assert indentation(lines, [2, 1], after_value=True) is None


def test_a_field_given_twice_in_a_row_is_a_duplicate_not_an_indent():
    lines = ["actions:", "  A1.1:", "    status: green", "    status: red"]
    assert merged_blocks(lines, 2, 3) is None


def test_an_action_indented_into_the_one_before_is_named_by_its_line():
    lines = ["actions:", "  A1.1:", "    status: green", "    A1.2:", "    status: amber"]
    slip = merged_blocks(lines, 2, 4)
    assert (slip.line, slip.code) == (4, "yaml-indent")
    assert "line it up with `A1.1:` on line 2" in slip.message


@pytest.mark.parametrize("text, cut", [
    ("note: Agreed at meeting #2 of the board\n", True),
    ("note: All done # thanks to the Forum.\n", True),
    ("note: All done  # reviewed by the lead\n", False),  # a comment, as developers write them
    ("colour: \"#00703c\"\n", False),
    ("# a comment line\nnote: Fine.\n", False),
    ("note: \"Agreed at meeting #2\"\n", False),
])
def test_a_hash_that_cuts_a_text_short_is_warned(tmp_path, text, cut):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    warnings = []
    _, problems = read_yaml(path, "x.yaml", warnings=warnings)
    assert not problems
    assert [w.code for w in warnings] == (["text-cut-by-comment"] if cut else [])
