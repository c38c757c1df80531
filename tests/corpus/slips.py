"""Editors' slips: what council comms officers, who are not developers, really do to the
files of the small project in tests/conftest.py. slips_expected.txt holds the exact
messages `check` must give for each (errors, then warnings); each names the file and
line and says what to write.

Run `PYTHONPATH=tests python tests/corpus/slips.py > tests/corpus/slips_expected.txt` to
write what the checker says now (review the difference before committing it).
"""
from __future__ import annotations

from dataclasses import dataclass

from conftest import ENGAGEMENT, MEASURES, PLAN, SITE, UPDATE

U = "plans/wsoa/updates/2021-04.yaml"
P = "plans/wsoa/plan.yaml"
S = "plans/site.yaml"
F = "plans/feedback/survey.yaml"
CSV = "plans/measures/ehcp-20-weeks.csv"
NOTE = "note: The draft is written."
NBSP = "\u00a0"


@dataclass(frozen=True)
class Slip:
    name: str
    did: str  # what the editor did, in their words
    files: dict[str, str | None]


SLIPS: list[Slip] = []


def slip(name: str, did: str, files: dict[str, str | None]) -> None:
    """A slip; its exact messages are in slips_expected.txt, under `## name`."""
    SLIPS.append(Slip(name, did, files))


def update(old: str, new: str) -> dict[str, str]:
    assert old in UPDATE, old
    return {U: UPDATE.replace(old, new, 1)}


def plan(old: str, new: str) -> dict[str, str]:
    assert old in PLAN, old
    return {P: PLAN.replace(old, new, 1)}


# --- Indenting -----------------------------------------------------------------------
slip("note-indented-3", "typed 3 spaces before note: instead of 4",
     update("    note: The draft", "   note: The draft"))
slip("note-indented-6", "typed 6 spaces before note:",
     update("    note: The draft", "      note: The draft"))
slip("status-at-action-indent", "wrote status: in line with the action id above it",
     update("    status: amber", "  status: amber"))
slip("action-id-indented-4", "indented an action id like the fields of the action before it",
     update("  A1.2:", "    A1.2:"))
slip("action-id-at-edge", "wrote an action id at the start of the line",
     update("  A1.2:", "A1.2:"))
slip("action-id-indented-3", "typed 3 spaces before an action id",
     update("  A1.2:", "   A1.2:"))
slip("plan-title-indented-9", "typed one space too many before an action's title",
     plan("        title: Agree", "         title: Agree"))
slip("plan-action-at-edge", "wrote a new action's '- id:' at the start of the line",
     plan("      - id: A1.2", "- id: A1.2"))
slip("plan-lead-indented-5", "typed 5 spaces before a priority's lead",
     plan("    lead: Director", "     lead: Director"))
slip("tab-before-note", "pressed Tab to indent a note",
     update("    note: The draft", "\tnote: The draft"))
slip("no-break-spaces-indent", "pasted the indent from Word (non-breaking spaces)",
     update("    note: The draft", NBSP * 4 + "note: The draft"))
slip("no-break-space-after-colon", "pasted 'status: amber' from a web page",
     update("status: amber", "status:" + NBSP + "amber"))

# --- Colons, quotes and hashes ---------------------------------------------------------
slip("status-no-space", "wrote status:green with no space",
     update("status: green", "status:green"))
slip("note-no-space-last", "wrote note:Partners... with no space, on the last line",
     update("note: Partners are reading it.", "note:Partners"))
slip("title-no-space", "wrote title:Agree... with no space in the plan",
     plan("title: Agree the strategy with partners", "title:Agree"))
slip("quote-then-words", "started a note with a quotation, then more words",
     update(NOTE, 'note: "Brilliant" said one parent'))
slip("single-quote-then-words", "started a note with a quotation in single quotes",
     update(NOTE, "note: 'Brilliant' said one parent"))
slip("curly-quotes-with-colon", "pasted a note in curly quotes from Word, holding a colon",
     update(NOTE, "note: \u201cNext step: the board\u201d"))
slip("curly-single-quotes-with-colon", "pasted a note in curly single quotes, holding a colon",
     update(NOTE, "note: \u2018Next step: the board\u2019"))
slip("colon-in-note", "wrote a note with a colon in it, no quotes",
     update(NOTE, "note: Next step: the board"))
slip("note-as-bullet", "began a note with a dash, as a bullet point in Word",
     update(NOTE, "note: - first step done"))
slip("colon-in-title", "wrote a plan title with a colon in it",
     plan("title: Joint commissioning", "title: Priority 1: Joint commissioning"))
slip("unclosed-quote", "forgot the closing quotation mark",
     update(NOTE, 'note: "The draft is written.'))
slip("hash-number-in-note", "wrote 'meeting #2' in a note",
     update(NOTE, "note: Agreed at meeting #2 of the board"))
slip("hash-tag-in-note", "wrote a hashtag in a note",
     update("note: Partners are reading it.", "note: Partners are reading it #teamwork"))
slip("hash-sentence-in-title", "wrote ' # ' between two sentences of a title",
     plan("title: Write a joint strategy", "title: Write a joint strategy # with parents."))
slip("hash-in-feedback", "wrote 'question #3' in what families said",
     {F: ENGAGEMENT.replace("Letters were hard to follow.", "Letters were hard to follow, see question #3")})
