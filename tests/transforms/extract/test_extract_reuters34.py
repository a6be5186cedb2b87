"""reuters34: column slugs, slash compounds in all-capitals names and "-che" plurals."""

from extract_helpers import one


def test_column_slug_is_no_part_of_the_company() -> None:
    fact = one(
        "Viacom International Inc said its net income rose to 12 mln dlrs.",
        "12 mln",
        headline="TALKING POINT/VIACOM INTERNATIONAL <VIA>",
    )
    assert fact.about == "Viacom International Inc"


def test_slash_compound_name_capitalizes_each_part() -> None:
    fact = one("Shr 1.10 dlrs vs 95 cts", "1.10", headline="DUN/BRADSTREET <DNB> 1ST QTR NET")
    assert fact.about == "Dun/Bradstreet"


def test_place_and_party_headline_is_no_company() -> None:
    fact = one(
        "Brazil and its bank committee agreed to a request for credit lines totalling 16 billion dlrs.",
        "16 billion",
        headline="BRAZIL/BANK COMMITTEE AGREE ON CREDIT REQUEST",
    )
    assert fact.about == "Brazil"


def test_tranches_singular_is_tranche() -> None:
    fact = one("The loan will be in three 100 mln dlr tranches.", "100 mln")
    assert fact.subject_head == "tranche"
