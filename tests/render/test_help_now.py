"""Where to get help today, from site.yaml's area.help and contact: on every
page's footer and on the home page, each part only when it is given."""
from conftest import SITE, write
from generator.validate import load_project
from htmltools import pages
from sitebuild import run, site_copy

HELP = SITE.replace("  contact:\n", "  help:\n    sendiass:\n      name: Testshire SENDIASS\n"
                    "      phone: 01632 960 777\n      web: https://www.example.gov.uk/sendiass\n"
                    "    local_offer: https://www.example.gov.uk/localoffer\n  contact:\n")


def test_every_page_says_where_to_get_help_today(example_site):
    built = pages(example_site)
    for name, page in built.items():
        footer = next(e for e in page.elements if e.attrs.get("class") == "help-now")
        assert "Free advice that does not take sides: Example County SENDIASS." in footer.text, name
        links = {e.attrs.get("href") for e in page.elements if e.tag == "a"}
        assert {"tel:01632960555", "https://www.example.gov.uk/sendiass",
                "https://www.example.gov.uk/localoffer", "mailto:send.improvement@example.gov.uk"} <= links, name
    home = built["index.html"].text
    assert "Get help today" in home.split("Contact us")[0]


def test_the_public_helpline_passes_the_personal_data_guard_and_only_it(tmp_path):
    from conftest import MEASURES, PLAN, UPDATE
    files = {"plans/site.yaml": HELP, "plans/measures.yaml": MEASURES, "plans/wsoa/plan.yaml": PLAN,
             "plans/wsoa/updates/2021-04.yaml": UPDATE}
    root = write(tmp_path / "ok", files)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    assert project.site.area.help.sendiass.phone == "01632 960 777"
    # A phone number in the service's name is no helpline: still refused.
    named = HELP.replace("name: Testshire SENDIASS", "name: Call Jo on 07700 900123")
    root = write(tmp_path / "named", {**files, "plans/site.yaml": named})
    _, report = load_project(root / "plans", root)
    assert [p.code for p in report.problems] == ["personal-data"]


def test_without_help_the_footer_gives_the_contact_only(tmp_path):
    from conftest import MEASURES, PLAN, UPDATE
    plans = write(tmp_path / "in", {"plans/site.yaml": SITE, "plans/measures.yaml": MEASURES,
                                    "plans/wsoa/plan.yaml": PLAN, "plans/wsoa/updates/2021-04.yaml": UPDATE}) / "plans"
    root = site_copy(tmp_path, plans)
    assert run(["build"], root).returncode == 0
    home = pages(root / "site")["index.html"]
    footer = next(e for e in home.elements if e.attrs.get("class") == "help-now")
    assert "SENDIASS" not in footer.text and "Local Offer" not in footer.text
    assert "Questions about this plan:" in footer.text
