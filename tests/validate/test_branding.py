"""The area's logo and colour: checked before they reach the theme."""
from conftest import SITE, messages, write
from generator.validate import load_project

BRANDING = "branding:\n  logo: logo.svg\n  colour: \"#0b3d91\"\n"


def test_a_logo_next_to_site_yaml_and_a_dark_colour_are_accepted(make_project):
    root = make_project({"plans/site.yaml": SITE + BRANDING})
    write(root, {"plans/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>"})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    assert project.logo.name == "logo.svg"
    assert project.logo.content.endswith(b'<svg xmlns="http://www.w3.org/2000/svg" />\n')


def test_a_missing_logo_and_a_colour_too_light_for_white_text_are_errors(make_project):
    light = SITE + BRANDING.replace("#0b3d91", "#ffbf47")
    assert sorted(messages(make_project, {"plans/site.yaml": light})) == [
        "plans/site.yaml:13:9: branding.logo: there is no file 'logo.svg' next to site.yaml.",
        "plans/site.yaml:14:11: branding.colour: '#ffbf47' is too light: white text on it, and links "
        "in it on white, would have a contrast of 1.6:1; the least is 4.5:1. Choose a darker shade.",
    ]


def test_the_logo_must_be_an_image_inside_the_plans_folder(make_project):
    for logo in ("../mkdocs.yml", "notes.txt", "/etc/passwd", "logo.gif", "logo.svgz", "logo.html"):
        found = messages(make_project, {"plans/site.yaml": SITE + BRANDING.replace("logo.svg", logo)})
        assert found == ["plans/site.yaml:13:9: branding.logo: the logo must be an .svg, .png or .jpg "
                         "file in the plans folder, e.g. 'logo.svg'."], logo
