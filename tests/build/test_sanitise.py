"""The second layer: generated pages' HTML keeps our markup and loses anything
that could run, even when the first layer (escaping) is switched off."""
from conftest import ROOT, SITE, UPDATE, write
from generator.render.sanitise import sanitise
from htmltools import Page, pages
from sitebuild import pipeline_build, site_copy

OURS = ('<h2 id="action-a1-1">A1.1</h2><table><thead><tr><th>Status</th></tr></thead><tbody><tr>'
        '<td data-label="Status"><span class="status status--green"><span class="twemoji">'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21 7 9 19"></path></svg>'
        '</span> On track</span></td></tr></tbody></table><p><abbr title="Education, Health and Care">EHC</abbr> '
        '<a href="../p2/#action-a2-1">link</a> <a href="mailto:send@example.gov.uk">mail</a></p>')


def shape(html: str) -> list[tuple]:
    return [(e.tag, sorted((k.lower(), v) for k, v in e.attrs.items()), " ".join(e.text.split()))
            for e in Page(html).elements]


def test_our_markup_survives_unchanged():
    assert shape(sanitise(OURS)) == shape(OURS)


def test_anything_that_could_run_is_removed():
    hostile = ('<script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
               '<svg onload="alert(4)"><path d="M0 0"></path></svg><iframe src="https://evil.example"></iframe>'
               '<div style="background:url(https://evil.example/x)" onclick="alert(5)">y</div>'
               '<form action="https://evil.example"><input name="q"></form><style>body{}</style>'
               '<svg><use href="https://evil.example/icons.svg#a"></use><use href="javascript:alert(6)"></use></svg>')
    clean = sanitise(hostile)
    for e in Page(clean).elements:
        assert e.tag not in {"script", "iframe", "form", "input", "style"}
        assert not any(k.startswith("on") or k == "style" for k in e.attrs), e
        assert not (e.attrs.get("href") or "").startswith("javascript"), e
        assert e.tag != "use" or "href" not in e.attrs, e  # icons are drawn on the page, never fetched
    assert "alert" not in clean and "evil" not in clean


def test_with_escaping_switched_off_the_site_still_has_nothing_that_runs(tmp_path, monkeypatch):
    """Break the first layer on purpose: input text goes into the Markdown raw."""
    from markupsafe import Markup

    import generator.render.abbreviations as abbreviations
    import generator.render.markdown as markdown
    monkeypatch.setattr(markdown, "inline", lambda text: Markup(str(text)))
    # The status histories are HTML fragments put in after MkDocs (render/fragments.py),
    # escaped on their own way: switched off too.
    monkeypatch.setattr(abbreviations, "escape", str)
    abbreviations.abbreviations.cache_clear()
    payload = '<script>alert(1)</script><img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>'
    plans = write(tmp_path / "in", {
        "plans/site.yaml": SITE, "plans/wsoa/updates/2021-04.yaml": UPDATE.replace(
            "note: The draft is written.", f"note: '{payload}'"),
        **{name: (ROOT / "tests/conftest.py").read_text().split(f'{const} = """\\\n')[1].split('"""')[0]
           for name, const in (("plans/wsoa/plan.yaml", "PLAN"), ("plans/measures.yaml", "MEASURES"))}}) / "plans"
    root = site_copy(tmp_path, plans)
    monkeypatch.chdir(root)
    pipeline_build(root)
    built = pages(root / "site")
    page = built["wsoa/p1/index.html"]
    assert "x" in page.text  # the raw HTML reached the page's Markdown...
    history = [e for e in page.elements if e.tag == "td" and e.attrs.get("data-label") == "What happened"]
    assert history and "img" in history[0].children_tags  # ...and its history table
    for name, p in built.items():  # ...and the sanitiser removed what could run
        for e in p.elements:
            assert not any(k.startswith("on") for k in e.attrs), (name, e)
            assert not (e.attrs.get("href") or "").startswith("javascript"), (name, e)
            assert e.tag != "script" or "alert" not in e.text, (name, e)


def test_status_history_tables_survive_the_sanitiser_unchanged():
    """They go through it on their own (see generator/finish, which fills them in)."""
    from generator.render import fragments, render_pages
    from generator.validate import load_project

    project, report = load_project(ROOT / "plans")
    assert project is not None, report.summary()
    built = render_pages(project)
    tables = [html for text in built.values() if isinstance(text, str)
              for html in fragments.split(text)[1].values()]
    assert len(tables) > 15
    for html in tables:
        assert shape(sanitise(html)) == shape(html)
