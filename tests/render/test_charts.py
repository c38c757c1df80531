"""Charts: valid SVG with a title and description, labelled axes, lines told apart
without colour, nothing fetched, and the same bytes on every build."""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT
from generator.render import render_pages
from generator.render.charts import LINE_STYLES, TARGET_STYLE
from generator.validate import load_project

NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def charts():
    project, report = load_project(ROOT / "plans")
    assert report.ok
    return {path: svg for path, svg in render_pages(project).items() if path.endswith(".svg")}


def styles(element: ET.Element) -> dict[str, str]:
    return dict(part.split(": ", 1) for part in (element.get("style") or "").split("; ") if ": " in part)


def texts(svg: ET.Element) -> list[str]:
    return [t.text for t in svg.iter(f"{NS}text")]


def test_every_chart_is_valid_svg_with_a_title_and_a_description(charts):
    assert len(charts) == 1 + 9  # actions by status, and one per measure
    for path, text in charts.items():
        svg = ET.fromstring(text)
        assert svg.tag == f"{NS}svg"
        title, desc = svg[0], svg[1]
        assert (title.tag, desc.tag) == (f"{NS}title", f"{NS}desc"), path
        assert title.text and len(desc.text) > len(title.text), path
        assert svg.get("role") == "img" and svg.get("aria-labelledby") == "chart-title chart-desc"


def test_axes_are_labelled(charts):
    words = texts(ET.fromstring(charts["measures/ehcp-20-weeks/ehcp-20-weeks.svg"]))
    assert {"Date", "Per cent", "0%", "100%", "Example County", "England", "East Midlands",
            "Target: 60% by December 2022"} <= set(words)
    assert {"Date", "Weeks", "Similar areas"} <= set(texts(ET.fromstring(
        charts["measures/nd-assessment-wait/nd-assessment-wait.svg"])))
    words = texts(ET.fromstring(charts["wsoa-2020/actions-by-status.svg"]))
    assert {"Update", "Number of actions", "Not started", "Delayed", "In progress", "On track",
            "Completed"} <= set(words)


def test_lines_differ_in_marker_and_dash_as_well_as_colour(charts):
    svg = ET.fromstring(charts["measures/ehcp-20-weeks/ehcp-20-weeks.svg"])
    colours = [c for c, _, _ in LINE_STYLES[:3]] + [TARGET_STYLE[0]]
    dashes, markers = {}, {}
    for path in svg.iter(f"{NS}path"):
        style = styles(path)
        colour = style.get("stroke")
        if colour not in colours:
            continue
        if path.get("id"):  # a marker's shape
            markers.setdefault(colour, path.get("d"))
        elif style.get("fill") == "none":  # a line
            dashes.setdefault(colour, style.get("stroke-dasharray", "solid"))
    assert len(set(markers.values())) == len(set(dashes.values())) == len(colours) == 4


def test_bars_differ_in_hatching_as_well_as_colour(charts):
    svg = ET.fromstring(charts["wsoa-2020/actions-by-status.svg"])
    patterns = [p for p in svg.iter(f"{NS}pattern")]
    shapes = {tuple(path.get("d") for path in p.iter(f"{NS}path")) for p in patterns}
    assert len(shapes) >= 4  # one status may be plain; the other four are hatched differently


def test_nothing_is_fetched_and_nothing_runs(charts):
    for path, text in charts.items():
        svg = ET.fromstring(text)
        for element in svg.iter():
            assert element.tag.split("}")[1] not in ("script", "foreignObject", "image", "a"), path
            for name, value in element.attrib.items():
                assert not name.startswith("on"), path
                if name.endswith("href"):
                    assert value.startswith("#"), path
        assert not re.search(r"@import|@font-face|url\((?!#)", text), path


DIGEST = """
import hashlib, sys
from pathlib import Path
from generator.render import render_pages
from generator.validate import load_project
digest = hashlib.sha256()
for path, content in sorted(render_pages(load_project(Path(sys.argv[1]))[0]).items()):
    digest.update(path.encode() + (content if isinstance(content, bytes) else content.encode()))
print(digest.hexdigest())
"""


def test_the_same_input_gives_the_same_bytes():
    """For reproducible builds: no dates, random ids or versions in any generated file
    (charts, workbooks, data), whatever the process."""
    runs = [subprocess.run([sys.executable, "-c", DIGEST, str(ROOT / "plans")], capture_output=True,
                           text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed,
                                                       "PYTHONPATH": str(ROOT)}).stdout
            for seed in ("1", "2")]
    assert runs[0] == runs[1] and len(runs[0].strip()) == 64
