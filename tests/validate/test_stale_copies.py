"""An update made by copying the last one: its agreement, date or notes left as they
were, as `check` tells the editor."""
from click.testing import CliRunner

from conftest import PLAN, SITE, UPDATE
from generator.cli import main
from test_accessibility import STATEMENT

APRIL = "plans/wsoa/updates/2021-04.yaml"
JULY = "plans/wsoa/updates/2021-07.yaml"
SOME = PLAN.replace("priorities:\n", "updates_cover: some-actions\npriorities:\n", 1)
AGREED = "agreed_by: SEND Partnership Board\nagreed_on: 2021-04-27\n"


def check(make_project, monkeypatch, files: dict) -> tuple[int, list[str]]:
    root = make_project({"plans/site.yaml": SITE + STATEMENT, **files})
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["check"])
    return result.exit_code, result.output.splitlines()


def july(*, date: str = "2021-07-13", a1_1: str = "The strategy is agreed.", status: str = "blue",
         a1_2: str | None = "Partners have agreed it.") -> str:
    """A July update made from April's, with what its editor changed (and did not)."""
    text = UPDATE.replace("2021-04-20", date).replace("April", "July") \
                 .replace("status: green\n    note: The draft is written.", f"status: {status}\n    note: {a1_1}")
    return text.replace("note: Partners are reading it.", f"note: {a1_2}") if a1_2 else \
        text.replace("    note: Partners are reading it.\n", "")


def test_a_copy_that_keeps_the_last_agreement_is_an_error(make_project, monkeypatch):
    code, out = check(make_project, monkeypatch, {APRIL: UPDATE + AGREED, JULY: july() + AGREED})
    assert code == 1
    assert out[:-1] == [
        f"{JULY}:12:12: agreed_on: 2021-04-27 is before the update's date (13 July 2021): an update is "
        "agreed at or after its meeting. Was it copied from an earlier update? Give the date this one "
        "was agreed, or leave out 'agreed_by' and 'agreed_on' while it is a draft."]


def test_a_copy_that_keeps_the_last_date_is_one_error_saying_what_to_write(make_project, monkeypatch):
    # Not also "the date is not in 2021-07" nor "keep one" of two files for one meeting:
    # deleting either file would lose a meeting.
    code, out = check(make_project, monkeypatch, {JULY: july(date="2021-04-20")})
    assert code == 1
    assert out == [
        f"{JULY}:1:7: date: this update is dated 2021-04-20, the same date as {APRIL}, the update "
        "before it: was it copied from that one? Write the date of this meeting (in July 2021, as "
        "the file is named).",
        "1 error, 0 warnings"]


def test_an_update_dated_before_the_one_before_it_is_an_error(make_project, monkeypatch):
    code, out = check(make_project, monkeypatch, {JULY: july(date="2021-03-09")})
    assert code == 1
    assert out[0] == (f"{JULY}:1:7: date: this update is dated 2021-03-09, before 2021-04-20, the date "
                      f"of {APRIL}, the update before it: was it copied from that one? Write the date of "
                      "this meeting (in July 2021, as the file is named).")


def test_a_months_file_dated_after_a_day_of_that_month_is_named_wrongly(make_project, monkeypatch):
    day = "plans/wsoa/updates/2021-04-10.yaml"
    code, out = check(make_project, monkeypatch, {day: july(date="2021-04-10")})
    assert code == 1
    assert out[0] == (f"{day}:1:7: date: this update is dated 2021-04-10, before 2021-04-20, the date of "
                      f"{APRIL}, whose name puts it first: name that file 2021-04-20.yaml, after its day.")


def test_a_note_copied_from_the_update_before_is_a_warning_at_the_note(make_project, monkeypatch):
    # A1.2's status changed and its note did not: the note says what happened, and the
    # same words say nothing new.
    code, out = check(make_project, monkeypatch, {JULY: july(a1_2="Partners are reading it.")})
    assert code == 0
    assert out == [
        f"{JULY}:10:11: actions.A1.2.note: warning: same note as in the April 2021 monitoring meeting "
        "(2021-04.yaml): copied by mistake? Write what happened since, or leave the note out.",
        "No errors, 1 warning: 1 plan(s), 2 actions, 2 update(s)."]


def test_a_draft_is_compared_with_the_latest_update_before_it(make_project, monkeypatch):
    draft = july(a1_1="The draft is written.", status="green").replace("published", "draft")
    code, out = check(make_project, monkeypatch, {JULY: draft})
    assert out[0].startswith(f"{JULY}:7:11: actions.A1.1.note: warning: same note as in the April 2021")
    assert len(out) == 2


def test_a_note_left_out_or_rewritten_is_not_a_copy(make_project, monkeypatch):
    code, out = check(make_project, monkeypatch, {JULY: july(a1_2=None)})
    assert (code, out) == (0, ["All good: 1 plan(s), 2 actions, 2 update(s)."])


def test_under_some_actions_a_note_is_compared_with_the_last_one_written(make_project, monkeypatch):
    # May reports on A1.1 only; July copies A1.2's note from April, the last that gave one.
    may = "plans/wsoa/updates/2021-05.yaml"
    only_a1_1 = july(date="2021-05-18").replace("July", "May").split("  A1.2:")[0]
    code, out = check(make_project, monkeypatch, {"plans/wsoa/plan.yaml": SOME, may: only_a1_1,
                                                  JULY: july(a1_1="Schools have it.", a1_2="Partners are reading it.")})
    assert out[:-1] == [
        f"{JULY}:10:11: actions.A1.2.note: warning: same note as in the April 2021 monitoring meeting "
        "(2021-04.yaml): copied by mistake? Write what happened since, or leave the note out."]
