"""The GitHub files that `progress-pages new` writes into an area's own repository
(issue 17): its workflows check, preview, summarise and publish like this
repository's, but run none of the tool's tests (the area's repository has none) and
install the tool only through the area's Makefile, so that the version pinned in its
requirements.txt is the one that runs."""
import re
import subprocess

from conftest import ROOT
from test_workflows import PREVIEW_ACTION, actionlint, parse, preview_action_steps, workflow

from generator.starter import tool_files
from generator.starter.github import github_setup_text, pull_request_template, workflow_files


def starter_make_targets() -> set[str]:
    """The targets of the Makefile `new` writes (and the stamp file's rule, after which
    .venv/bin/progress-pages exists): the only ones the workflows may use."""
    makefile = tool_files("0.0.0")["Makefile"]
    variables = dict(re.findall(r"^(\w+) *:?= *(.+)$", makefile, re.MULTILINE))
    targets = set()
    for name in re.findall(r"^([^\s:#=]+):(?!=)", makefile, re.MULTILINE):
        while (found := re.search(r"\$\((\w+)\)", name)):
            name = name.replace(found.group(), variables[found.group(1)].strip())
        targets.add(name)
    return targets - {".PHONY"}


SAME_REPOSITORY = "github.event.pull_request.head.repo.full_name == github.repository"


def areas() -> dict[str, dict]:
    return {path.rsplit("/", 1)[1]: parse(text) for path, text in workflow_files().items()}


def runs(loaded: dict) -> list[tuple[str, str]]:
    """(job, command) for every step that runs a command, in order."""
    return [(name, step["run"]) for name, job in loaded["jobs"].items()
            for step in job["steps"] if "run" in step]


