"""Charts as static SVG, drawn with matplotlib at build time: no JavaScript, nothing
fetched. Every chart has a text alternative on its page (a sentence and a table);
inside the SVG, <title> and <desc> carry the same words.

Drawn for a phone first: a chart 3.2 inches (230 points) wide keeps 11-point text at
about 13.5 pixels on a 320-pixel screen, and grows with the page on wider ones.
Lines differ by marker and dash as well as colour, and bars by hatching, so nothing
depends on colour alone. The key sits above the chart.
"""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, timedelta

import matplotlib
import matplotlib.dates as mdates
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..compute import Figures
from ..compute.measures import MeasureSummary
from ..model import Period, Site
from ..model.status import text_colour
from . import formats
from ..store import Store
from .made import made

WIDTH = 3.2  # inches
FONT_SIZE = 11  # points
# The same output for the same input, byte for byte: fixed ids, no dates, no
# version stamp, and text left as text so that no font is embedded or fetched.
RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "progress-pages",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],  # ships with matplotlib: the same layout everywhere
    "font.size": FONT_SIZE,
    "text.parse_math": False,  # a '$' in a name is a dollar sign
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#505a5f",
    "axes.labelcolor": "#0b0c0c",
    "xtick.color": "#0b0c0c",
    "ytick.color": "#0b0c0c",
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#dddddd",
    "hatch.linewidth": 1.0,
    "legend.frameon": False,
}
NO_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
# Dark enough for 3:1 against white (WCAG 1.4.11); each line also has its own marker and dash.
LINE_STYLES = [
    ("#12436d", "o", "-"),
    ("#801650", "s", "--"),
    ("#0f7b6c", "^", ":"),
    ("#a35a00", "D", "-."),
    ("#6b4c9a", "v", (0, (5, 1, 1, 1, 1, 1))),
]
TARGET_STYLE = ("#3d3d3d", "*", (0, (1, 3)))
NOT_REPORTED_EDGE = "#505a5f"  # 3:1 against white, as the lines
NOT_REPORTED_KEY = "Not reported yet"
HATCHES = ["", "//", "--", "xx", "\\\\", "||", "++"]  # lines: dots and circles make large files
Y_LABELS = {"percent": "Per cent", "number": "Number", "days": "Days", "weeks": "Weeks",
            "months": "Months"}

SVG_NS = "http://www.w3.org/2000/svg"


