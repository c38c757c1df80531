"""The glossary: the default words, an area's own, and mistakes in either."""
from conftest import ROOT, messages
from generator.load.yaml_source import read_yaml
from generator.model import Glossary
from generator.model.glossary import DEFAULT_GLOSSARY
from generator.validate import load_project
from generator.validate.schema import validate_source

SEND_JARGON = {"EHC plan", "SENCO", "SENDIAS", "SENA", "ICB", "CCG", "PCF", "WSOA", "RAGB", "DCO",
               "DSCO", "CQC", "Ofsted", "APP", "SEND", "ADHD", "NHS"}


def test_the_default_glossary_is_valid_and_explains_send_jargon():
    source, problems = read_yaml(DEFAULT_GLOSSARY, "default")
    glossary, found = validate_source(source, Glossary)
    assert not problems and not found
    assert SEND_JARGON <= {t.term for t in glossary.terms}


def test_an_area_adds_words_and_replaces_default_ones(make_project):
    root = make_project({"plans/glossary.yaml": """\
        terms:
          - term: LPT
            stands_for: Leicestershire Partnership NHS Trust
            meaning: The NHS trust that runs community and mental health services.
          - term: SENCO
            stands_for: SEND co-ordinator
            meaning: Our own wording.
        """})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    terms = {t.term: t for t in project.glossary}
    assert terms["LPT"].tooltip == "Leicestershire Partnership NHS Trust"
    assert terms["SENCO"].tooltip == "SEND co-ordinator"
    assert "WSOA" in terms  # the defaults stay
    assert [t.term.lower() for t in project.glossary] == sorted(t.term.lower() for t in project.glossary)


def test_mistakes_in_the_area_glossary_name_file_line_and_field(make_project):
    found = messages(make_project, {"plans/glossary.yaml": """\
        terms:
          - term: "<b>SENCO</b>"
            meaning: x
          - term: PCF
            meening: Parent Carer Forum
          - term: LO
            meaning: Local Offer
          - term: LO
            meaning: Local Offer again
        """})
    assert found == [
        "plans/glossary.yaml:2:11: terms[0].term: '<b>SENCO</b>' is not a usable glossary word: use "
        "letters, numbers, spaces and . & ' / - only, at most 60 characters, e.g. 'SENCO' or 'EHC plan'",
        "plans/glossary.yaml:5:5: terms[1].meening: unknown field 'meening'; did you mean 'meaning'? "
        "(allowed here: term, stands_for, meaning)",
    ]


def test_the_same_word_twice_is_an_error(make_project):
    found = messages(make_project, {"plans/glossary.yaml": """\
        terms:
          - {term: LO, meaning: Local Offer}
          - {term: LO, meaning: Local Offer again}
        """})
    assert found == ["plans/glossary.yaml:3:12: terms[1].term: glossary word 'LO' is already used "
                     "on line 2; each must be different."]


def test_the_example_area_extends_the_glossary():
    project, report = load_project(ROOT / "plans")
    assert report.ok, report.summary()
    assert {"Local Offer", "SEND Partnership Board", "SENCO"} <= {t.term for t in project.glossary}
