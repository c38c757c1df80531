"""Files are changed only on purpose: a diff first, and never half-written."""
import pytest

from generator.write import changes, write_atomically
from generator.write.files import replacing


def test_changes_say_new_unchanged_or_changed_with_a_diff(tmp_path):
    (tmp_path / "same.yaml").write_text("a: 1\n")
    (tmp_path / "old.yaml").write_text("a: 1\nb: 2\n")
    found = {c.path.name: c for c in changes({
        tmp_path / "same.yaml": "a: 1\n", tmp_path / "old.yaml": "a: 1\nb: 3\n",
        tmp_path / "new.yaml": "c: 4\n"}, name=lambda p: f"plans/{p.name}")}
    assert {n: c.kind for n, c in found.items()} == {
        "same.yaml": "unchanged", "old.yaml": "changed", "new.yaml": "new"}
    assert found["old.yaml"].diff().splitlines() == [
        "--- a/plans/old.yaml", "+++ b/plans/old.yaml", "@@ -1,2 +1,2 @@", " a: 1", "-b: 2", "+b: 3"]
    assert found["new.yaml"].diff().splitlines()[:2] == ["--- /dev/null", "+++ b/plans/new.yaml"]


def test_write_creates_folders_and_leaves_no_temporary_files(tmp_path):
    write_atomically({tmp_path / "a" / "b.yaml": "x: 1\n", tmp_path / "c.yaml": "y: 2\n"})
    assert (tmp_path / "a" / "b.yaml").read_text() == "x: 1\n"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["b.yaml", "c.yaml"]


def test_a_failure_leaves_every_target_as_it_was(tmp_path):
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text("old\n")
    with pytest.raises(RuntimeError):
        with replacing([first, second]) as temps:
            temps[0].write_text("new\n")
            raise RuntimeError("the second file could not be made")
    assert first.read_text() == "old\n"
    assert not second.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["first.yaml"]
