"""Table rows whose label reads as a verb ("Harvested", "Planted", "Feed Use") name the subject of
their figures, and the first figure of a table row is a figure, not the number of a name."""

import pytest
from extract_helpers import one

from transforms.extract import extract

_LEAD = "U.S. CORN SUPPLY/DEMAND\n\nin mln bushels\n\n"


@pytest.mark.parametrize(
    ("row", "surface", "subject"),
    [
        ("Harvested 69.2 69.4 75.2 75.3", "75.2", "Harvested"),
        ("Planted 119.8 119.7 128.1 128.2", "128.1", "Planted"),
        ("Refined 23.5 22.1", "22.1", "Refined"),
        ("Feed Use 295.49 289.47 286.53 287.42", "286.53", "Feed Use"),
        ("Redeemed 6,406.5 56.1 19.5", "19.5", "Redeemed"),
        ("Total Use 108.0 103.0 90.8 90.8", "103.0", "Total Use"),
        ("Start Stocks 2.32 2.23", "2.23", "Start Stocks"),
    ],
)
def test_participle_label_is_the_row_subject(row: str, surface: str, subject: str) -> None:
    assert one(_LEAD + row + "\n", surface).subject == subject


@pytest.mark.parametrize(
    ("row", "surface"),
    [
        ("Harvested 69.2 69.4 75.2 75.3", "69.2"),
        ("Feed Use 295.49 289.47 286.53 287.42", "295.49"),
        ("Refined 23.5 22.1", "23.5"),
        ("Domestic Use 218 192 174 174", "218"),
    ],
)
def test_first_column_of_a_row_is_kept(row: str, surface: str) -> None:
    fact = one(_LEAD + row + "\n", surface)
    assert fact.unit == "bushel"
    assert fact.subject is not None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Harvested area fell to 1.2 mln hectares from 1.3 mln.", "1.2 mln"),
        ("Exported grain totalled 4.5 mln tonnes.", "4.5 mln"),
        ("Planted acreage rose to 1.2 mln acres from 1.1 mln.", "1.2 mln"),
    ],
)
def test_prose_opening_on_a_participle_is_not_a_row(text: str, surface: str) -> None:
    assert one(text, surface).subject != text.split()[0]


@pytest.mark.parametrize(
    "text",
    [
        "Windows 3.1 is old.\n",
        _LEAD + "Toledo 1.2 1.4\n",
        _LEAD + "IRAN 1.6 2.2 1.9\n",
    ],
)
def test_named_or_placed_first_figure_stays_out(text: str) -> None:
    first = "3.1" if text.startswith("Windows") else text.split("\n")[-2].split()[1]
    assert all(f.surface != first for f in extract(text))


@pytest.mark.parametrize(
    ("row", "surface", "subject"),
    [
        ("Start Stcks 2.32 2.23 1.91 1.91", "2.23", "Start Stcks"),
        ("Ttl Domest 176.4 171.2 169.8 169.8", "171.2", "Ttl Domest"),
        ("East Europe 261.0 346.0 25.0 25.0", "346.0", None),
    ],
)
def test_abbreviated_row_label_is_not_a_name(row: str, surface: str, subject: str | None) -> None:
    assert one(_LEAD + row + "\n", surface).subject == subject
