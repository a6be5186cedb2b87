"""about on ordinary news: the sentence's wider place, the company named before (about29)."""

from extract_helpers import one


def test_country_across_the_sentence_over_the_headline_city() -> None:
    text = (
        "Average house prices in London fell 1.2 percent in the year to March. "
        "Prices across the UK rose 0.6 percent."
    )
    assert one(text, "0.6 percent", headline="House prices in London fall", dateline="LONDON").about == "UK"


def test_the_company_stands_for_the_opener_not_the_headline_place() -> None:
    text = (
        "Microsoft will invest 33.7 billion Swedish crowns in cloud infrastructure in Sweden over two years. "
        "The company plans to train 250,000 people in AI skills."
    )
    fact = one(text, "250,000", headline="Microsoft to invest $3.2 billion in Sweden", dateline="STOCKHOLM")
    assert fact.about == "Microsoft"


def test_a_definite_thing_is_the_company_named_before() -> None:
    text = (
        "IndiGo has ordered 30 Airbus A350 wide-body jets, with options for another 70, "
        "the Indian airline said. "
        "The order is worth about $9 billion at list prices."
    )
    assert one(text, "$9 billion", headline="Airline orders 50 jets from Airbus").about == "IndiGo"


def test_a_sentence_naming_nothing_goes_on_with_the_opener() -> None:
    text = (
        "BYD sold 341,658 vehicles in June, the Chinese carmaker said. "
        "Overseas sales reached 26,995 vehicles."
    )
    assert one(text, "26,995", headline="Chinese EV maker BYD boosts sales").about == "BYD"


def test_it_cost_is_the_film_named_before() -> None:
    text = (
        "Inside Out 2 earned $155 million in North America in its opening weekend. "
        "It cost about $200 million to make."
    )
    assert one(text, "$200 million", headline="Film breaks box office record").about in (
        "Inside Out",
        "Inside Out 2",
    )


def test_the_government_keeps_the_country() -> None:
    text = (
        "The Bank of Spain cut its rate on Monday. "
        "The government wants to reduce the rate to eight pct this year."
    )
    assert one(text, "eight pct", headline="SPAIN CUTS RATES", dateline="MADRID").about != "Bank of Spain"
