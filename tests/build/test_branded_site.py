"""The example area's logo and colour reach every page of the built site."""
import shutil

from conftest import ROOT
from generator.logo import safe_logo
from htmltools import pages
from logos import INKSCAPE, png
from sitebuild import build_example, run, site_copy


def test_logo_and_colour_are_in_the_theme(example_site):
    site = example_site
    # The site serves the rebuilt logo, never the file from plans/.
    published = (site / "assets" / "brand" / "logo.svg").read_bytes()
    assert published == safe_logo(ROOT / "plans" / "logo.svg").content
    assert published != (ROOT / "plans" / "logo.svg").read_bytes()
    css = (site / "assets" / "stylesheets" / "branding.css").read_text()
    assert "--md-primary-fg-color: #0b3d91;" in css
    for name, page in pages(site).items():
        body = next(e for e in page.elements if e.tag == "body")
        assert body.attrs["data-md-color-primary"] == "custom", name
        logos = [e for e in page.elements if e.tag == "img" and e.attrs["src"].endswith("assets/brand/logo.svg")]
        assert logos and all(e.attrs["alt"] == "" for e in logos), name
        assert any(e.tag == "link" and (e.attrs.get("href") or "").endswith("branding.css")
                   for e in page.elements), name


def _plans_with_logo(tmp_path, name: str, content: bytes):
    plans = tmp_path / "in" / "plans"
    shutil.copytree(ROOT / "plans", plans)
    (plans / "logo.svg").unlink()
    site_yaml = plans / "site.yaml"
    site_yaml.write_text(site_yaml.read_text().replace("logo: logo.svg", f"logo: {name}"))
    (plans / name).write_bytes(content)
    return plans


def test_a_png_logo_is_published_encoded_again(tmp_path):
    plans = _plans_with_logo(tmp_path, "logo.png", png() + b"<html><script>alert(1)</script></html>")
    site = build_example(tmp_path, plans)
    published = (site / "assets" / "brand" / "logo.png").read_bytes()
    assert published == safe_logo(plans / "logo.png").content and b"<html>" not in published
    home = pages(site)["index.html"]
    assert any(e.tag == "img" and e.attrs["src"].endswith("assets/brand/logo.png") for e in home.elements)


def test_a_logo_with_a_script_stops_the_build(tmp_path):
    plans = _plans_with_logo(tmp_path, "logo.svg", INKSCAPE.replace(b"</svg>", b"<script>alert(1)</script></svg>"))
    root = site_copy(tmp_path, plans)
    result = run(["build"], root)
    assert result.returncode == 1
    line = next(n for n, text in enumerate((plans / "site.yaml").read_text().splitlines(), 1)
                if text.strip().startswith("logo:"))
    assert f"plans/site.yaml:{line}:9: branding.logo: the logo holds a script (<script>)" in (
        result.stdout + result.stderr)
    assert not (root / "site").exists()
