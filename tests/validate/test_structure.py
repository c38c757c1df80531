"""Workstreams, actions that also help other priorities, and enablers: each rule says
what to write, on the line to change."""
from conftest import PLAN, UPDATE, messages

P = "plans/wsoa/plan.yaml"

# P1 with two workstreams, and a second priority P2 with one action (A2.1).
WORKSTREAMS = """\
    workstreams:
      - id: W1
        title: A shared strategy
        lead: Head of Commissioning
      - id: W2
        title: Working with partners
        lead: not yet named
"""
P2 = """\
  - id: P2
    title: Plans on time
    inspectors_found: Plans are late.
    what_it_means: Families wait.
    lead: Head of SEN
    actions:
      - id: A2.1
        title: Hire more case officers
        lead: Head of SEN
        due: 2021-09
"""
UPDATE_P2 = UPDATE + "  A2.1:\n    status: green\n    note: Two officers started.\n"


def plan(a11: str = "", a12: str = "", a21: str = "", workstreams: str = WORKSTREAMS, tail: str = "") -> str:
    """The fixture plan with P2, and lines added to actions A1.1, A1.2 and A2.1."""
    text = PLAN.replace("    actions:\n", workstreams + "    actions:\n", 1)
    text = text.replace("        due: 2021-03\n", "        due: 2021-03\n" + a11)
    text = text.replace("        due: 2021-06-30\n", "        due: 2021-06-30\n" + a12)
    return text + P2 + a21 + tail


def files(**kwargs) -> dict:
    return {P: plan(**kwargs), "plans/wsoa/updates/2021-04.yaml": UPDATE_P2}


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


ENABLERS = """\
enablers:
  - id: data
    title: Shared data
    summary: Education, health and care share what they know.
  - id: staff
    title: Enough staff
"""


def test_a_plan_with_workstreams_also_supports_and_enablers_is_valid(problems):
    assert problems(files(a11="        workstream: W1\n        enablers: [data]\n",
                          a12="        workstream: W2\n        also_supports: [P2]\n",
                          a21="        also_supports: [P1]\n        enablers: [data, staff]\n",
                          tail=ENABLERS)) == []


def test_a_workstream_unknown_to_the_priority_is_named_with_its_workstreams(problems, make_project):
    given = files(a11="        workstream: W3\n")
    assert problems(given) == [("unknown-reference", P, line_of(given[P], "workstream: W3"),
                                "priorities[0].actions[0].workstream")]
    assert messages(make_project, given)[0].endswith(
        "priority P1 has no workstream 'W3': its workstreams are W1, W2.")


def test_an_action_cannot_be_in_another_priority_s_workstream(problems, make_project):
    given = files(a21="        workstream: W1\n")
    assert problems(given) == [("unknown-reference", P, line_of(given[P], "workstream: W1"),
                                "priorities[1].actions[0].workstream")]
    assert messages(make_project, given)[0].endswith(
        "workstream 'W1' is part of priority P1, not P2: an action's workstream must be one of its own "
        "priority's (it has none). To show that the action also helps P1, write 'also_supports: [P1]' instead.")


def test_workstream_ids_are_unique_in_the_plan(problems):
    again = "    workstreams:\n      - id: w1\n        title: Again\n        lead: Head of SEN\n"
    given = {P: plan(workstreams=WORKSTREAMS).replace(P2, P2.replace("    actions:\n", again + "    actions:\n")),
             "plans/wsoa/updates/2021-04.yaml": UPDATE_P2}
    assert problems(given) == [("duplicate-id", P, line_of(given[P], "- id: w1"),
                                "priorities[1].workstreams[0].id")]


def test_a_workstream_without_a_lead_warns_and_not_yet_named_is_accepted(problems, make_project):
    given = files(workstreams=WORKSTREAMS.replace("        lead: Head of Commissioning\n", ""))
    assert problems(given) == [("left-out", P, line_of(given[P], "- id: W1"), "priorities[0].workstreams[0].id")]
    assert "workstream W1 has no 'lead': write who leads it" in messages(make_project, given)[0]


def test_also_supports_names_other_priorities_of_the_plan(problems, make_project):
    given = files(a11="        also_supports: [P1, P4, P2, P2]\n")
    at = line_of(given[P], "also_supports")
    assert sorted(problems(given)) == [
        ("duplicate-id", P, at, "priorities[0].actions[0].also_supports[3]"),
        ("unknown-reference", P, at, "priorities[0].actions[0].also_supports[1]"),
        ("wrong-value", P, at, "priorities[0].actions[0].also_supports[0]"),
    ]
    said = messages(make_project, given)
    assert any("'P1' is the action's own priority, where it is counted already: list only the other "
               "priorities it also helps." in m for m in said)
    assert any("there is no priority 'P4' in this plan" in m for m in said)


def test_an_action_names_only_the_plan_s_enablers(problems, make_project):
    given = files(a11="        enablers: [data, dta]\n", tail=ENABLERS)
    assert problems(given) == [("unknown-reference", P, line_of(given[P], "enablers: [data, dta]"),
                                "priorities[0].actions[0].enablers[1]")]
    assert messages(make_project, given)[0].endswith("there is no enabler 'dta' in this plan; did you mean 'data'?")
    without = files(a11="        enablers: [data]\n")
    assert "list the plan's enablers under 'enablers'" in messages(make_project, without)[0]


def test_enabler_ids_are_unique(problems):
    given = files(tail=ENABLERS + "  - id: Data\n    title: Data again\n")
    assert problems(given) == [("duplicate-id", P, line_of(given[P], "- id: Data"), "enablers[2].id")]


def test_every_mistake_of_a_plan_is_reported_in_one_run(problems):
    """Two rules of the plan broken, and a field of the same action wrong: all three at once."""
    given = files(a11="        workstream: W3\n        also_supports: [P4]\n        evidence: plenty\n")
    assert sorted(code_and_field[::3] for code_and_field in problems(given)) == [
        ("unknown-reference", "priorities[0].actions[0].also_supports[0]"),
        ("unknown-reference", "priorities[0].actions[0].workstream"),
        ("wrong-value", "priorities[0].actions[0].evidence")]
