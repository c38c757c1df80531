"""The same inputs give the same site, byte for byte: a diff of two builds shows
only real changes. Dates come from the data, never from the clock."""
from __future__ import annotations

import gzip
import struct
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from sitebuild import run, shared_project, site_copy

SITE_URL = "site_url: https://send.example.gov.uk/\n"  # so that the sitemap lists every page


def with_address(root: Path) -> None:
    with open(root / "mkdocs.yml", "a", encoding="utf-8") as f:
        f.write(SITE_URL)


def build_copy(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    root = site_copy(folder)
    with_address(root)
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="module")
def addressed(tmp_path_factory) -> Path:
    """The example with its address, built once for the session with no SOURCE_DATE_EPOCH."""
    return shared_project(tmp_path_factory, "example-with-address", prepare=with_address) / "site"


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_of_the_example_are_identical_byte_for_byte(addressed, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    # The second build, in another folder, reads its inputs from the parse cache.
    first, second = files(addressed), files(build_copy(tmp_path / "two"))
    assert sorted(first) == sorted(second)
    different = [name for name in first if first[name] != second[name]]
    assert different == []
    assert "sitemap.xml.gz" in first and "search/search_index.json" in first


def test_site_dates_come_from_the_latest_published_update(addressed):
    site = addressed
    sitemap = (site / "sitemap.xml").read_text()
    # The example's latest published update is dated 2022-01-18.
    assert sitemap.count("<lastmod>2022-01-18</lastmod>") == sitemap.count("<url>") > 5
    gz_mtime = struct.unpack("<I", (site / "sitemap.xml.gz").read_bytes()[4:8])[0]
    assert datetime.fromtimestamp(gz_mtime, timezone.utc).date().isoformat() == "2022-01-18"
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode() == sitemap


def test_source_date_epoch_set_by_the_person_building_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime(2023, 5, 6, tzinfo=timezone.utc).timestamp())))
    sitemap = (build_copy(tmp_path) / "sitemap.xml").read_text()
    assert "<lastmod>2023-05-06</lastmod>" in sitemap and "2022-01-18" not in sitemap


def still_to_do(site: Path) -> str:
    page = (site / "you-said-we-did/index.html").read_text(encoding="utf-8")
    return page.split('id="still-to-do"')[1].split('id="by-theme"')[0]


def test_still_to_do_counts_from_today_unless_the_person_building_sets_a_date(addressed, tmp_path, monkeypatch):
    """The one exception to dates from the data (see README): promises whose date has
    passed are listed as of the day of the build, so a scheduled rebuild keeps the list
    true; SOURCE_DATE_EPOCH set by the person building fixes that day too."""
    today = still_to_do(addressed)
    # The example's latest update is from January 2022; this promise was for June 2022.
    assert ("promised for 30 June 2022" in today) == (date.today() > date(2022, 6, 30))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime(2022, 3, 1, tzinfo=timezone.utc).timestamp())))
    march = still_to_do(build_copy(tmp_path / "march"))
    assert "promised for 28 February 2022" in march and "promised for 31 March 2022" not in march
