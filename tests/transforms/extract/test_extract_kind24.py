"""Kind and unit at their boundaries: points glued to a figure, units of today's tech and energy news."""

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        (
            "The Greens hold a 7-point lead over the Liberals in the latest poll.",
            "7",
            "percentage point",
            "percent",
        ),
        ("Leeds opened up a four-point lead at the top of the table.", "four", "point", "index_points"),
        ("The Dow's 700-point drop rattled investors.", "700", "point", "index_points"),
        (
            "The router offers speeds of up to 900 megabits per second.",
            "900 megabits per second",
            "megabit per second",
            "other",
        ),
        ("Fibre lines reach 2Gbps in parts of the city.", "2Gbps", "gigabit per second", "other"),
        ("The tablet has a 7,000mAh battery.", "7,000mAh", "milliampere hour", "other"),
        ("Fans drank 3 million pints over the weekend.", "3 million pints", "pint", "volume"),
        (
            "The brewer sold 12 million hectolitres of lager.",
            "12 million hectolitres",
            "hectolitre",
            "volume",
        ),
        ("Ozone readings hit 120 parts per billion.", "120 parts per billion", "part per billion", "other"),
        ("Methane levels reached 1,930 ppb.", "1,930 ppb", "part per billion", "other"),
        ("The meal contains 800 calories.", "800 calories", "calorie", "energy"),
        ("A pack of crisps holds 540 kilojoules.", "540 kilojoules", "kilojoule", "energy"),
        ("The city raised parking charges to £4.20 an hour.", "£4.20", "pound sterling", "price"),
    ],
)
def test_kind_and_unit(text: str, surface: str, unit: str, kind: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, kind)


def test_index_named_keeps_points_off_a_poll() -> None:
    fact = one("After a 400-point fall in the Dow Jones average, voters grew gloomy.", "400")
    assert (fact.unit, fact.kind) == ("point", "index_points")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Bitcoin rose above $95,000 on Friday.", "$95,000"),
        ("Cocoa for March delivery was up 40 dlrs.", "40 dlrs"),
    ],
)
def test_unscaled_sum_of_a_quoted_good_is_its_price(text: str, surface: str) -> None:
    assert one(text, surface).kind == "price"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        (
            "The backbone carries 80 terabits per second.",
            "80 terabits per second",
            "terabit per second",
            "other",
        ),
        (
            "The reservoir lost 1.2 cubic kilometres of water.",
            "1.2 cubic kilometres",
            "cubic kilometre",
            "volume",
        ),
        ("The government will cut VAT on heating to 5%.", "5%", "percent", "rate"),
        ("The bar sells a bottle of house wine for £19.50.", "£19.50", "pound sterling", "price"),
    ],
)
def test_more_boundaries(text: str, surface: str, unit: str, kind: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Members approved the deal by a margin of four-to-one.", "four-to-one"),
        ("Cyclists outnumber drivers by three to one on the bridge.", "three to one"),
    ],
)
def test_to_one_after_a_margin_is_a_ratio(text: str, surface: str) -> None:
    assert one(text, surface).kind == "ratio"


def test_to_one_before_a_scale_is_no_ratio() -> None:
    assert one("Sales rose by three to one million units.", "three").kind == "count"


def test_sum_charged_for_one_thing_is_a_price() -> None:
    assert one("The airline will charge travellers £45 for a second checked bag.", "£45").kind == "price"


def test_charges_of_a_sum_for_many_items_stay_money() -> None:
    assert (
        one(
            "Results include charges of about $4.2 million for a number of plant closures.",
            "about $4.2 million",
        ).kind
        == "money"
    )
