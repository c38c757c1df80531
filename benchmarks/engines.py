"""The same inputs built by each engine (docs/engines.md), a row each: the whole
build's time and peak memory at each size, with the caches filled.

Each build is a command of its own, as a person runs it: `progress-pages build`
(MkDocs), `progress-pages build --engine zensical`, and `properdocs build` (the
plugin's drop-in). The peak is that of the largest process (Zensical runs as a child
of the generator's), read from the children's resource usage of a process that runs
only that command.
"""
from __future__ import annotations

import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ENGINES = {
    "MkDocs": [sys.executable, "-m", "generator", "build"],
    "ProperDocs": [sys.executable, "-m", "properdocs", "build", "--strict", "--quiet"],
    "Zensical": [sys.executable, "-m", "generator", "build", "--engine", "zensical"],
}
_MODULE = {"ProperDocs": "properdocs", "Zensical": "zensical"}


def available() -> list[str]:
    """The engines installed here (the package's 'engines' extra brings the others)."""
    return [e for e in ENGINES if e not in _MODULE or importlib.util.find_spec(_MODULE[e]) is not None]


def measure_engine(engine: str, project: Path, env: dict) -> dict:
    done = subprocess.run([sys.executable, "-m", "benchmarks.engines", engine, str(project)],
                          env=env, capture_output=True, text=True, cwd=env.get("PYTHONPATH"))
    if done.returncode != 0:
        raise SystemExit(f"{engine} failed for {project}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(results: dict[str, dict[str, dict]]) -> str:
    """`results`: size -> engine -> figures."""
    sizes = list(results)
    engines = list(next(iter(results.values()), {}))
    lines = ["| engine | " + " | ".join(sizes) + " |", "| --- |" + " ---: |" * len(sizes)]
    for engine in engines:
        cells = [f"{results[s][engine]['seconds']:.2f} s, {results[s][engine]['peak_mb']:.0f} MB" for s in sizes]
        lines.append(f"| {engine} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _build(engine: str, project: Path) -> dict:
    started = time.perf_counter()
    subprocess.run(ENGINES[engine], cwd=project, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "html_pages": sum(1 for _ in (project / "site").rglob("*.html"))}


if __name__ == "__main__":
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    print(json.dumps(_build(sys.argv[1], Path(sys.argv[2]).resolve())))
