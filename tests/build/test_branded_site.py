"""The example area's logo and colour reach every page of the built site."""
from htmltools import pages
from sitebuild import build_example


def test_logo_and_colour_are_in_the_theme(tmp_path):
    site = build_example(tmp_path)
    assert (site / "assets" / "brand" / "logo.svg").is_file()
    css = (site / "assets" / "stylesheets" / "branding.css").read_text()
    assert "--md-primary-fg-color: #0b3d91;" in css
    for name, page in pages(site).items():
        body = next(e for e in page.elements if e.tag == "body")
        assert body.attrs["data-md-color-primary"] == "custom", name
        logos = [e for e in page.elements if e.tag == "img" and e.attrs["src"].endswith("assets/brand/logo.svg")]
        assert logos and all(e.attrs["alt"] == "" for e in logos), name
        assert any(e.tag == "link" and (e.attrs.get("href") or "").endswith("branding.css")
                   for e in page.elements), name
