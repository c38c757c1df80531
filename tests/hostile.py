"""Input text that would become live markup if written into Markdown as it is:
every page and report must show each of these as the text itself."""

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "<javascript:alert(1)>",
    "a | b | c",
    "{: onclick=alert(1) }",
    ":material-check:",
    "# heading",
    "- list item",
    "1. numbered",
    "**bold** _em_ `code`",
    "<!-- comment -->",
    '--8<-- "secrets.txt"',
    "{{ config }}",
]