def test_the_areas_workflows_are_written_where_github_reads_them_and_pass_actionlint(tmp_path):
    files = workflow_files()
    assert set(files) == {".github/workflows/pull-request.yml", ".github/workflows/publish.yml"}
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    written = sorted((tmp_path / ".github" / "workflows").glob("*.yml"))
    result = subprocess.run([actionlint(), "-color=false", *map(str, written)], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_areas_workflows_run_no_test_suite():
    def test_commands(loaded: dict) -> list[str]:
        return [command for _, command in runs(loaded)
                if re.search(r"pytest|\.ci/run|make test|\btox\b|\bnox\b", command)]

    # The same reading finds the tool's own tests in this repository's workflow.
    assert test_commands(workflow("pull-request.yml"))
    for name, loaded in areas().items():
        assert not test_commands(loaded), name
        assert "tests" not in loaded["jobs"], name


def test_the_tool_is_installed_only_by_the_starters_makefile_from_its_pin():
    used = set()
    for name, loaded in areas().items():
        for job in loaded["jobs"]:
            commands = [command for j, command in runs(loaded) if j == job]
            # Each job starts on a fresh machine: it makes .venv before it uses it.
            first_use = next((i for i, c in enumerate(commands) if ".venv/bin/" in c), None)
            if first_use is not None:
                assert "make .venv/.installed" in commands[first_use], (name, job)
            used |= {target for c in commands for target in re.findall(r"\bmake +([^\s;&|]+)", c)}
            assert not any(re.search(r"\bpip\b", c) for c in commands), (name, job)
    assert used <= starter_make_targets(), used - starter_make_targets()
    assert {"site", ".venv/.installed"} <= used


def test_the_preview_is_published_only_for_the_repositorys_own_pull_requests():
    loaded = areas()["pull-request.yml"]
    jobs = loaded["jobs"]
    assert "closed" in loaded["on"]["pull_request"]["types"]
    (publisher, publish), = preview_action_steps(jobs, "deploy")
    (remover, remove), = preview_action_steps(jobs, "remove")
    for name in (publisher, remover):
        assert SAME_REPOSITORY in jobs[name]["if"], name
        assert jobs[name]["permissions"] == {"contents": "write"}, name
    assert "github.event.action == 'closed'" in jobs[remover]["if"]
    for step in (publish, remove):
        assert step["with"]["qr-code"] is False and step["with"]["comment"] is False, step
    # The job that runs the pull request's code cannot write to the site's branch.
    builder, = {job for job, command in runs(loaded) if "build --preview" in command}
    assert jobs[builder]["permissions"]["contents"] == "read"
    assert jobs[builder]["if"] == "github.event.action != 'closed'"
    comment, = (s for s in jobs[builder]["steps"] if "gh pr comment" in s.get("run", ""))
    assert comment["if"] == SAME_REPOSITORY
    summary, = (s for s in jobs[builder]["steps"] if "progress-pages changes" in s.get("run", ""))
    assert "head.repo.full_name != github.repository" in summary["env"]["FROM_FORK"]
    assert "a fork" in summary["run"] and "preview-site" in summary["run"]


def test_publishing_the_areas_site_keeps_the_previews_and_runs_weekly():
    loaded = areas()["publish.yml"]
    assert loaded["on"]["push"]["branches"] == ["main"]
    assert loaded["on"]["schedule"] and "workflow_dispatch" in loaded["on"]
    umbrella = {s["with"]["umbrella-dir"] for job in areas()["pull-request.yml"]["jobs"].values()
                for s in job["steps"] if s.get("uses", "").startswith(PREVIEW_ACTION)}
    steps = [s for job in loaded["jobs"].values() for s in job["steps"]]
    deploy, = (s for s in steps if s.get("uses", "").startswith("JamesIves/github-pages-deploy-action@"))
    assert deploy["with"]["branch"] == "gh-pages" and deploy["with"]["force"] is False
    assert f"{umbrella.pop()}/" in deploy["with"]["clean-exclude"].split()
    assert not any(s.get("uses", "").startswith("actions/deploy-pages@") for s in steps)


def test_this_repositorys_workflows_differ_from_the_areas_only_by_the_tools_tests():
    """The two are written twice (ours is not in the package); this keeps them in step."""
    for name, area in areas().items():
        ours = workflow(name)
        if name == "pull-request.yml":
            assert ours["jobs"].pop("tests")
        # pip's cache follows what each installs from: ours the package and its
        # constraints, the area's the pin on the tool.
        for loaded, expected in ((ours, "pyproject.toml\nconstraints.txt\n"), (area, "requirements.txt")):
            for job in loaded["jobs"].values():
                for step in job["steps"]:
                    if step.get("uses", "").startswith("actions/setup-python@"):
                        assert step["with"].pop("cache-dependency-path") == expected, (name, expected)
        assert ours == area, name


def sign_off(template: str) -> list[str]:
    section = template.split("## Parent Carer Forum sign-off", 1)[1].split("Signed off by", 1)[0]
    return [" ".join(item.split()) for item in section.split("- [ ]")[1:]]


def test_the_areas_pull_request_template_has_the_forums_sign_off_list():
    template, = pull_request_template().items()
    path, text = template
    assert path == ".github/pull_request_template.md"
    assert path not in workflow_files()  # the area's own: `upgrade` does not replace it
    listed = sign_off(text)
    assert listed == sign_off((ROOT / path).read_text()) and len(listed) >= 5
    assert "Signed off by" in text and "See it in the preview" in text


def test_the_setup_section_names_each_setting_the_workflows_need():
    text = github_setup_text()
    assert text.startswith("## One-time GitHub settings\n")
    assert "Deploy from a branch" in text and "`gh-pages`" in text
    assert "Read and write permissions" in text
    workflows = "\n".join(workflow_files().values())
    variables = set(re.findall(r"\bvars\.(\w+)", workflows))
    actions = set(re.findall(r"uses: *([\w.-]+/[\w.-]+)@", workflows))
    assert variables == {"PAGES_SITE"}
    for name in variables | {a for a in actions if not a.startswith("actions/")}:
        assert f"`{name}`" in text, name
