"""A build killed at any moment (SIGKILL: no cleanup runs) leaves the published
site exactly as it was; the next build clears what the killed one left behind."""
import os
import signal
import subprocess
import time

from sitebuild import CLI, ROOT, copy_of, run, tree_digest


def test_sigkill_midway_leaves_the_previous_site_byte_identical(example_project, tmp_path):
    root = copy_of(example_project, tmp_path)
    before = tree_digest(root / "site")
    update = root / "plans/wsoa-2020/updates/2022-01.yaml"
    update.write_text(update.read_text().replace("status: blue", "status: green", 1))

    killed_midway = 0
    finished = False
    for delay in (0.0, 0.15, 0.3, 0.6, 0.9):
        build = subprocess.Popen(CLI + ["build"], cwd=root, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
        deadline = time.monotonic() + 30
        while not list(root.glob(".site-building-*")) and build.poll() is None:
            assert time.monotonic() < deadline, "the build never started writing"
            time.sleep(0.01)
        time.sleep(delay)
        if build.poll() is None:
            build.send_signal(signal.SIGKILL)
            build.wait()
            killed_midway += 1
            assert tree_digest(root / "site") == before, f"site changed after a kill at +{delay}s"
        else:  # finished first: the new site is whole; make it the baseline again
            before = tree_digest(root / "site")
            finished = True
    assert killed_midway >= 3
    assert list(root.glob(".site-building-*"))  # what the killed builds left behind

    assert run(["build"], root).returncode == 0
    assert not list(root.glob(".site-building-*"))
    if not finished:
        assert tree_digest(root / "site") != before  # the finished build did publish the change
