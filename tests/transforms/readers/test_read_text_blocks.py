"""HTML, NITF and plain text reduced to paragraphs and subheads."""

from __future__ import annotations

from defusedxml.ElementTree import fromstring

from transforms.readers.html_text import html_to_blocks
from transforms.readers.nitf import content_root, xml_to_blocks
from transforms.readers.paragraphs import TextBlocks, plain_paragraphs


def test_html_paragraphs_inline_markup_and_subheads() -> None:
    html = (
        "<section><p>Rates rose to <b>4.5</b>&nbsp;percent,\n said the <a href='#'>bank</a>.</p>"
        "<h2>Outlook</h2><p>More to come.</p></section>"
    )
    assert html_to_blocks(html) == TextBlocks(
        paragraphs=["Rates rose to 4.5\u00a0percent, said the bank.", "Outlook", "More to come."],
        subheads=["Outlook"],
    )


def test_html_line_breaks_and_nested_blocks_split_paragraphs() -> None:
    html = "<div>First<br>Second<blockquote>Quoted</blockquote>Tail</div>"
    assert html_to_blocks(html).paragraphs == ["First", "Second", "Quoted", "Tail"]


def test_html_drops_figures_scripts_and_head() -> None:
    html = (
        "<html><head><title>T</title><script>x()</script></head><body><p>Text.</p>"
        "<figure><img src='a.jpg'><figcaption>Caption</figcaption></figure></body></html>"
    )
    assert html_to_blocks(html) == TextBlocks(paragraphs=["Text."])


def test_broken_html_does_not_fail() -> None:
    assert html_to_blocks("<p>Unclosed <b>bold<p>Next").paragraphs == ["Unclosed bold", "Next"]


def test_nitf_body_content_with_hl2_subhead_and_media_skipped() -> None:
    nitf = fromstring(
        '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>'
        "<body.head><hedline><hl1>Headline</hl1></hedline></body.head>"
        "<body.content><p>One <em>two</em>\n   three.</p><hl2>Sub</hl2>"
        "<media><media-caption>Cap</media-caption></media><block><p>Four.</p></block></body.content>"
        "</body></nitf>"
    )
    assert xml_to_blocks(content_root(nitf)) == TextBlocks(
        paragraphs=["One two three.", "Sub", "Four."], subheads=["Sub"]
    )


def test_deeply_nested_xml_does_not_exhaust_the_stack() -> None:
    root = fromstring("<div>" * 5000 + "deep" + "</div>" * 5000)
    assert xml_to_blocks(root).paragraphs == ["deep"]


def test_plain_text_blank_line_paragraphs_are_unwrapped() -> None:
    assert plain_paragraphs("One\nline.\n\nTwo.\n") == ["One line.", "Two."]


def test_plain_text_indented_paragraphs_reuters_style() -> None:
    text = "Showers continued in\nthe zone.\n    The dry period\nmeans delay.\n    Arrivals rose."
    assert plain_paragraphs(text) == [
        "Showers continued in the zone.",
        "The dry period means delay.",
        "Arrivals rose.",
    ]


def test_plain_text_one_paragraph_per_line() -> None:
    assert plain_paragraphs("Headline\nFirst para.\nSecond para.") == [
        "Headline",
        "First para.",
        "Second para.",
    ]


def test_plain_text_inside_pretty_printed_xml_is_dedented() -> None:
    text = "\n        First para\n        continues.\n\n        Second.\n    "
    assert plain_paragraphs(text) == ["First para continues.", "Second."]
