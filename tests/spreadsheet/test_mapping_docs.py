"""docs/tracker-mapping.md moves with the mapping model."""
from conftest import ROOT
from generator.spreadsheet.docs import format_mapping_reference


def test_tracker_mapping_reference_is_current():
    written = (ROOT / "docs" / "tracker-mapping.md").read_text(encoding="utf-8")
    assert written == format_mapping_reference(), "run `make docs` to regenerate docs/tracker-mapping.md"
