"""Logos for the tests: a real one as Inkscape saves it, and ways to make rasters."""
from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

# As Inkscape 1.x saves it ('Inkscape SVG'): its own namespaces, a named view, RDF
# metadata, comments, a gradient referred to with xlink:href and a <style> of classes.
INKSCAPE = b"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg width="48" height="48" viewBox="0 0 48 48" version="1.1" id="svg1"
   inkscape:version="1.3 (0e150ed6c4, 2023-07-21)" sodipodi:docname="logo.svg"
   inkscape:export-filename="/home/comms/Desktop/logo.png" inkscape:export-xdpi="96"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:xlink="http://www.w3.org/1999/xlink" xmlns="http://www.w3.org/2000/svg"
   xmlns:svg="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
   xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <title id="title1">Example County Council</title>
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" bordercolor="#000000"
     inkscape:zoom="8" inkscape:cx="24" inkscape:cy="24" inkscape:current-layer="layer1">
    <inkscape:grid id="grid1" units="px" spacingx="1" spacingy="1"/>
  </sodipodi:namedview>
  <defs id="defs1">
    <linearGradient id="sky" inkscape:collect="always">
      <stop style="stop-color:#0b3d91;stop-opacity:1" offset="0" id="stop1"/>
      <stop style="stop-color:#1d70b8;stop-opacity:1" offset="1" id="stop2"/>
    </linearGradient>
    <linearGradient xlink:href="#sky" id="skyFill" x1="0" y1="0" x2="48" y2="48"
       gradientUnits="userSpaceOnUse" inkscape:collect="always"/>
    <style id="style1">/* classes */ .mark { fill: #ffffff; stroke: none }</style>
  </defs>
  <metadata id="metadata1">
    <rdf:RDF>
      <cc:Work rdf:about="">
        <dc:format>image/svg+xml</dc:format>
        <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/>
        <dc:creator><cc:Agent><dc:title>Comms team</dc:title></cc:Agent></dc:creator>
      </cc:Work>
    </rdf:RDF>
  </metadata>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
    <rect style="fill:url(#skyFill);stroke:none" id="rect1" width="48" height="48" x="0" y="0"
       rx="8" sodipodi:type="rect"/>
    <path class="mark" d="M 12,32 20,20 l 6,6 10,-12" id="path1" sodipodi:nodetypes="cccc"
       style="fill:none;stroke:#ffffff;stroke-width:4;stroke-linecap:round"
       inkscape:connector-curvature="0"/>
    <circle class="mark" cx="12" cy="36" r="2.5" id="dot"/>
    <text xml:space="preserve" x="24" y="46" id="text1"
       style="font-size:4px;font-family:'Open Sans', sans-serif;-inkscape-font-specification:'Open Sans Bold'"
       text-anchor="middle"><tspan sodipodi:role="line" id="tspan1" x="24" y="46">Example</tspan></text>
  </g>
</svg>
"""


def png(size=(8, 8), colour="#0b3d91", **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG", **save)
    return out.getvalue()


def jpeg(size=(8, 8), colour="#0b3d91", **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", **save)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims a huge picture: a decompression bomb."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 4096))
            + chunk(b"IEND", b""))
