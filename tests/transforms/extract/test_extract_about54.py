"""about54: reported clauses of unnamed sources, ages set off after a definite person, casualty venues."""

from extract_helpers import one


def test_prosecutors_said_the_definite_subject() -> None:
    assert one("Prosecutors said the former mayor accepted $250,000 in bribes.", "$250,000").about == (
        "former mayor"
    )


def test_officials_said_the_definite_subject() -> None:
    fact = one("Port officials said the strike had already caused losses of 1.5 million dlrs.", "1.5 million")
    assert fact.about == "strike"


def test_officials_said_a_phrase_the_figure_opens_is_no_clause_subject() -> None:
    fact = one("Department officials said the 750,000 tonnes of exports are for the year.", "750,000")
    assert fact.about is None


def test_analysts_chart_levels_are_not_a_clause() -> None:
    fact = one("Analysts said the 870 stg area appears to have provided support.", "870")
    assert fact.about != "area appears"


def test_age_set_off_after_a_definite_person() -> None:
    assert one("In Sydney, the suspect, 19, was charged with murder.", "19").about == "suspect"
    assert one("The gunman, 40, killed five people.", "40").about == "gunman"


def test_named_age_stays_with_the_name() -> None:
    assert one("Erling Haaland, 24, has scored 18 goals this season.", "24").about == "Erling Haaland"


def test_casualty_at_a_venue_in_a_place() -> None:
    fact = one("The gunman killed five people at a shopping centre in Sydney.", "five")
    assert fact.about == "Sydney"


def test_count_at_a_venue_without_a_casualty_keeps_the_company() -> None:
    assert one("Acme employs 300 people at a plant in Ohio.", "300").about == "Acme"


def test_a_government_sponsored_enterprise_is_a_body_not_a_person() -> None:
    assert one("Freddie Mac said mortgage applications fell 3 percent.", "3 percent").about == "Freddie Mac"
    fact = one("The average mortgage rate fell to 6.1 percent, Fannie Mae said.", "6.1 percent")
    assert fact.about == "Fannie Mae"


def test_a_business_relation_before_a_name_is_no_part_of_it() -> None:
    assert one("Rival Airbus delivered 60 jets in March.", "60").about == "Airbus"
    assert one("Parent Alphabet said revenue rose 14 percent.", "14 percent").about == "Alphabet"


def test_a_named_owner_of_the_measure_in_a_reported_clause() -> None:
    assert one("Analysts said Chrysler's earnings would rise 10 pct this year.", "10 pct").about == "Chrysler"


def test_a_temperature_is_about_where_it_was_measured() -> None:
    fact = one(
        "The heat wave pushed temperatures to 46 degrees Celsius in Seville, the weather agency AEMET said.",
        "46 degrees",
    )
    assert fact.about == "Seville"
    assert one("The heatwave sent temperatures to 44.5C on Monday in Seville.", "44.5C").about == "Seville"


def test_a_temperature_in_a_place_before_it() -> None:
    fact = one("The heatwave hit Spain in July, when temperatures in Seville peaked at 44.5C.", "44.5C")
    assert fact.about == "Seville"


def test_a_name_owned_by_a_person_is_the_entity() -> None:
    assert one("Taylor Swift's Eras Tour grossed more than $2 billion.", "$2 billion").about == "Eras Tour"


def test_a_company_owner_keeps_its_name() -> None:
    assert one("McDonald's Corp said sales rose 5 pct.", "5 pct").about == "McDonald's Corp"


def test_an_area_burned_in_a_place() -> None:
    assert one("The wildfire has burned 12,000 hectares in northern Portugal.", "12,000").about == "Portugal"


def test_an_area_without_a_fire_keeps_its_owner() -> None:
    assert one("The farm covers 300 hectares in Kent.", "300").about != "Kent"
