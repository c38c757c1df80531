"""Measures, charts and open data in the real site: MkDocs --strict with Material.
(tests/browser checks the same pages in headless Chromium, at a phone's width too.)"""
from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

from conftest import write
from generator.render.formats import file_size
from htmltools import pages
from sitebuild import run, site_copy


def test_measure_and_open_data_pages_are_built(example_site):
    built = pages(example_site)
    assert {"measures/index.html", "measures/ehcp-20-weeks/index.html", "data/index.html"} <= set(built)
    assert len([p for p in built if re.match(r"measures/[^/]+/index.html", p)]) == 9
    for name in ("site", "measures", "plan", "update"):
        assert (example_site / "data" / "schemas" / f"{name}.schema.json").is_file()
    page = built["measures/ehcp-20-weeks/index.html"]
    assert ("EHC plans issued within 20 weeks: 52% in December 2021, up from 29% at the start "
            "(June 2020), which is better; the target is 60% by December 2022; England: 60%; "
            "East Midlands: 56%.") in page.text
    captions = [e.text for e in page.elements if e.tag == "caption"]
    assert captions == ["Figures for EHC plans issued within 20 weeks"]


def test_every_chart_and_download_link_leads_to_its_file_with_its_size(example_site):
    checked = 0
    for name, page in pages(example_site).items():
        here = (example_site / name).parent
        for e in page.elements:
            if e.tag == "img" and (e.attrs.get("src") or "").endswith(".svg"):
                src = e.attrs["src"]  # the 404 page links from the site's root (/assets/brand/logo.svg)
                chart = example_site / src.lstrip("/") if src.startswith("/") else here / src
                assert chart.is_file(), (name, e.attrs["src"])
                ET.parse(chart)
                if "/assets/brand/" not in "/" + src:  # the logo is named by its link: alt=""
                    assert e.attrs.get("alt"), name
            match = re.fullmatch(r"Download .+ \((?:CSV|JSON|Excel, XLSX), (\d+ KB)\)", " ".join(e.text.split()))
            if e.tag == "a" and match:
                target = here / e.attrs["href"]
                assert target.is_file(), (name, e.attrs["href"])
                assert match[1] == file_size(target.stat().st_size), (name, e.attrs["href"])
                checked += 1
    assert checked > 30


ODD = {
    "plans/measures.yaml": """\
measures:
  - id: one-point
    name: Only one figure
    description: One figure so far.
    unit: percent
    better: higher
    baseline: {value: 7, date: 2021-03}
    target: {value: 20, date: 2022-03}
    source: Records
    comparators: [England, Region]
  - id: gaps
    name: Figures with gaps
    description: Some quarters have no figure.
    unit: weeks
    better: lower
    baseline: {value: 10, date: 2020-03}
    source: Records
    comparators: [England]
  - id: none-yet
    name: No figures yet
    description: Counted from next year.
    unit: number
    better: lower
    baseline: {value: 3, date: 2020-03}
    source: Records
""",
    "plans/measures/one-point.csv": "date,value,England,Region\n2021-03,7,,\n",
    "plans/measures/gaps.csv": "date,value,England\n2020-03,10,\n2020-06,,12\n2020-09,8,\n2020-12,,\n",
}


def test_odd_figures_build_with_mkdocs_strict(tmp_path):
    root = site_copy(tmp_path)
    shutil.rmtree(root / "plans" / "measures")
    plan = (root / "plans" / "wsoa-2020" / "plan.yaml").read_text()
    write(root, {**ODD, "plans/wsoa-2020/plan.yaml": re.sub(r"measures: \[[^\]]*\]",
                                                             "measures: [gaps]", plan)})
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    built = pages(root / "site")
    assert "Only one figure: 7% in March 2021, the figure at the start; the target is 20% by " \
           "March 2022; England: no figure yet; Region: no figure yet." in built["measures/one-point/index.html"].text
    assert (root / "site" / "measures" / "gaps" / "gaps.svg").is_file()
    assert not (root / "site" / "measures" / "none-yet" / "none-yet.svg").exists()
