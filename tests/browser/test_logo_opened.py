"""The published logo opened on its own in Chromium, as anyone can (its address is
in every page): it is then a document of our site, so no script may run in it,
no dialog open and nothing be fetched from another host. The logos the
sanitiser made from inputs it accepts are opened the same way, and must draw
exactly as the input did."""
from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image, ImageChops

from browsertools import chromium, served
from conftest import ROOT
from generator.logo import rebuilt_svg
from logos import INKSCAPE

PWN = b"window.__pwned=1;alert(1)"
# Accepted by `check`, with something in them that must not survive: a script in a
# comment, text in an unknown namespace, an animation.
ACCEPTED = {
    "inkscape.svg": INKSCAPE,
    "comment.svg": INKSCAPE.replace(b"<defs", b"<!-- <script>" + PWN + b"</script> --><defs"),
    "junk.svg": INKSCAPE.replace(b"<defs", b'<x:note xmlns:x="urn:x" x:by="Comms"><x:p>' + PWN + b"</x:p>"
                                 b"</x:note><defs"),
    "animated.svg": INKSCAPE.replace(b'id="dot"/>', b'id="dot"><animate attributeName="r" to="9" dur="1s"/>'
                                     b"</circle>"),
}
# What the sanitiser refuses, published as it came: the check below must catch each.
RAW = {
    "raw-script.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>' + PWN + b"</script></svg>",
    "raw-onload.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="' + PWN + b'"/>',
    "raw-image.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><image href="https://x.example/a.png" '
                     b'width="9" height="9"/></svg>',
}
SVG_DRAWN = "document.documentElement.namespaceURI === 'http://www.w3.org/2000/svg' && " \
            "!document.querySelector('parsererror')"


@pytest.fixture(scope="module")
def site(example_site, tmp_path_factory):
    site = tmp_path_factory.mktemp("logo") / "site"
    shutil.copytree(example_site, site)  # the logos to open are added beside it
    as_given = {"inkscape.svg": INKSCAPE, "logo.svg": (ROOT / "plans" / "logo.svg").read_bytes(), **RAW}
    for folder, logos in (("made", ACCEPTED), ("as-given", as_given)):
        (site / folder).mkdir()
        for name, content in logos.items():
            (site / folder / name).write_bytes(rebuilt_svg(content, name) if folder == "made" else content)
    return site


@pytest.fixture(scope="module")
def tab(site):
    with served(site) as base, chromium(base) as tab:
        tab.dialogs = []
        tab.page.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
        yield tab


def opened(tab, path: str) -> tuple[list[str], bytes]:
    """Open one file; what went wrong there, and a screenshot of it."""
    tab.dialogs.clear()
    before = len(tab.requests)
    tab.open(path, 200, 200)
    tab.page.wait_for_timeout(50)  # an onload, or an animation's first frame
    found = [f"dialog: {d}" for d in tab.dialogs]
    found += [f"asked {url}" for url in tab.requests[before:] if not tab.is_local(url)]
    if tab.page.evaluate("window.__pwned === 1"):
        found.append("a script ran")
    if path.endswith(".svg") and not tab.page.evaluate(SVG_DRAWN):
        found.append("not drawn as SVG")
    return found, tab.page.screenshot()


def test_the_check_can_fail(tab):
    for name in RAW:
        found, _ = opened(tab, f"as-given/{name}")
        assert found, f"{name} went unnoticed"


def test_the_published_logo_runs_nothing_and_asks_nothing_elsewhere(tab, site):
    assert (site / "assets" / "brand" / "logo.svg").is_file()
    found, drawn = opened(tab, "assets/brand/logo.svg")
    assert not found, found
    assert _same(drawn, opened(tab, "as-given/logo.svg")[1])
    found, _ = opened(tab, "index.html")  # and where it shows, in the header
    assert not found, found


@pytest.mark.parametrize("name", ACCEPTED)
def test_a_logo_the_sanitiser_made_runs_nothing_and_looks_the_same(tab, name):
    found, drawn = opened(tab, f"made/{name}")
    assert not found, found
    if name != "animated.svg":  # that one stops moving, as it should
        assert _same(drawn, opened(tab, "as-given/inkscape.svg")[1]), name


def _same(a: bytes, b: bytes) -> bool:
    """The same pixels, and more than a blank page of them."""
    with Image.open(io.BytesIO(a)) as one, Image.open(io.BytesIO(b)) as other:
        one, other = one.convert("RGB"), other.convert("RGB")
        return one.getcolors(1) is None and ImageChops.difference(one, other).getbbox() is None
