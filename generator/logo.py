"""The area's logo, made safe to publish: an SVG rebuilt from an allow-list of
elements and attributes, a PNG or JPEG decoded and encoded again.

The site never serves the input file. A logo opened on its own (its address is
in every page) runs as a document of our site, so a script, an event handler or
a javascript: link in it would run there, and a picture loaded from elsewhere
would tell another site who looks. What is dangerous is refused, with what was
found and what to do; what editors leave behind (Inkscape's and Illustrator's
own elements and attributes, metadata, comments) is dropped without a word.

`check` (validate/branding.py) and the build both take the bytes made here, so
they cannot disagree. Not under render/ or build/: `check` would then import
all of rendering, and this needs none of it.
"""
from __future__ import annotations

import io
import re
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
MAX_PIXELS = 4096 * 4096  # a logo is small; more is a decompression bomb
MAX_DEPTH = 100  # nesting; deeper is no real drawing, and would exhaust the stack

EDITORS = "e.g. as 'Plain SVG' in Inkscape or 'SVG' with 'Responsive' off in Illustrator"
PLAIN = f"save the logo again as plain SVG, {EDITORS}"
SHAPES = f"draw it with shapes only (or use a PNG logo instead) and {PLAIN}"

# What a logo is drawn with. Anything else in the SVG namespace (animation,
# <image>, <a>, <cursor>, fonts) is dropped, with what is inside it.
ELEMENTS = {
    "svg", "g", "defs", "symbol", "use", "switch", "title", "desc", "style",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop", "pattern",
    "clipPath", "mask", "marker", "filter", "feBlend", "feColorMatrix", "feComponentTransfer",
    "feComposite", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
    "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "feTurbulence",
}
ATTRIBUTES = {
    "id", "class", "style", "transform", "viewBox", "preserveAspectRatio", "version",
    "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
    "d", "points", "pathLength", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
    "stroke-opacity", "opacity", "color", "display", "visibility", "overflow", "paint-order",
    "vector-effect", "shape-rendering", "mix-blend-mode", "isolation", "clip-path", "clip-rule",
    "clipPathUnits", "mask", "maskUnits", "maskContentUnits", "filter", "filterUnits",
    "primitiveUnits", "gradientUnits", "gradientTransform", "spreadMethod", "offset",
    "stop-color", "stop-opacity", "patternUnits", "patternContentUnits", "patternTransform",
    "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits",
    "refX", "refY", "orient", "font-family", "font-size", "font-weight", "font-style",
    "font-variant", "font-stretch", "text-anchor", "dominant-baseline", "alignment-baseline",
    "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "writing-mode",
    "color-interpolation", "color-interpolation-filters", "in", "in2", "result", "stdDeviation",
    "mode", "operator", "k1", "k2", "k3", "k4", "values", "type", "tableValues", "slope",
    "intercept", "amplitude", "exponent", "flood-color", "flood-opacity", "radius",
    "baseFrequency", "numOctaves", "seed", "stitchTiles", "requiredFeatures", "systemLanguage",
}
SCRIPTS = {"script", "handler", "listener"}  # the last two: SVG Tiny's event scripts
DOCUMENTS = {"foreignobject", "iframe", "embed", "object", "frame", "frameset", "portal"}
ANIMATIONS = {"animate", "set", "animatemotion", "animatetransform", "animatecolor"}
# The only functions a colour, a transform or a url(#id) needs. image-set(), src(),
# cross-fade() and the like can name an address without url(), so they are refused.
CSS_FUNCTIONS = {"url", "rgb", "rgba", "hsl", "hsla", "var", "calc", "matrix", "translate",
                 "scale", "rotate", "skewx", "skewy"}
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_FUNCTION = re.compile(r"([-\w]+)\s*\(")
URL = re.compile(r"url\s*\(\s*['\"]?\s*([^'\")\s]*)", re.I)
HIDDEN = re.compile(r"[\x00-\x20\x7f]")  # what a browser ignores inside an address


@dataclass(frozen=True)
class Logo:
    name: str  # on the site: assets/brand/<name>
    content: bytes  # the rebuilt or encoded again bytes, never the input's


class Refused(Exception):
    """The logo cannot be published; the message says what was found and what to do."""


def safe_logo(path: Path) -> Logo:
    """The logo as it may be published; raises Refused with the reason."""
    data = path.read_bytes()
    kind = path.suffix.lower().lstrip(".").replace("jpeg", "jpg")
    if kind == "svg":
        return Logo("logo.svg", rebuilt_svg(data, path.name))
    return Logo(f"logo.{kind}", encoded_again(data, path.name, "PNG" if kind == "png" else "JPEG"))


