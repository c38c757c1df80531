"""Where a measure stands against its baseline, target and comparators."""
from generator.compute.measures import summarise
from generator.model import Measure, MeasureRow


def measure(**changes) -> Measure:
    fields = dict(id="wait", name="Wait", description="Weeks waited.", unit="weeks", better="lower",
                  baseline={"value": "52", "date": "2020-06"}, target={"value": "18", "date": "2023-03"},
                  source="NHS", comparators=["England", "Region"])
    return Measure.model_validate({**fields, **changes})


def row(date, value, **comparators) -> MeasureRow:
    return MeasureRow.model_validate({"date": date, "value": value, "comparators": comparators})


def test_lower_is_better_and_the_latest_figure_skips_a_trailing_gap():
    rows = (row("2020-06", "52", England="40"), row("2021-06", "39", England="41"), row("2021-12", None))
    s = summarise(measure(), rows)
    assert s.latest is rows[1]
    assert (s.change, s.better, s.target_met) == ("down", True, False)


def test_higher_is_better_going_down_is_worse_and_a_target_can_be_met():
    s = summarise(measure(better="higher", target={"value": "50", "date": "2022-01"}),
                  (row("2021-06", "39"),))
    assert (s.change, s.better, s.target_met) == ("down", False, False)
    s = summarise(measure(better="higher", target={"value": "30", "date": "2022-01"}),
                  (row("2021-06", "52"), row("2021-09", "52")))
    assert (s.change, s.better, s.target_met, s.at_baseline) == ("same", None, True, False)


def test_a_comparator_falls_back_to_its_newest_earlier_figure_or_has_none():
    rows = (row("2020-06", "52", England="40"), row("2021-06", "39"), row("2021-12", "38"),
            row("2022-03", None, England="45"))
    s = summarise(measure(), rows)
    england, region = s.comparisons
    assert (england.value, str(england.date), england.same_date) == (40.0, "June 2020", False)
    assert (region.value, region.date) == (None, None)


def test_no_figures_yet():
    s = summarise(measure(), ())
    assert (s.latest, s.change, s.better, s.comparisons) == (None, None, None, ())
