"""One measurement, run in a process of its own so that its peak memory is its own:

    python -m benchmarks.measure STEP PROJECT_DIR

prints one line of JSON. The steps:
- parse:   PyYAML's C loader alone reads every input file (the yardstick);
- build:   a full build as `progress-pages build` does it (the first time with empty
           caches, then again with the caches filled and the generated files there);
- warm:    the generator's work again, with the caches filled;
- rebuild: as `serve` does: generate once, change one note in one update file,
           generate again; reports the time and which generated pages changed.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import yaml

from generator.build import build_site
from generator.build.generated import GENERATED_DIR
from generator.gc_pause import collector_paused
from generator.load.cache import ParseCache, default_folder
from generator.validate import load_project


def parse(project: Path) -> dict:
    files = sorted((project / "plans").rglob("*.yaml"))
    started = time.perf_counter()
    size = 0
    for path in files:
        raw = path.read_bytes()
        size += len(raw)
        yaml.load(raw, Loader=yaml.CSafeLoader)
    return {"seconds": time.perf_counter() - started, "files": len(files), "bytes": size}


def build(project: Path) -> dict:
    plugin = _plugin(project)
    started = time.perf_counter()
    with collector_paused():  # as `progress-pages build` does
        loaded, report = load_project(project / "plans", project, ParseCache(default_folder()))
    load_seconds = time.perf_counter() - started
    assert loaded is not None, report.summary()
    site = build_site(project / "mkdocs.yml", loaded, project / "site")
    total = time.perf_counter() - started
    pages = sorted(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    search = site / "search" / "search_index.json"
    return {
        "load_seconds": load_seconds,
        "generate_seconds": plugin.generator_seconds,
        "mkdocs_seconds": total - load_seconds - plugin.generator_seconds,
        "total_seconds": total,
        "peak_mb": _peak_mb(),
        "generated_files": len(plugin.pages),
        "html_pages": len(pages),
        "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
        "largest_page": pages[-1].relative_to(site).as_posix(),
        "largest_page_bytes": pages[-1].stat().st_size,
        "search_index_bytes": search.stat().st_size if search.exists() else 0,
    }


def warm(project: Path) -> dict:
    plugin = _plugin(project)
    plugin.on_config(_config(project))
    return {"generator_seconds": plugin.generator_seconds, "written": len(plugin.changed)}


def rebuild(project: Path) -> dict:
    config = _config(project)
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins["progress-pages"]
    plugin.on_config(config)
    generated = project / GENERATED_DIR
    before = _generated(generated)

    edited = _edit_one_note(project / "plans")
    plugin.on_config(_config(project))  # serve loads the configuration again for each rebuild
    after = _generated(generated)
    touched = sorted(p.relative_to(generated).as_posix() for p in after if before.get(p) != after[p])
    return {"generator_seconds": plugin.generator_seconds, "edited": edited,
            "changed": touched, "generated_files": len(after)}


def _generated(folder: Path) -> dict:
    """The generated files with their times and bytes."""
    return {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*")
            if p.is_file()}


def _edit_one_note(plans: Path) -> str:
    """Change the first note in the latest published update of the last plan."""
    for update in sorted(plans.glob("*/updates/*.yaml"), reverse=True):
        text = update.read_text(encoding="utf-8")
        if "state: published" in text:
            update.write_text(text.replace("    note: ", "    note: Edited. ", 1), encoding="utf-8")
            return update.relative_to(plans.parent).as_posix()
    raise SystemExit("no published update to edit")


def _config(project: Path):
    from mkdocs.config import load_config

    return load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))


def _plugin(project: Path):
    return _config(project).plugins["progress-pages"]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


STEPS = {"parse": parse, "build": build, "warm": warm, "rebuild": rebuild}

if __name__ == "__main__":
    step, folder = sys.argv[1], Path(sys.argv[2]).resolve()
    print(json.dumps(STEPS[step](folder)))
