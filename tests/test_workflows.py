"""The CI workflows are linted with actionlint, so a typo fails here, not on GitHub;
and their shape is read, so that a change cannot quietly hold back the preview."""
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT


def actionlint() -> str:
    found = Path(sys.executable).parent / "actionlint"
    return str(found) if found.exists() else shutil.which("actionlint")


def test_every_workflow_passes_actionlint():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert {w.name for w in workflows} >= {"pull-request.yml", "publish.yml"}
    result = subprocess.run([actionlint(), "-color=false", *map(str, workflows)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_catch_mistakes(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.evnt.name }}\n")
    result = subprocess.run([actionlint(), "-color=false", str(bad)], capture_output=True, text=True)
    assert result.returncode != 0 and "evnt" in result.stdout


# The pull request workflow's shape (issue #16): the Forum gets the preview and the
# summary first, whatever the long tests do; a closed pull request's preview goes.

PREVIEW_ACTION = "rossjrw/pr-preview-action@"


def workflow(name: str) -> dict:
    return parse((ROOT / ".github" / "workflows" / name).read_text())


def parse(text: str) -> dict:
    loaded = yaml.safe_load(text)
    loaded["on"] = loaded.pop(True, loaded.get("on"))  # YAML 1.1 reads the key `on` as true
    return loaded


def steps_running(job: dict, text: str) -> list[int]:
    return [i for i, s in enumerate(job["steps"]) if text in s.get("run", "") or text in s.get("uses", "")]


def job_running(jobs: dict, text: str) -> str:
    found = [name for name, job in jobs.items() if steps_running(job, text)]
    assert len(found) == 1, (text, found)
    return found[0]


def needed(jobs: dict, name: str) -> set[str]:
    """Every job that `name` waits for, directly or not."""
    direct = jobs[name].get("needs", [])
    direct = [direct] if isinstance(direct, str) else direct
    return set(direct).union(*(needed(jobs, d) for d in direct))


def preview_action_steps(jobs: dict, action: str) -> list[tuple[str, dict]]:
    return [(name, s) for name, job in jobs.items() for s in job["steps"]
            if s.get("uses", "").startswith(PREVIEW_ACTION) and s["with"]["action"] == action]


def test_the_preview_and_summary_come_first_in_order_and_never_wait_for_the_tests():
    jobs = workflow("pull-request.yml")["jobs"]
    tests = job_running(jobs, ".ci/run")
    (publisher, publish), = preview_action_steps(jobs, "deploy")
    order = [(job_running(jobs, text), text) for text in
             ("check --strict", "build --preview", "progress-pages changes", "gh pr comment")]
    assert {job for job, _ in order} == {order[0][0]} and tests != order[0][0]
    builder = jobs[order[0][0]]
    indices = [steps_running(builder, text)[0] for _, text in order]
    assert indices == sorted(indices), order
    assert order[0][0] in needed(jobs, publisher)  # the publish comes after the build
    for job in (order[0][0], publisher):
        assert tests not in needed(jobs, job), job
    # The tests job runs none of the preview's steps, and nothing waits for it.
    assert not any(steps_running(jobs[tests], text) for _, text in order)
    assert not any(tests in needed(jobs, name) for name in jobs)
    assert "--link-base" in builder["steps"][indices[2]]["run"]


def test_a_closed_pull_request_removes_its_preview_and_builds_nothing():
    loaded = workflow("pull-request.yml")
    assert "closed" in loaded["on"]["pull_request"]["types"]
    jobs = loaded["jobs"]
    (remover, remove), = preview_action_steps(jobs, "remove")
    (_, publish), = preview_action_steps(jobs, "deploy")
    assert "github.event.action == 'closed'" in jobs[remover]["if"]
    assert remove["with"]["umbrella-dir"] == publish["with"]["umbrella-dir"]
    for name in {job_running(jobs, ".ci/run"), job_running(jobs, "build --preview")}:
        assert jobs[name]["if"] == "github.event.action != 'closed'", name


def test_a_forks_pull_request_is_never_published_and_its_summary_says_why():
    jobs = workflow("pull-request.yml")["jobs"]
    same_repository = "github.event.pull_request.head.repo.full_name == github.repository"
    for name, _ in [*preview_action_steps(jobs, "deploy"), *preview_action_steps(jobs, "remove")]:
        assert same_repository in jobs[name]["if"], name
    summary = jobs[job_running(jobs, "progress-pages changes")]["steps"]
    run = next(s for s in summary if "progress-pages changes" in s.get("run", ""))
    assert "head.repo.full_name != github.repository" in run["env"]["FROM_FORK"]
    assert "a fork" in run["run"] and "preview-site" in run["run"]


def test_nothing_posted_or_published_loads_an_image_from_a_third_party():
    jobs = workflow("pull-request.yml")["jobs"]
    uses = [s for job in jobs.values() for s in job["steps"] if s.get("uses", "").startswith(PREVIEW_ACTION)]
    assert len(uses) == 2
    for step in uses:
        # Its comment carries a QR code drawn by the action author's server, by default.
        assert step["with"]["qr-code"] is False and step["with"]["comment"] is False, step


def test_publishing_the_site_keeps_the_previews():
    previews = {s["with"]["umbrella-dir"] for job in workflow("pull-request.yml")["jobs"].values()
                for s in job["steps"] if s.get("uses", "").startswith(PREVIEW_ACTION)}
    assert len(previews) == 1
    steps = [s for job in workflow("publish.yml")["jobs"].values() for s in job["steps"]]
    uses = [s.get("uses", "") for s in steps]
    # The previews are files on the gh-pages branch: Pages must serve that branch,
    # which a deployment from an artifact (actions/deploy-pages) would replace.
    assert not any(u.startswith("actions/deploy-pages@") for u in uses)
    deploy, = (s for s in steps if s.get("uses", "").startswith("JamesIves/github-pages-deploy-action@"))
    assert deploy["with"]["branch"] == "gh-pages"  # the preview action's default branch
    kept = deploy["with"]["clean-exclude"].split()
    assert f"{previews.pop()}/" in kept and deploy["with"]["force"] is False
