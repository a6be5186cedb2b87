"""about47: general-news `about` shapes (fined parties, quake magnitudes located by place)."""

from extract_helpers import one


def test_fined_definite_party_owns_the_sum() -> None:
    fact = one(
        "The court fined the utility 15 million dollars for failing to maintain its lines.", "15 million"
    )
    assert fact.about == "utility"


def test_fined_named_party_unchanged() -> None:
    fact = one(
        "A Paris court fined Google 2.4 million euros on Thursday over its advertising.", "2.4 million"
    )
    assert fact.about == "Google"


def test_fined_party_only_when_sum_follows_it() -> None:
    fact = one(
        "The court fined the utility on Monday, and the bank later paid 15 million dollars.", "15 million"
    )
    assert fact.about != "utility"


def test_quake_magnitude_about_place_named_later() -> None:
    fact = one(
        "The 6.8-magnitude earthquake struck late on Friday in Jajarkot district, killing 150 people.", "6.8"
    )
    assert fact.about == "Jajarkot"


def test_quake_magnitude_most_specific_place() -> None:
    fact = one("A 5.9-magnitude quake hit eastern Turkey's Malatya province on Wednesday.", "5.9")
    assert fact.about == "Malatya"


def test_quake_relative_point_does_not_locate() -> None:
    fact = one("The 7.1-magnitude earthquake was centred 30 km off the coast of Hokkaido.", "7.1")
    assert fact.about != "Hokkaido"


def test_sized_body_owns_its_size() -> None:
    fact = one("Labour won 412 seats in the 650-seat House of Commons.", "650")
    assert fact.about == "House of Commons"
    assert one("Labour won 412 seats in the 650-seat House of Commons.", "412").about == "Labour"


def test_sized_name_of_a_model_or_body_unchanged() -> None:
    fact = one("The World Food Council is a 36-country United Nations body, the council said.", "36")
    assert fact.about != "United Nations"


def test_named_rocket_is_about_its_name() -> None:
    fact = one("The Starship rocket reached an altitude of 150 km before it exploded.", "150 km")
    assert fact.about == "Starship"