slip("no-field-name", "deleted the field name but left the colon",
     update("label: April", ": April"))

# --- Dates in other forms ---------------------------------------------------------------
slip("date-uk-slashes", "wrote the meeting date as on a council letter",
     update("date: 2021-04-20", "date: 20/04/2021"))
slip("date-short-year", "wrote the date with a two-digit year",
     update("date: 2021-04-20", "date: 20/4/21"))
slip("date-in-words", "wrote the date in words",
     update("date: 2021-04-20", "date: 20 April 2021"))
slip("date-ordinal-in-words", "wrote the date as '20th April 2021'",
     update("date: 2021-04-20", "date: 20th April 2021"))
slip("date-year-first-slashes", "wrote the date with slashes, year first",
     update("date: 2021-04-20", "date: 2021/04/20"))
slip("date-dots", "wrote the date with dots",
     update("date: 2021-04-20", "date: 20.04.2021"))
slip("due-month-in-words", "wrote a due month in words",
     plan("due: 2021-03", "due: March 2021"))
slip("due-month-short", "wrote a due month as 'Mar 2021'",
     plan("due: 2021-03", "due: Mar 2021"))
slip("due-long-dash", "pasted a due date with Word's long dashes",
     plan("due: 2021-06-30", "due: 2021\u201306\u201330"))
slip("agreed-on-uk", "wrote when the update was agreed as on a letter",
     update("state: published\n", "state: published\nagreed_by: The board\nagreed_on: 01/04/2021\n"))
slip("due-day-of-month", "wrote a due date as in a sentence",
     plan("due: 2021-03", "due: 31st of March 2021"))
slip("measure-date-reformatted", "opened the figures in Excel, which rewrote the dates",
     {CSV: "date,value,England\n01/03/2021,55,60\n"})
slip("measure-month-excel", "let Excel show a month of figures its own way",
     {CSV: "date,value,England\nMar-21,55,60\n"})
slip("measure-day-excel", "let Excel show a day of figures its own way",
     {CSV: "date,value,England\n31-Mar-21,55,60\n"})
slip("measure-csv-semicolons", "saved the figures from Excel with settings that put ; between cells",
     {CSV: "date;value;England\n2021-03;55;60\n"})
slip("measure-csv-tabs", "copied the figures out of Excel as tab-separated text",
     {CSV: "date\tvalue\tEngland\n2021-03\t55\t60\n"})

# --- Words and references ------------------------------------------------------------------
slip("status-capitalised", "wrote the status with a capital letter",
     update("status: green", "status: Green"))
slip("status-in-capitals", "wrote the status in capitals",
     update("status: amber", "status: AMBER"))
slip("action-removed-from-plan", "took an action out of the plan, not out of the update",
     {P: PLAN.split("      - id: A1.2")[0]})
slip("action-id-typo", "mistyped an action id in the update",
     update("  A1.2:", "  A1.3:"))
slip("due-short-year", "wrote a due date with a two-digit year, day first",
     plan("due: 2021-06-30", "due: 30/6/21"))
slip("measures-as-one-line", "wrote the list of measures on one line, without brackets",
     plan("measures: [ehcp-20-weeks]", "measures: ehcp-20-weeks"))

# --- Copying the last update ---------------------------------------------------------------
JULY = "plans/wsoa/updates/2021-07.yaml"
slip("copy-kept-date", "copied April's update for July and left its date",
     {JULY: UPDATE.replace("April", "July").replace("The draft is written.", "It is agreed.")
      .replace("Partners are reading it.", "Partners agreed it.")})
slip("copy-kept-agreed-on", "copied April's update for July and left who agreed it and when",
     {U: UPDATE + "agreed_by: The board\nagreed_on: 2021-04-27\n",
      JULY: UPDATE.replace("2021-04-20", "2021-07-13").replace("April", "July")
      .replace("The draft is written.", "It is agreed.").replace("Partners are reading it.", "Partners agreed it.")
      + "agreed_by: The board\nagreed_on: 2021-04-27\n"})
slip("copy-kept-note", "copied April's update for July and left a note as it was",
     {JULY: UPDATE.replace("2021-04-20", "2021-07-13").replace("April", "July")
      .replace("The draft is written.", "It is agreed.")})

# --- Files -----------------------------------------------------------------------------------
slip("update-saved-as-yml", "saved the update as .yml",
     {U: None, "plans/wsoa/updates/2021-04.yml": UPDATE})
slip("update-saved-as-txt", "saved the update from Notepad as .txt",
     {U: None, "plans/wsoa/updates/2021-04.txt": UPDATE})
slip("plan-saved-as-yaml-txt", "saved the plan as plan.yaml.txt (the ending was hidden)",
     {P: None, "plans/wsoa/plan.yaml.txt": PLAN})
slip("site-missing", "deleted site.yaml", {S: None})
slip("feedback-without-plan-with-two-plans", "added a second plan; the feedback does not say which",
     {"plans/other/plan.yaml": PLAN})


if __name__ == "__main__":  # print what the checker says for every slip
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from test_slips import messages
    for s in SLIPS:
        print(f"## {s.name}")
        print(f"# {s.did}")
        print("\n".join(messages(s)))
