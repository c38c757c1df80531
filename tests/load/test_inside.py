"""Only files inside plans/ are read: links that stay inside work, anything else is
refused by the path it was found at, never with what it leads to."""
import os

from generator.validate import load_project

U = "plans/wsoa/updates/2021-04.yaml"


def test_a_link_that_stays_inside_the_plans_folder_is_read(make_project):
    root = make_project()
    (root / "plans/.shared").mkdir()  # hidden folders are not plans
    os.replace(root / U, root / "plans/.shared/april.yaml")
    os.symlink("../../.shared/april.yaml", root / U)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    assert [p.id for p in project.plans[0].periods] == ["2021-04"]


def test_what_a_link_leads_to_is_never_shown(make_project, tmp_path_factory):
    secret = tmp_path_factory.mktemp("runner") / "token.yaml"
    secret.write_text("just-the-secret-token-value\n")
    root = make_project()
    (root / "plans/glossary.yaml").symlink_to(secret)
    _, report = load_project(root / "plans", root)
    text = report.summary()
    assert report.flatten("code", "file") == [("not-inside", "plans/glossary.yaml")]
    assert "secret-token" not in text and str(secret.parent) not in text


def test_a_pipe_is_refused_without_waiting_for_it(make_project):
    root = make_project()
    os.unlink(root / U)
    os.mkfifo(root / U)  # reading it would block the build for ever
    _, report = load_project(root / "plans", root)
    assert report.flatten("code", "file") == [("not-inside", U)]
    assert "pipe" in report.errors[0].message


def test_a_pipe_as_site_yaml_or_measure_figures_is_refused(make_project):
    root = make_project()
    os.unlink(root / "plans/site.yaml")
    os.mkfifo(root / "plans/site.yaml")
    (root / "plans/measures").mkdir()
    os.mkfifo(root / "plans/measures/ehcp-20-weeks.csv")
    _, report = load_project(root / "plans", root)
    assert ("not-inside", "plans/site.yaml") in report.flatten("code", "file")
    assert ("not-inside", "plans/measures/ehcp-20-weeks.csv") in report.flatten("code", "file")
