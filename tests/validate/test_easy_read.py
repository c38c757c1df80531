"""`check` holds a plan's Easy Read summary to the Easy Read rules: one short
sentence a point, no abbreviations, a known picture for each, with errors naming
the file, line and field."""
from conftest import PLAN, messages

EASY = PLAN.replace("summary: What we will do.\n", "summary: What we will do.\neasy_read:\n{points}")


def _plan(*points: tuple[str, str]) -> str:
    return EASY.format(points="".join(f"  - text: {t}\n    picture: {p}\n" for t, p in points))


def test_a_good_easy_read_summary_passes(problems):
    assert problems({"plans/wsoa/plan.yaml": _plan(("We made a plan to make things better.", "plan"),
                                                   ("You can phone us for help.", "phone"))}) == []


def test_each_broken_rule_is_an_error_at_its_line_and_field(make_project):
    plan = _plan(("We made a plan.", "plan"),
                 ("Some children waited a very long time, much longer than they should have had to wait.",
                  "waiting"),
                 ("The NHS helps.", "doctor"),
                 ("We listen. We act.", "listening"),
                 ("A picture we do not have.", "unicorn"))
    assert messages(make_project, {"plans/wsoa/plan.yaml": plan}) == [
        "plans/wsoa/plan.yaml:6:11: easy_read[1].text: this sentence has 16 words; an Easy Read "
        "sentence has at most 15: use fewer, shorter words.",
        "plans/wsoa/plan.yaml:8:11: easy_read[2].text: Easy Read has no abbreviations: write 'NHS' "
        "out in full, in plain words.",
        "plans/wsoa/plan.yaml:10:11: easy_read[3].text: an Easy Read point is one sentence: split it "
        "into two points.",
        "plans/wsoa/plan.yaml:13:14: easy_read[4].picture: 'unicorn' is not one of family, child, school, "
        "doctor, waiting, plan, talking, listening, help, phone, website, done, calendar, information, home",
    ]


def test_a_point_without_a_picture_is_an_error(problems):
    plan = EASY.format(points="  - text: We made a plan.\n")
    assert [(c, f) for c, _, _, f in problems({"plans/wsoa/plan.yaml": plan})] == [
        ("missing-field", "easy_read[0].picture")]
