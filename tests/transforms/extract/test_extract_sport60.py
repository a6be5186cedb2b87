"""Sporting leads and margins, city-named clubs, and the later counts of a located casualty event."""

from __future__ import annotations

from extract_helpers import one


def test_points_clear_belongs_to_the_club_not_its_verb_nor_its_rival() -> None:
    fact = one(
        "Aston Villa sit five points clear of Tottenham after beating Brentford 2-0 on Saturday.", "five"
    )
    assert (fact.subject, fact.subject_head, fact.about) == ("Aston Villa", "villa", "Aston Villa")
    fact = one(
        "Bayern Munich are three points clear of Bayer Leverkusen at the top of the Bundesliga.", "three"
    )
    assert fact.about == "Bayern Munich"


def test_lead_after_a_result_and_a_city_named_club_is_no_place() -> None:
    fact = one("Leverkusen won 2-1 and are now 10 points clear of Stuttgart.", "10 points")
    assert (fact.subject_head, fact.about, fact.place) == ("leverkusen", "Leverkusen", None)
    fact = one("Liverpool are four points clear of Manchester City with eight games left.", "four")
    assert (fact.about, fact.place) == ("Liverpool", None)
    assert (
        one("Liverpool are four points clear of Manchester City with eight games left.", "eight").place
        is None
    )


def test_winning_margin_is_the_winners() -> None:
    fact = one("Max Verstappen won the Dutch Grand Prix by 12 seconds ahead of Lando Norris.", "12 seconds")
    assert (fact.subject_head, fact.about) == ("verstappen", "Max Verstappen")
    text = "Tadej Pogacar finished 6 minutes and 17 seconds ahead of Jonas Vingegaard in the Tour de France."
    assert one(text, "17 seconds").about == "Tadej Pogacar"
    fact = one("Scottie Scheffler finished three strokes ahead of Rory McIlroy at Augusta.", "three")
    assert (fact.subject_head, fact.about) == ("stroke", "Scottie Scheffler")


def test_a_city_stays_a_place_with_a_singular_verb() -> None:
    assert one("London has 9 million people.", "9 million").place == "London"


def test_later_count_of_a_located_storm_is_of_its_place() -> None:
    text = "Hurricane Milton killed 16 people in Florida and left 3 million homes without power."
    assert one(text, "3 million").about == "Florida"
    assert (
        one("Cyclone Freddy killed more than 400 people in Malawi and injured 1,200.", "1,200").about
        == "Malawi"
    )
    assert one("Storm Boris killed 21 people in Poland and 7 in Romania.", "7").about == "Romania"
    text = "Hurricane Otis, which killed 48 people in Acapulco, caused 15 billion dollars of damage."
    assert one(text, "15 billion").about == "Hurricane Otis"


def test_lone_opening_club_with_a_plural_verb() -> None:
    fact = one("Celtic are 11 points clear of Rangers in the Scottish Premiership.", "11 points")
    assert (fact.subject_head, fact.about) == ("celtic", "Celtic")
    fact = one("Girona sit two points clear of Barcelona after a 4-2 win on Sunday.", "two points")
    assert (fact.subject_head, fact.about, fact.place) == ("girona", "Girona", None)
    assert one("Sales are 5 points ahead of last year.", "5").about is None
    assert one("Inflation is 2 points ahead of target.", "2").about is None