# --- SVG ----------------------------------------------------------------------

def rebuilt_svg(data: bytes, name: str) -> bytes:
    parser = DefusedXMLParser(forbid_dtd=True)
    # The tree leaves out processing instructions; one outside <svg> can still load a stylesheet.
    stylesheets = []
    parser.parser.ProcessingInstructionHandler = lambda target, _: stylesheets.append(target)
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        raise Refused("the logo has a DOCTYPE or entity definitions (<!DOCTYPE ...>), which can "
                      f"make a reader fetch other files or use all its memory: {PLAIN}") from None
    except ParseError as e:
        why = _looks_like(data)
        if why in {"it looks like text", "it looks like an SVG image"}:
            why = f"its XML is broken at line {e.position[0]}"
        raise Refused(f"{name} is not an SVG image ({why}): export the logo again as SVG") from None
    if root.tag != f"{{{SVG}}}svg":
        why = ("its <svg> has no xmlns=\"http://www.w3.org/2000/svg\", so browsers do not draw it"
               if root.tag == "svg" else _looks_like(data))
        raise Refused(f"{name} is not an SVG image ({why}): export the logo again as SVG")
    if "xml-stylesheet" in stylesheets:
        raise Refused(f"the logo loads a stylesheet (<?xml-stylesheet ...?>): {PLAIN}")
    clean = _rebuilt(root, 0)
    assert clean is not None
    clean.attrib = {"xmlns": SVG, **clean.attrib}
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(clean, encoding="utf-8",
                                                                    xml_declaration=False) + b"\n"


def _rebuilt(element: ET.Element, depth: int) -> ET.Element | None:
    """A fresh copy of what is allowed in `element`; every part of it, kept or not,
    is looked at first, so a script inside metadata is refused too."""
    if depth > MAX_DEPTH:
        raise Refused(f"the logo's parts are nested more than {MAX_DEPTH} levels deep: {PLAIN}")
    namespace, local = _split(element.tag)
    _refuse_dangerous(element, local)
    keep = namespace == SVG and local in ELEMENTS
    # Written without a namespace, which the root's xmlns gives them all.
    copy = ET.Element(local) if keep else None
    if copy is not None:
        for key, value in element.attrib.items():
            attribute = _allowed_attribute(key)
            if attribute is not None and attribute not in copy.attrib:
                _refuse_css(value, f"the {attribute} attribute of <{local}>")
                copy.set(attribute, value)
        if local == "style":
            # Kept, not dropped: Illustrator gives every colour as a class in <style>,
            # so without it a logo would lose its colours. It passed the same rules as
            # a style attribute (_refuse_dangerous) without its comments, and is
            # written without them, so what was checked is what is published.
            copy.text = _css(element)
        else:
            copy.text = element.text
        copy.tail = element.tail
    for child in element:
        kept = _rebuilt(child, depth + 1)
        if copy is not None and kept is not None and local != "style":  # its text is all it has
            copy.append(kept)
    return copy


def _allowed_attribute(key: str) -> str | None:
    """The attribute's name in the rebuilt SVG, or None to drop it."""
    namespace, local = _split(key)
    if namespace == "" and local in ATTRIBUTES:
        return local
    if (namespace, local) in {("", "href"), (XLINK, "href")}:
        return "href"  # SVG 2's plain href (every current browser); the only kind kept is #id
    if namespace == XML and local in {"space", "lang"}:
        return key
    return None


def _refuse_dangerous(element: ET.Element, local: str) -> None:
    """Refuse what runs, loads or embeds, in any namespace and any case."""
    tag = local.lower()
    if tag in SCRIPTS:
        raise Refused(f"the logo holds a script (<{local}>): save the logo again without scripts, "
                      f"{EDITORS}")
    if tag in DOCUMENTS:
        raise Refused(f"the logo holds a web page or another document (<{local}>): {PLAIN}")
    if tag in ANIMATIONS:
        target = _split(element.get("attributeName", ""))[1].split(":")[-1].lower()
        if target.endswith("href") or target.startswith("on"):
            raise Refused(f"the logo changes a link or a script as it plays (<{local} attributeName="
                          f"\"{_short(element.get('attributeName', ''))}\">): save the logo again "
                          f"without animation, {EDITORS}")
    if tag == "style":
        _refuse_css(_css(element), "<style>")
    for key, value in element.attrib.items():
        name = _split(key)[1]
        where = f"the {name} attribute of <{local}>"
        if name.lower().startswith("on"):
            raise Refused(f"the logo holds a script ({name}=\"{_short(value)}\" on <{local}>): save the "
                          f"logo again without scripts, {EDITORS}")
        if "javascript:" in HIDDEN.sub("", value).lower():
            raise Refused(f"the logo holds a script (a javascript: link in {where}): save the logo "
                          f"again without scripts or links, {EDITORS}")
        if name.lower() in {"href", "src"}:
            _refuse_address(value, where)
        for address in URL.findall(value):
            _refuse_address(address, where)


