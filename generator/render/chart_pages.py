"""The parts of pages that carry a chart: each measure's page and the home page's
chart of actions by status. Each chart comes with its summary sentence and a table
of the same figures, built here so that the three always agree."""
from __future__ import annotations

from dataclasses import dataclass

from ..compute import Figures, figures
from ..compute.measures import MeasureSummary, summarise
from ..model import Measure, PlanEntry, Project
from ..model.base import anchor
from . import formats
from .charts import NOT_REPORTED_KEY, Chart, measure_chart, status_chart
from ..store import Store
from .sentences import measure_sentence, status_sentence

NO_FIGURE = "no figure"


@dataclass(frozen=True)
class ChartTable:
    """A chart, the file it is published as, its sentence and its table."""

    path: str  # in the site
    chart: Chart
    sentence: str
    headers: list[str]
    rows: list[list[str]]

    @property
    def file_name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class MeasureView:
    summary: MeasureSummary
    sentence: str
    chart: ChartTable | None  # None while there are no figures

    @property
    def page(self) -> str:
        return measure_page(self.summary.measure)


def measure_page(measure: Measure) -> str:
    return f"measures/{anchor(measure.id)}/index.md"


def measure_views(project: Project, store: Store | None = None) -> list[MeasureView]:
    views = []
    area = project.site.area.name
    for measure in project.measures:
        summary = summarise(measure, project.rows(measure))
        sentence = measure_sentence(summary)
        chart = None
        if summary.rows:
            unit = measure.unit
            headers = ["Date", area + formats.column_unit(unit)]
            headers += [name + formats.column_unit(unit) for name in measure.comparators]
            rows = [[str(r.date)] + [NO_FIGURE if v is None else formats.cell(v, unit)
                                     for v in [r.value, *(r.comparators.get(c) for c in measure.comparators)]]
                    for r in summary.rows]
            path = f"measures/{anchor(measure.id)}/{anchor(measure.id)}.svg"
            chart = ChartTable(path, measure_chart(summary, area, measure.name, sentence, store),
                               sentence, headers, rows)
        views.append(MeasureView(summary, sentence, chart))
    return views


def status_history(entry: PlanEntry, project: Project) -> list[Figures]:
    return [figures(entry, period, project.site) for period in entry.published_periods()]


def status_chart_table(entry: PlanEntry, project: Project, store: Store | None = None) -> ChartTable | None:
    """Actions by status at each published update; None before the first one."""
    history = status_history(entry, project)
    if not history:
        return None
    sentence = status_sentence(entry, history)
    title = f"{entry.plan.title}: actions by status at each update"
    unreported = any(f.not_reported for f in history)  # a column only for a plan that has some
    headers = ["Update"] + [s.label for s in project.site.statuses] + [NOT_REPORTED_KEY] * unreported
    rows = [[f.period.update.label] + [str(n) for _, n in f.by_status] + [str(f.not_reported)] * unreported
            for f in history]
    return ChartTable(f"{entry.id}/actions-by-status.svg",
                      status_chart(history, project.site, title, sentence, store), sentence, headers, rows)
