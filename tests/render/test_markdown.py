"""Input text can only ever become text in the page."""
import markdown as md
import pytest

from generator.render.markdown import block, inline, url
from hostile import HOSTILE


def html_of(markdown_text: str) -> str:
    return md.markdown(markdown_text, extensions=["tables", "attr_list"])


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_text_renders_as_the_same_text(text):
    html = html_of(f"| a |\n| --- |\n| {inline(text)} |")
    import html as h
    cell = html.split("<td>")[1].split("</td>")[0]
    assert h.unescape(cell) == text
    assert "<script" not in html and "onerror=" not in html.replace("onerror=alert(1)&gt;", "")


@pytest.mark.parametrize("text", [t for t in HOSTILE if t != "- list item"])  # a list on purpose
def test_block_text_makes_one_plain_paragraph(text):
    html = html_of(str(block(text)))
    assert html.startswith("<p>") and html.count("<p>") == 1
    for tag in ("<h1", "<ul", "<ol", "<a ", "<img", "<script", "<strong", "<code"):
        assert tag not in html


def test_block_keeps_paragraphs_and_dash_lists():
    assert str(block("One\nline.\n\n- a\n- b\n\nEnd.")) == "One line.\n\n- a\n- b\n\nEnd."


def test_url_refuses_what_could_break_out_of_a_link():
    assert str(url("https://example.gov.uk/a_(b)")) == "<https://example.gov.uk/a_(b)>"
    with pytest.raises(ValueError):
        url("https://x.org/ onclick=")
