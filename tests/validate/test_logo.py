"""The logo is published only as the safe copy generator/logo.py makes: an SVG
rebuilt from an allow-list, a PNG or JPEG decoded and saved again. What could
run, load or embed something is refused by `check`, at site.yaml's logo line."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from PIL import ExifTags, Image

from conftest import ROOT, SITE
from generator.logo import Refused, safe_logo
from generator.validate import load_project
from logos import INKSCAPE, jpeg, png, png_claiming

AT = "plans/site.yaml:13:9: branding.logo: "
NS = 'xmlns="http://www.w3.org/2000/svg"'
XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'
EDITORS = "e.g. as 'Plain SVG' in Inkscape or 'SVG' with 'Responsive' off in Illustrator"
PLAIN = f"save the logo again as plain SVG, {EDITORS}"
SHAPES = f"draw it with shapes only (or use a PNG logo instead) and {PLAIN}"


def svg(inside: str, attrs: str = "") -> bytes:
    return f'<svg {NS} {XLINK} viewBox="0 0 10 10" {attrs}>{inside}</svg>'.encode()


def logo_problems(make_project, content: bytes, name: str = "logo.svg") -> list[str]:
    root = make_project({"plans/site.yaml": SITE + f"branding:\n  logo: {name}\n"})
    (root / "plans" / name).write_bytes(content)
    project, report = load_project(root / "plans", root)
    assert (project is None) == (not report.ok)
    return [str(p) for p in report.problems]


def published(make_project, content: bytes, name: str = "logo.svg") -> bytes:
    root = make_project({"plans/site.yaml": SITE + f"branding:\n  logo: {name}\n"})
    (root / "plans" / name).write_bytes(content)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project.logo.content


SCRIPTS = {
    "script element": svg("<script>window.__pwned=1</script>"),
    "script in CDATA": svg("<script><![CDATA[alert(1)]]></script>"),
    "XHTML script": svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
    "upper-case script": svg("<SCRIPT>alert(1)</SCRIPT>"),
    "script hidden in metadata": svg("<metadata><script>alert(1)</script></metadata>"),
    "SVG Tiny handler": svg('<handler type="application/ecmascript">alert(1)</handler>'),
}
HANDLERS = {
    "onload on the root": svg("<rect width='1' height='1'/>", 'onload="window.__pwned=1"'),
    "onclick nested": svg("<g><g><rect width='1' height='1' onclick='alert(1)'/></g></g>"),
    "upper-case ONMOUSEOVER": svg("<rect width='1' height='1' ONMOUSEOVER='alert(1)'/>"),
    "onbegin on animation": svg("<rect width='1' height='1'><animate onbegin='alert(1)'/></rect>"),
    "handler in another namespace": svg("<rect xmlns:x='urn:x' x:onload='alert(1)'/>"),
}
JAVASCRIPT = {
    "href": svg('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'),
    "xlink:href": svg('<a xlink:href="javascript:alert(1)"><rect width="1" height="1"/></a>'),
    "upper case and spaces": svg('<a href="  JaVaScRiPt:alert(1)"><rect/></a>'),
    "tab and newline inside": svg('<a href="java&#9;scr&#10;ipt:alert(1)"><rect/></a>'),
    "character reference": svg('<a href="java&#x73;cript:alert(1)"><rect/></a>'),
    "in use": svg('<use href="javascript:alert(1)"/>'),
}
ELSEWHERE = {
    "image from a website": (svg('<image href="https://tracker.example/a.png" width="10" height="10"/>'),
                             "https://tracker.example/a.png", "href", "image"),
    "xlink:href to another site": (svg('<use xlink:href="https://evil.example/s.svg#a"/>'),
                                   "https://evil.example/s.svg#a", "href", "use"),
    "image next to the logo": (svg('<image href="photo.png"/>'), "photo.png", "href", "image"),
    "fill from a website": (svg('<rect style="fill:url(https://x.example/p.svg#g)"/>'),
                            "https://x.example/p.svg#g", "style", "rect"),
    "quoted url in an attribute": (svg("<rect fill=\"URL( 'https://x.example/#g' )\"/>"),
                                   "https://x.example/#g", "fill", "rect"),
    "protocol-relative": (svg('<rect filter="url(//x.example/f.svg#f)"/>'),
                          "//x.example/f.svg#f", "filter", "rect"),
    "XInclude": (svg('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="https://x.example/"/>'),
                 "https://x.example/", "href", "include"),
}
DOCUMENTS = {
    "foreignObject with HTML": svg('<foreignObject width="10" height="10"><div xmlns='
                                   '"http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/>'
                                   '</div></foreignObject>'),
    "iframe": svg('<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://x.example/"/>'),
    "embed": svg('<embed xmlns="http://www.w3.org/1999/xhtml" src="evil.swf"/>'),
    "object": svg('<object xmlns="http://www.w3.org/1999/xhtml" data="evil.html"/>'),
}
DOCTYPES = {
    "DOCTYPE with an entity": b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e "x">]>' + svg("&e;"),
    "billion laughs": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
        for i in range(1, 10)) + b"]>" + svg("<text>&lol9;</text>"),
    "external entity": b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + svg("<text>&x;</text>"),
    "plain SVG 1.1 DOCTYPE": b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
                             b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">' + svg(""),
}


@pytest.mark.parametrize("content", SCRIPTS.values(), ids=SCRIPTS.keys())
def test_a_script_element_in_any_namespace_or_case_is_refused(make_project, content):
    [found] = logo_problems(make_project, content)
    assert found.startswith(AT + "the logo holds a script (<"), found
    assert found.endswith("): save the logo again without scripts, " + EDITORS), found


def test_the_script_message_in_full(make_project):
    assert logo_problems(make_project, SCRIPTS["script element"]) == [
        AT + "the logo holds a script (<script>): save the logo again without scripts, e.g. as "
        "'Plain SVG' in Inkscape or 'SVG' with 'Responsive' off in Illustrator"]


@pytest.mark.parametrize("content", HANDLERS.values(), ids=HANDLERS.keys())
def test_an_event_handler_anywhere_is_refused(make_project, content):
    [found] = logo_problems(make_project, content)
    assert found.lower().startswith((AT + "the logo holds a script (on").lower()), found
    assert "without scripts" in found


def test_the_handler_message_names_it_and_where(make_project):
    assert logo_problems(make_project, HANDLERS["onclick nested"]) == [
        AT + "the logo holds a script (onclick=\"alert(1)\" on <rect>): save the logo again without "
        f"scripts, {EDITORS}"]


@pytest.mark.parametrize("content", JAVASCRIPT.values(), ids=JAVASCRIPT.keys())
def test_a_javascript_link_however_spelt_is_refused(make_project, content):
    [found] = logo_problems(make_project, content)
    assert found == AT + "the logo holds a script (a javascript: link in the href attribute of <" + \
        found.split("<")[1].split(">")[0] + ">): save the logo again without scripts or links, " + EDITORS


@pytest.mark.parametrize("content,address,attribute,element", ELSEWHERE.values(), ids=ELSEWHERE.keys())
def test_anything_loaded_from_elsewhere_is_refused(make_project, content, address, attribute, element):
    assert logo_problems(make_project, content) == [
        AT + f"the logo loads something from elsewhere ('{address}' in the {attribute} attribute of "
        f"<{element}>): {SHAPES}"]


@pytest.mark.parametrize("content", [
    svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>'),
    svg('<image xlink:href=" DATA:image/svg+xml,&lt;svg onload=alert(1)&gt;"/>'),
    svg('<rect style="fill:url(data:image/svg+xml;base64,PHN2Zy8+)"/>'),
], ids=["embedded PNG", "upper-case data: with a space", "data: in style url()"])
def test_an_embedded_file_is_refused(make_project, content):
    [found] = logo_problems(make_project, content)
    assert found.startswith(AT + "the logo holds an embedded file (a data: address in the "), found
    assert found.endswith(SHAPES)


def test_a_stylesheet_processing_instruction_is_refused(make_project):
    content = b'<?xml version="1.0"?>\n<?xml-stylesheet href="https://x.example/a.css" type="text/css"?>\n'
    assert logo_problems(make_project, content + svg("")) == [
        AT + f"the logo loads a stylesheet (<?xml-stylesheet ...?>): {PLAIN}"]


@pytest.mark.parametrize("content", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_a_web_page_inside_the_logo_is_refused(make_project, content):
    [found] = logo_problems(make_project, content)
    assert found.startswith(AT + "the logo holds a web page or another document (<"), found
    assert found.endswith(PLAIN)


@pytest.mark.parametrize("content", DOCTYPES.values(), ids=DOCTYPES.keys())
def test_a_doctype_or_entities_are_refused_before_anything_is_expanded(make_project, content):
    assert logo_problems(make_project, content) == [
        AT + "the logo has a DOCTYPE or entity definitions (<!DOCTYPE ...>), which can make a reader "
        f"fetch other files or use all its memory: {PLAIN}"]


@pytest.mark.parametrize("content,what", [
    (svg('<a href="#x"><animate attributeName="href" to="javascript:alert(1)"/></a>'), "animate attributeName=\"href\""),
    (svg('<a href="#x"><set attributeName="xlink:href" to="https://x.example/"/></a>'), "set attributeName=\"xlink:href\""),
    (svg('<rect><set attributeName="onclick" to="alert(1)"/></rect>'), "set attributeName=\"onclick\""),
], ids=["animate href to javascript:", "set xlink:href", "set onclick"])
def test_an_animation_that_changes_a_link_is_refused(make_project, content, what):
    assert logo_problems(make_project, content) == [
        AT + f"the logo changes a link or a script as it plays (<{what}>): save the logo again "
        f"without animation, {EDITORS}"]


@pytest.mark.parametrize("css,found", [
    ("@import url(https://x.example/a.css);", "@import"),
    ("@IMPORT 'https://x.example/a.css';", "@IMPORT"),
    ("@font-face { font-family: x; src: url(https://x.example/f.woff) }", "@font-face"),
    ("svg { background: image-set('https://x.example/a.png' 1x) }", "image-set("),
    ("rect { fill: u\\72l(https://x.example/) }", "\\"),
    ("rect { width: expression(alert(1)) }", "expression("),
], ids=["@import", "@IMPORT without url", "@font-face", "image-set", "escape", "expression"])
def test_styles_that_could_load_or_run_something_are_refused(make_project, css, found):
    assert logo_problems(make_project, svg(f"<style>{css}</style>")) == [
        AT + f"the logo's styles could load or run something ('{found}' in <style>): {PLAIN}"]


def test_css_after_an_element_inside_style_is_checked_too(make_project):
    [found] = logo_problems(make_project, svg("<style>rect { fill: red }<g/>@import 'https://x.example/';</style>"))
    assert found == AT + f"the logo's styles could load or run something ('@import' in <style>): {PLAIN}"
    out = published(make_project, svg("<style>rect { fill: red }<g/> circle { fill: blue }</style>"))
    assert b"<style>rect { fill: red } circle { fill: blue }</style>" in out


def test_a_style_url_to_elsewhere_is_refused_even_behind_a_comment(make_project):
    [found] = logo_problems(make_project, svg("<style>rect { fill: url(/**/https://x.example/) }</style>"))
    # Comments go before the check, so what is checked is what is written.
    assert found == AT + f"the logo loads something from elsewhere ('https://x.example/' in <style>): {SHAPES}"


@pytest.mark.parametrize("content,why", [
    (b"<!doctype html><html><body><script>alert(1)</script></body></html>", "it looks like a web page"),
    (b"<html><body>hello</body></html>", "it looks like a web page"),
    (b"<svg><rect/></svg>", 'its <svg> has no xmlns="http://www.w3.org/2000/svg", so browsers do not draw it'),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>", "its XML is broken at line 1"),
    (png(), "it looks like a PNG image"),
], ids=["web page", "web page as XML", "no namespace", "broken XML", "PNG named .svg"])
def test_what_is_not_an_svg_is_refused(make_project, content, why):
    assert logo_problems(make_project, content) == [
        AT + f"logo.svg is not an SVG image ({why}): export the logo again as SVG"]


def test_nesting_too_deep_is_refused_without_a_traceback(make_project):
    [found] = logo_problems(make_project, svg("<g>" * 5000 + "</g>" * 5000))
    assert found == AT + f"the logo's parts are nested more than 100 levels deep: {PLAIN}"


def test_an_inkscape_logo_loses_only_the_editors_leftovers(make_project):
    out = published(make_project, INKSCAPE)
    assert not logo_problems(make_project, INKSCAPE)
    root = ET.fromstring(out)
    tags = [e.tag.split("}")[1] for e in root.iter()]
    assert tags == ["svg", "title", "defs", "linearGradient", "stop", "stop", "linearGradient", "style",
                    "g", "rect", "path", "circle", "text", "tspan"]
    assert root.attrib == {"width": "48", "height": "48", "viewBox": "0 0 48 48", "version": "1.1",
                           "id": "svg1"}
    for junk in (b"inkscape", b"sodipodi", b"rdf", b"metadata", b"Comms team", b"/home/", b"<!--", b"xlink"):
        assert junk not in out.replace(b"-inkscape-font-specification", b""), junk
    # What draws it is all there: the gradient (now with a plain href), its use, the text.
    assert b'<linearGradient href="#sky" id="skyFill" x1="0" y1="0" x2="48" y2="48" ' \
           b'gradientUnits="userSpaceOnUse" />' in out
    assert b'style="fill:url(#skyFill);stroke:none"' in out
    assert b"<style id=\"style1\"> .mark { fill: #ffffff; stroke: none }</style>" in out
    assert b'<text xml:space="preserve" x="24" y="46"' in out and b">Example</tspan>" in out
    assert b"<title id=\"title1\">Example County Council</title>" in out


def test_the_rebuilt_svg_is_new_bytes_with_the_same_drawing(make_project):
    example = (ROOT / "plans" / "logo.svg").read_bytes()
    out = published(make_project, example)
    assert out != example and out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
    drawn = [(e.tag, {k: v for k, v in e.attrib.items() if k != "aria-hidden"}) for e in ET.fromstring(example).iter()]
    assert [(e.tag, dict(e.attrib)) for e in ET.fromstring(out).iter()] == drawn
    assert safe_logo(ROOT / "plans" / "logo.svg").content == out  # same bytes every time


def test_text_that_looks_like_markup_stays_text(make_project):
    out = published(make_project, svg("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>"))
    assert b"<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>" in out


# --- PNG and JPEG ---------------------------------------------------------------

@pytest.mark.parametrize("name,content,message", [
    ("logo.png", b"<!DOCTYPE html><html><script>alert(1)</script></html>",
     "logo.png is not a PNG image (it looks like a web page): export the logo again as PNG"),
    ("logo.png", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
     "logo.png is not a PNG image (it looks like a GIF image): export the logo again as PNG"),
    ("logo.png", b"just some words\n", "logo.png is not a PNG image (it looks like text): export the "
     "logo again as PNG"),
    ("logo.png", jpeg(), "logo.png is not a PNG image (it looks like a JPEG image): export the logo "
     "again as PNG"),
    ("logo.jpg", png(), "logo.jpg is not a JPEG image (it looks like a PNG image): export the logo "
     "again as JPEG"),
    ("Logo.JPEG", INKSCAPE, "Logo.JPEG is not a JPEG image (it looks like an SVG image): export the "
     "logo again as JPEG"),
    ("logo.png", png()[:40], "logo.png is not a readable PNG image (it is cut short or damaged): "
     "export the logo again as PNG"),
    ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "logo.png is not a readable PNG image (it is cut "
     "short or damaged): export the logo again as PNG"),
], ids=["web page", "GIF", "text", "JPEG named .png", "PNG named .jpg", "SVG named .JPEG", "cut short",
        "magic only"])
def test_a_picture_must_be_what_its_name_says_by_its_bytes(make_project, name, content, message):
    assert logo_problems(make_project, content, name) == [AT + message]


def test_a_decompression_bomb_is_refused_before_it_is_decoded(make_project):
    assert logo_problems(make_project, png_claiming(20000, 20000), "logo.png") == [
        AT + "logo.png is more than 4096 × 4096 pixels. Save a smaller version."]
    assert logo_problems(make_project, png((4097, 4097)), "logo.png") == [
        AT + "logo.png is more than 4096 × 4096 pixels. Save a smaller version."]


def test_a_png_is_saved_again_without_what_trails_it_or_its_text(make_project):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "made at 51.5N 0.1W by J. Smith")
    original = png(pnginfo=info) + b"<html><script>alert(1)</script></html>"
    out = published(make_project, original, "logo.png")
    assert out.startswith(b"\x89PNG\r\n\x1a\n") and out.endswith(b"IEND\xaeB`\x82")
    assert b"<html>" not in out and b"J. Smith" not in out and b"tEXt" not in out
    with Image.open(io.BytesIO(out)) as image, Image.open(io.BytesIO(original)) as before:
        assert image.tobytes() == before.tobytes()
    assert published(make_project, original, "logo.png") == out  # the same bytes every build


def test_a_jpeg_is_saved_again_without_its_exif_and_turned_as_the_exif_said(make_project):
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # shown turned a quarter clockwise
    exif[ExifTags.Base.Artist] = "J. Smith"
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitudeRef] = "N"
    original = jpeg((8, 4), exif=exif)
    assert b"J. Smith" in original
    out = published(make_project, original, "logo.jpeg")
    assert out.startswith(b"\xff\xd8\xff") and b"Exif" not in out and b"J. Smith" not in out
    with Image.open(io.BytesIO(out)) as image:
        assert image.format == "JPEG" and image.size == (4, 8) and not image.getexif()
    assert published(make_project, original, "logo.jpeg") == out


def test_a_transparent_palette_png_keeps_its_transparency(make_project):
    image = Image.new("P", (4, 4), 0)
    image.putpalette([255, 255, 255, 11, 61, 145])
    image.putpixel((1, 1), 1)
    out = io.BytesIO()
    image.save(out, "PNG", transparency=0)
    with Image.open(io.BytesIO(published(make_project, out.getvalue(), "logo.png"))) as again:
        assert again.mode == "P" and again.info["transparency"] == 0
        assert again.convert("RGBA").getpixel((0, 0))[3] == 0


def test_the_published_name_serves_as_an_image(make_project):
    root = make_project({"plans/site.yaml": SITE + "branding:\n  logo: Brand.JPEG\n"})
    (root / "plans" / "Brand.JPEG").write_bytes(jpeg())
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    assert project.logo.name == "logo.jpg"


def test_safe_logo_raises_refused_for_the_build_too(tmp_path):
    (tmp_path / "logo.svg").write_bytes(SCRIPTS["script element"])
    with pytest.raises(Refused, match="holds a script"):
        safe_logo(tmp_path / "logo.svg")
