"""How cells are read: dates as trackers write them, and lists in one cell."""
import datetime as dt

import pytest

from generator.spreadsheet.mapping import DEFAULT_DATE_FORMATS
from generator.spreadsheet.values import Unreadable, items, when


@pytest.mark.parametrize("written, iso", [
    ("31/03/2021", "2021-03-31"), ("31/03/21", "2021-03-31"), (" 1/4/2021 ", "2021-04-01"),
    ("30 June 2021", "2021-06-30"), (dt.datetime(2021, 3, 31), "2021-03-31"), (dt.date(2021, 3, 31), "2021-03-31"),
    ("March 2021", "2021-03"), ("Mar 21", "2021-03"), ("Sept 21", "2021-09"), ("sept 2021", "2021-09"),
    ("Mar-21", "2021-03"), ("2021-03", "2021-03"), ("2021-03-31", "2021-03-31"),
])
def test_dates_by_default(written, iso):
    assert when(written, DEFAULT_DATE_FORMATS).iso == iso


@pytest.mark.parametrize("written, reason", [
    ("31/09/2021", "'31/09/2021' is not a real date: that day is not in the calendar"),
    ("03/31/2021", "'03/31/2021' has the month first: UK dates put the day first, 31/03/2021"),
    ("TBC", "'TBC' is not a date in a form the mapping knows: write a day as 31/03/2021 or a month as March 2021"),
    ("", "'' is not a date in a form the mapping knows: write a day as 31/03/2021 or a month as March 2021"),
])
def test_dates_that_cannot_be_read_say_why(written, reason):
    with pytest.raises(Unreadable) as e:
        when(written, DEFAULT_DATE_FORMATS)
    assert str(e.value) == reason


def test_a_mapping_can_give_its_own_formats():
    assert when("2021.03.31", ["%Y.%m.%d"]).iso == "2021-03-31"
    with pytest.raises(Unreadable, match="write a day as 2021.03.31$"):
        when("31/03/2021", ["%Y.%m.%d"])


@pytest.mark.parametrize("cell, expected", [
    ("• One\n• Two", ["One", "Two"]),
    ("- One\n  still one\n- Two", ["One\n  still one", "Two"]),
    ("One\nTwo\n\n", ["One", "Two"]),
    ("Just one", ["Just one"]),
    (None, []),
])
def test_list_cells(cell, expected):
    assert items(cell) == expected
