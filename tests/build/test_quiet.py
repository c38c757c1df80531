"""Quiet when all is well: what was found and allowed (the example's public SENDIAS
helpline) is not printed on every run of `check` or `build`, only with --verbose."""
from conftest import ROOT
from generator.validate import load_project
from sitebuild import run, site_copy

FEEDBACK = "plans/feedback/2021-11-peer-challenge.yaml"
HELPLINE = "01632 960 555"


def allowed() -> str:
    """The one note --verbose adds: the helpline where the example's feedback gives it."""
    lines = (ROOT / FEEDBACK).read_text(encoding="utf-8").splitlines()
    said = next(n for n, line in enumerate(lines) if HELPLINE in line)
    # The note points at the text's field, `we_did: |`, the last field above the helpline.
    number = max(n for n in range(said) if lines[n].lstrip().startswith("we_did:")) + 1
    column = lines[number - 1].index("|") + 1
    return (f"{FEEDBACK}:{number}:{column}: items[1].we_did: note: allowed: phone number "
            f"'{HELPLINE}' (Public SENDIAS helpline, published on the Local Offer)")


def all_good() -> str:
    project, _ = load_project(ROOT / "plans", ROOT)
    actions = sum(len(e.plan.actions()) for e in project.plans)
    updates = sum(len(e.periods) for e in project.plans)
    return f"All good: {len(project.plans)} plan(s), {actions} actions, {updates} update(s)."


def test_check_lists_allowed_contacts_only_with_verbose(tmp_path):
    root = site_copy(tmp_path)
    assert run(["check"], root).stdout.splitlines() == [all_good()]
    assert run(["check", "--verbose"], root).stdout.splitlines() == [allowed(), all_good()]


def test_build_lists_allowed_contacts_only_with_verbose(tmp_path):
    root = site_copy(tmp_path)
    quiet = run(["build"], root)
    assert quiet.returncode == 0 and "allowed" not in quiet.stderr, quiet.stderr
    verbose = run(["build", "--verbose"], root)
    assert verbose.returncode == 0
    assert [line for line in verbose.stderr.splitlines() if "allowed" in line] == [allowed()]
