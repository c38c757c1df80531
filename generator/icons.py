"""The theme's icons: Material for MkDocs ships its icon set as SVG files, which the
checks look up (an icon named in site.yaml must exist) and the pages draw."""
from __future__ import annotations

from pathlib import Path


def _icons_dir() -> Path:
    import material  # the theme ships its icon set

    return Path(material.__file__).parent / "templates" / ".icons"


def icon_path(name: str) -> Path:
    """The SVG file of a Material for MkDocs icon name."""
    root = _icons_dir()
    for prefix in ("fontawesome-regular-", "fontawesome-solid-", "fontawesome-brands-"):
        if name.startswith(prefix):
            return root / "fontawesome" / prefix.split("-")[1] / f"{name[len(prefix):]}.svg"
    set_name, _, icon = name.partition("-")
    return root / set_name / f"{icon}.svg"
