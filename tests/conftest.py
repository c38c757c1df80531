"""Shared fixtures: a small valid project written to a temporary folder, with a
factory to change one file at a time (so each test shows only its mistake)."""
from __future__ import annotations

import importlib.util
import os
import textwrap
from pathlib import Path

import pytest

from generator.validate import load_project

ROOT = Path(__file__).resolve().parent.parent
AREAS = Path(__file__).parent / "fixtures" / "areas"

SITE = """\
area:
  name: Testshire
  partners:
    - name: Testshire Council
      role: Local council
  contact:
    email: send@example.gov.uk
inspection:
  visit_start: 2020-02-03
  visit_end: 2020-02-07
  report_published: 2020-05-15
"""

MEASURES = """\
measures:
  - id: ehcp-20-weeks
    name: EHC plans issued within 20 weeks
    description: The share of new plans issued on time.
    unit: percent
    better: higher
    baseline: {value: 41, date: 2020-06}
    target: {value: 80, date: 2022-12}
    source: Council records
    comparators: [England]
"""

PLAN = """\
title: Written Statement of Action
summary: What we will do.
priorities:
  - id: P1
    title: Joint commissioning
    inspectors_found: There is no joint plan.
    what_it_means: Services do not join up.
    lead: Director of Children's Services
    actions:
      - id: A1.1
        title: Write a joint strategy
        lead: Head of Commissioning
        measures: [ehcp-20-weeks]
        due: 2021-03
      - id: A1.2
        title: Agree the strategy with partners
        lead: Integrated Care Board
        due: 2021-06-30
"""

UPDATE = """\
date: 2021-04-20
label: April 2021 monitoring meeting
state: published
actions:
  A1.1:
    status: green
    note: The draft is written.
  A1.2:
    status: amber
    note: Partners are reading it.
"""

ENGAGEMENT = """\
title: Parent carer survey
channel: survey
participants: {group: Parents and carers, people: 40}
start: 2021-03-01
state: published
items:
  - id: S1
    theme: Communication
    you_said: Letters were hard to follow.
    status: done
    we_did: We rewrote our letters with the Parent Carer Forum.
    response_date: 2021-05-01
    actions: [A1.1]
  - id: S2
    theme: Waiting
    you_said: Nobody told us how long the wait would be.
    status: planned
    we_will: Send every family a letter with the expected wait.
    response_date: 2021-09-30
    priorities: [P1]
"""

# The inspectors' letter on the draft plan: their voice, not families'.
LETTER = """\
title: Inspectors' letter on our draft plan
channel: letter
voice: inspectors
participants: {group: Inspectors from Ofsted and the CQC}
start: 2021-02-01
state: published
items:
  - {id: L1, theme: Schools, you_said: The plan does not say what schools will do., status: done,
     we_did: We added what schools will do., response_date: 2021-03-01, actions: [A1.1]}
"""


@pytest.fixture(scope="session", autouse=True)
def parse_cache(tmp_path_factory):
    """Tests (and the commands they run) use a parse cache of their own."""
    folder = tmp_path_factory.mktemp("parse-cache")
    before = os.environ.get("PROGRESS_PAGES_CACHE")
    os.environ["PROGRESS_PAGES_CACHE"] = str(folder)
    yield folder
    if before is None:
        del os.environ["PROGRESS_PAGES_CACHE"]
    else:
        os.environ["PROGRESS_PAGES_CACHE"] = before


def write(root: Path, files: dict[str, str | None]) -> Path:
    for name, text in files.items():
        path = root / name
        if text is None:
            if path.exists():
                path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def make_project(tmp_path):
    """make_project(**{"plans/wsoa/plan.yaml": "..."}) -> the project folder.
    A value of None removes that file."""

    def make(files: dict[str, str | None] | None = None) -> Path:
        base = {
            "plans/site.yaml": SITE,
            "plans/measures.yaml": MEASURES,
            "plans/wsoa/plan.yaml": PLAN,
            "plans/wsoa/updates/2021-04.yaml": UPDATE,
        }
        base.update(files or {})
        return write(tmp_path, base)

    return make


@pytest.fixture
def problems(make_project):
    """problems({...}) -> [(code, file, line, field), ...] for a project with those files."""

    def run(files: dict[str, str | None]) -> list[tuple]:
        root = make_project(files)
        project, report = load_project(root / "plans", root)
        assert (project is None) == (not report.ok)
        return report.flatten("code", "file", "line", "field")

    return run


