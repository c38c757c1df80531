"""Without its browser the suite may skip on a laptop, but never pass in CI."""
import pytest

from browsertools import need


def test_a_missing_tool_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="chromium is missing"):
        need(False, "chromium")


def test_a_missing_tool_skips_locally_with_the_reason(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is missing.*make test"):
        need(False, "chromium")
    need(True, "chromium")  # present: nothing happens