def _svg_prefixes() -> None:
    """ElementTree's prefixes are global: WeasyPrint (the PDF report) registers its own
    over the SVG default, so they are set again before every chart is written."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")


@dataclass(frozen=True)
class Chart:
    svg: str
    width: int  # CSS pixels, for the <img> attributes
    height: int


def measure_chart(summary: MeasureSummary, area: str, title: str, desc: str,
                  store: Store | None = None) -> Chart:
    """The local figure and each comparator over time, with the target."""
    m = summary.measure
    drawn = (m.unit, m.target, m.comparators, summary.rows, area, title, desc)
    return _sized(made(store, "chart", b"measure\0" + repr(drawn).encode(),
                       lambda: _measure_svg(summary, area, title, desc).encode()))


def status_chart(history: list[Figures], site: Site, title: str, desc: str,
                 store: Store | None = None) -> Chart:
    """Stacked bars: how many actions had each status at each update."""
    drawn = ([(f.period.update.date, _tick(f.period), f.by_status, f.not_reported) for f in history],
             site.statuses, title, desc)
    return _sized(made(store, "chart", b"status\0" + repr(drawn).encode(),
                       lambda: _status_svg(history, site, title, desc).encode()))


def _measure_svg(summary: MeasureSummary, area: str, title: str, desc: str) -> str:
    measure = summary.measure
    unit = measure.unit
    series = [(area, [r.value for r in summary.rows])]
    series += [(name, [r.comparators.get(name) for r in summary.rows]) for name in measure.comparators]
    dates = [r.date.last_day for r in summary.rows]
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(WIDTH, 2.5 + 0.2 * (len(series) + bool(measure.target))),
                     layout="constrained")
        ax = fig.add_subplot()
        handles, labels = [], []
        for (name, values), (colour, marker, dash) in zip(series, _cycle(LINE_STYLES, len(series))):
            ys = [float("nan") if v is None else v for v in values]  # a gap stays a gap
            (line,) = ax.plot(dates, ys, color=colour, marker=marker, linestyle=dash, linewidth=2,
                              markersize=5, clip_on=False)
            handles.append(line)
            labels.append(name)
        shown = list(dates)
        if measure.target is not None:
            colour, marker, dash = TARGET_STYLE
            target = measure.target
            ax.axhline(target.value, color=colour, linestyle=dash, linewidth=1.5)
            ax.plot([target.date.last_day], [target.value], color=colour, marker=marker,
                    markersize=10, linestyle="none", clip_on=False)
            handles.append(Line2D([], [], color=colour, marker=marker, linestyle=dash, markersize=10))
            labels.append(f"Target: {formats.figure(target.value, unit)} by {target.date}")
            shown.append(target.date.last_day)
        _date_axis(ax, shown)
        _value_axis(ax, unit, [v for _, values in series for v in values if v is not None]
                    + ([measure.target.value] if measure.target else []))
        ax.set_xlabel("Date")
        ax.set_ylabel(Y_LABELS[unit])
        fig.legend(handles, labels, loc="outside upper left", ncols=1, handlelength=3)
        return _svg(fig, title, desc)


def _status_svg(history: list[Figures], site: Site, title: str, desc: str) -> str:
    """Completed is at the bottom, so that progress shows as the bottom of the bars growing."""
    statuses = list(site.statuses)
    hatch = {s.id: HATCHES[i % len(HATCHES)] for i, s in enumerate(statuses)}
    positions = list(range(len(history)))
    label_segments = len(history) <= 12
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(WIDTH, 3.6), layout="constrained")
        ax = fig.add_subplot()
        bottoms = [0] * len(history)
        for status in reversed(statuses):
            counts = [dict((s.id, n) for s, n in f.by_status)[status.id] for f in history]
            ink = text_colour(status.colour)
            bars = ax.bar(positions, counts, bottom=bottoms, width=0.7, color=status.colour,
                          edgecolor=ink, linewidth=0.8, hatch=hatch[status.id])
            if label_segments:
                big = [str(n) if n and n >= 0.08 * f.total else "" for n, f in zip(counts, history)]
                ax.bar_label(bars, labels=big, label_type="center", color=ink,
                             bbox={"facecolor": status.colour, "edgecolor": "none", "pad": 1})
            bottoms = [b + n for b, n in zip(bottoms, counts)]
        unreported = [f.not_reported for f in history]
        if any(unreported):  # on top, outlined and empty: no status, so no status colour
            bars = ax.bar(positions, unreported, bottom=bottoms, width=0.7, color="#ffffff",
                          edgecolor=NOT_REPORTED_EDGE, linewidth=0.8, linestyle="--")
            if label_segments:
                ax.bar_label(bars, labels=[str(n) if n and n >= 0.08 * f.total else ""
                                           for n, f in zip(unreported, history)],
                             label_type="center", color="#0b0c0c")
            bottoms = [b + n for b, n in zip(bottoms, unreported)]
        ax.set_xticks(positions, [_tick(f.period) for f in history])
        step = max(1, -(-len(history) // 6))  # at most 6 labels across a phone screen
        for i, tick in enumerate(ax.xaxis.get_major_ticks()):
            tick.label1.set_visible(i % step == (len(history) - 1) % step)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        ax.set_ylim(0, max(bottoms + [1]))
        ax.set_xlabel("Update")
        ax.set_ylabel("Number of actions")
        key = [Patch(facecolor=s.colour, edgecolor=text_colour(s.colour), hatch=hatch[s.id],
                     linewidth=0.8) for s in statuses]
        labels = [s.label for s in statuses]
        if any(unreported):
            key.append(Patch(facecolor="#ffffff", edgecolor=NOT_REPORTED_EDGE, linewidth=0.8, linestyle="--"))
            labels.append(NOT_REPORTED_KEY)
        fig.legend(key, labels, loc="outside upper left", ncols=2,
                   handlelength=2, handleheight=1.4)
        return _svg(fig, title, desc)


def _cycle(styles: list, n: int) -> list:
    return [styles[i % len(styles)] for i in range(n)]


def _tick(period: Period) -> str:
    """'Oct 2021' under its bar, with the day for an update named after it (two in a month)."""
    d = period.update.date.last_day  # a month's last day is still in that month
    return f"{d.day} {d:%b}\n{d.year}" if len(period.id) > len("YYYY-MM") else d.strftime("%b\n%Y")


def _date_axis(ax, dates: list[date]) -> None:
    first, last = min(dates), max(dates)
    pad = max(timedelta(days=45), (last - first) / 20)
    ax.set_xlim(first - pad, last + pad)
    if (last - first).days > 540:
        ax.xaxis.set_major_locator(mdates.YearLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    else:
        locator = mdates.AutoDateLocator(minticks=2, maxticks=4)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b\n%Y"))


def _value_axis(ax, unit: str, values: list[float]) -> None:
    """From zero, so that the height of a line means what it seems to."""
    if unit == "percent":
        ax.set_ylim(0, 100)
        ax.set_yticks([0, 25, 50, 75, 100])
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{formats.number(v)}%"))
    else:
        ax.set_ylim(0, max(values + [1]) * 1.1)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: formats.number(v)))


def _svg(fig: Figure, title: str, desc: str) -> str:
    buffer = io.BytesIO()
    FigureCanvasSVG(fig).print_svg(buffer, metadata=NO_METADATA)
    root = ET.fromstring(buffer.getvalue())
    for metadata in root.findall(f"{{{SVG_NS}}}metadata"):
        root.remove(metadata)
    # ElementTree escapes the text: a name holding '<' or '&' stays text.
    for tag, text in (("desc", desc), ("title", title)):
        element = ET.Element(f"{{{SVG_NS}}}{tag}", {"id": f"chart-{tag}"})
        element.text = text
        root.insert(0, element)
    root.set("role", "img")
    root.set("aria-labelledby", "chart-title chart-desc")
    root.set("{http://www.w3.org/XML/1998/namespace}lang", "en-GB")
    _svg_prefixes()
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _sized(svg_bytes: bytes) -> Chart:
    """The chart with its size in CSS pixels, from the points matplotlib wrote."""
    svg = svg_bytes.decode("utf-8")
    found = re.search(r'<svg [^>]*?width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    assert found is not None, "matplotlib wrote no size"
    width, height = (float(v) for v in found.groups())
    return Chart(svg, round(width * 4 / 3), round(height * 4 / 3))