def messages(make_project, files) -> list[str]:
    root = make_project(files)
    return [str(p) for p in load_project(root / "plans", root)[1].problems]


# The tool as a package (tests/new_area.py): built once, shared by the packaging tests
# and the tests of an area's repository started with `progress-pages new`.
@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    from new_area import build_wheel
    from once import made_once

    def make(folder: Path) -> Path:
        (folder / "source").mkdir()
        (folder / "dist").mkdir()
        return build_wheel(folder / "source", folder / "dist")

    return made_once(tmp_path_factory, "wheel", make)


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory) -> Path:
    from new_area import install_alone
    from once import made_once

    return made_once(tmp_path_factory, "installed", lambda folder: install_alone(wheel, folder))


@pytest.fixture(scope="session")
def started_area(wheel, installed, tmp_path_factory):
    """Northmoor's repository, started with `new` and its placeholders filled, its site
    built with the repository's own README commands (a minute or two: it installs the
    tool and its dependencies into a virtual environment of its own)."""
    from new_area import start_area
    from once import made_once

    return made_once(tmp_path_factory, "started-area",
                     lambda folder: start_area(folder, wheel, installed, "Northmoor", "priority-action-plan"))


@pytest.fixture(scope="session")
def example_project(tmp_path_factory) -> Path:
    """The example project, built once for the session: read it, or change `copy_of` it."""
    from sitebuild import shared_project

    return shared_project(tmp_path_factory, "example")


@pytest.fixture(scope="session")
def example_site(example_project) -> Path:
    """The example's built site, for every test that only reads it."""
    return example_project / "site"


@pytest.fixture(scope="session")
def area_project(tmp_path_factory):
    """area_project(name) -> that real area's project (tests/fixtures/areas/), built once."""
    from sitebuild import shared_project

    return lambda area: shared_project(tmp_path_factory, f"area-{area}", AREAS / area / "plans")


@pytest.fixture(scope="session")
def reviewed_draft(tmp_path_factory) -> Path:
    """The example with an April 2022 draft that delays A1.5, built four ways in one
    folder (so the kept pages of one build could leak into the next): reviewed/ (the
    preview compared with the example's plans), plain-preview/, public-from-folder/
    (--file-urls) and public/."""
    from sitebuild import april_draft, shared_project

    return shared_project(
        tmp_path_factory, "reviewed-draft",
        prepare=lambda root: april_draft(root, ("  A1.5:\n    status: green", "  A1.5:\n    status: red")),
        builds=(("build", "--preview", "--changes-since", str(ROOT / "plans"), "--site-dir", "reviewed"),
                ("build", "--preview", "--site-dir", "plain-preview"),
                ("build", "--file-urls", "--site-dir", "public-from-folder"),
                ("build", "--site-dir", "public")))


# What the example site is built with for the browser suite's core checks. ProperDocs
# builds MkDocs' site byte for byte but for its name (tests/build/test_engines.py), so
# opening its pages again would check nothing new.
ENGINES = ("mkdocs", "zensical")


def need_engine(engine: str) -> None:
    """Skip (locally) or fail (in CI, where `make test` installs it) without the engine."""
    if importlib.util.find_spec(engine) is None:
        message = f"{engine} is missing: it comes with the package's 'engines' extra (`make test` installs it)"
        if os.environ.get("CI", "").lower() in {"true", "1", "yes"}:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="session", params=ENGINES)
def engine_site(request, tmp_path_factory) -> Path:
    """The example site from each engine, each built once; MkDocs' is the one every
    other test reads."""
    from once import made_once
    from sitebuild import build_with

    engine = request.param
    if engine == "mkdocs":
        return request.getfixturevalue("example_site")
    need_engine(engine)
    return made_once(tmp_path_factory, f"{engine}-site", lambda folder: build_with(engine, folder))


def checked_with_store(root: Path, folder: Path):
    """Read and check as a build does, with a store in `folder` (saved after, as a build
    saves it): (project, report)."""
    from generator import pipeline
    from generator.store import Store

    store = Store(folder)
    prepared = pipeline.prepare(pipeline.Options(plans_dir=root / "plans", root=root,
                                                 generated_dir=root / ".generated"), store)
    store.save()
    return prepared.project, prepared.report
