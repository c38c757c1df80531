"""Quiet when all is well: what was found and allowed (the example's public SENDIAS
helpline) is not printed on every run of `check` or `build`, only with --verbose."""
from sitebuild import run, site_copy

ALLOWED = ("plans/feedback/2021-11-peer-challenge.yaml:39:13: items[1].we_did: note: allowed: phone "
           "number '01632 960 555' (Public SENDIAS helpline, published on the Local Offer)")


def test_check_lists_allowed_contacts_only_with_verbose(tmp_path):
    root = site_copy(tmp_path)
    assert run(["check"], root).stdout.splitlines() == ["All good: 1 plan(s), 22 actions, 4 update(s)."]
    assert run(["check", "--verbose"], root).stdout.splitlines() == [
        ALLOWED, "All good: 1 plan(s), 22 actions, 4 update(s)."]


def test_build_lists_allowed_contacts_only_with_verbose(tmp_path):
    root = site_copy(tmp_path)
    quiet = run(["build"], root)
    assert quiet.returncode == 0 and "allowed" not in quiet.stderr, quiet.stderr
    verbose = run(["build", "--verbose"], root)
    assert verbose.returncode == 0
    assert [line for line in verbose.stderr.splitlines() if "allowed" in line] == [ALLOWED]
