"""An older progress-pages reading an area's files written for a newer format says
so in one plain error, instead of listing the newer fields as mistakes."""
from importlib.metadata import version

from conftest import PLAN, SITE, messages
from generator.model.site import FORMAT


def test_a_newer_format_is_one_plain_error_before_any_other(make_project):
    newer = f"format: {FORMAT + 1}\n" + SITE + "a_field_from_the_future: yes\n"
    found = messages(make_project, {"plans/site.yaml": newer,
                                    "plans/wsoa/plan.yaml": PLAN.replace("due: 2021-03", "due: soon")})
    assert found == [f"plans/site.yaml:1:9: format: this site.yaml is written for format {FORMAT + 1}, "
                     f"but this progress-pages (version {version('local-offer-progress-pages')}) "
                     f"reads up to format {FORMAT}: upgrade progress-pages."]


def test_the_current_format_is_read_as_before(make_project):
    assert messages(make_project, {"plans/site.yaml": f"format: {FORMAT}\n" + SITE}) == []
    assert messages(make_project, {}) == []  # no format: the first one


def test_a_format_that_is_not_a_number_is_a_mistake_in_the_field(make_project):
    found = messages(make_project, {"plans/site.yaml": "format: two\n" + SITE})
    assert len(found) == 1 and found[0].startswith("plans/site.yaml:1:9: format:"), found