def _refuse_address(address: str, where: str) -> None:
    """Only a part of the logo itself (#id) may be referred to."""
    address = HIDDEN.sub("", address)
    if address.startswith("#"):
        return
    if address.lower().startswith("data:"):
        raise Refused(f"the logo holds an embedded file (a data: address in {where}): {SHAPES}")
    raise Refused(f"the logo loads something from elsewhere ('{_short(address)}' in {where}): {SHAPES}")


def _refuse_css(css: str, where: str) -> None:
    """CSS may only set colours, sizes, transforms and url(#id): no at-rules
    (@import, @font-face), no escapes (which can spell url( without the letters),
    no function that could fetch something."""
    at_rule = re.search(r"@[-\w]*", css)
    found = (at_rule.group() if at_rule else "\\" if "\\" in css else
             next((f"{f}(" for f in CSS_FUNCTION.findall(css) if f.lower() not in CSS_FUNCTIONS), None))
    if found is not None:
        raise Refused(f"the logo's styles could load or run something ('{found}' in {where}): {PLAIN}")
    for address in URL.findall(css):
        _refuse_address(address, where)


def _css(style: ET.Element) -> str:
    """All the text in a <style>, also after elements inside it, without comments."""
    return CSS_COMMENT.sub("", "".join(style.itertext()))


def _split(name: str) -> tuple[str, str]:
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return namespace, local
    return "", name


# --- PNG and JPEG ---------------------------------------------------------------

MAGIC = {"PNG": b"\x89PNG\r\n\x1a\n", "JPEG": b"\xff\xd8\xff"}


def encoded_again(data: bytes, name: str, kind: str) -> bytes:
    """The picture decoded and encoded again: no bytes after its end, no text
    chunks, no EXIF (which can hold where a photo was taken), the same bytes on
    every build."""
    if not data.startswith(MAGIC[kind]):
        raise Refused(f"{name} is not a {kind} image ({_looks_like(data)}): export the logo again as {kind}")
    from PIL import Image, ImageOps  # only for a PNG or JPEG logo: `check` stays quick to start

    too_big = Refused(f"{name} is more than 4096 × 4096 pixels. Save a smaller version.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind])
        with image:
            width, height = image.size  # from the header: nothing is decoded yet
            if width * height > MAX_PIXELS:
                raise too_big
            image.verify()
        with Image.open(io.BytesIO(data), formats=[kind]) as image:
            image.load()
            # Browsers turn a photo as its EXIF says; the EXIF goes, so turn it here.
            picture = ImageOps.exif_transpose(image)
    except Refused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_big from None
    except Exception:  # Pillow raises many kinds for a damaged file
        raise Refused(f"{name} is not a readable {kind} image (it is cut short or damaged): "
                      f"export the logo again as {kind}") from None
    # Only what changes how it looks is kept from what the file said about itself.
    picture.info = {k: v for k, v in picture.info.items() if k == "transparency"}
    out = io.BytesIO()
    picture.save(out, kind, **({"quality": 95} if kind == "JPEG" else {}))
    return out.getvalue()


def _looks_like(data: bytes) -> str:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    for what, starts in (("a PNG image", (MAGIC["PNG"],)), ("a JPEG image", (MAGIC["JPEG"],)),
                         ("a GIF image", (b"GIF87a", b"GIF89a")), ("a PDF file", (b"%PDF",))):
        if head.startswith(starts):
            return f"it looks like {what}"
    head = head.lower()
    if b"<html" in head or b"<!doctype html" in head:
        return "it looks like a web page"
    if b"<svg" in head:
        return "it looks like an SVG image"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not a picture"
    return "it looks like text"


def _short(text: str, most: int = 60) -> str:
    """Input shown in a message: printable, and short."""
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= most else text[:most - 1] + "…"
