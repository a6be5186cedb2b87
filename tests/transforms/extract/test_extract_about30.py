"""about30: a bank that manages or underwrites an issue is not what the issue's figures are about."""

from extract_helpers import one


def test_lead_manager_said_yields_to_issuer() -> None:
    text = (
        "Vesta Kraftverk is issuing a 15 billion yen eurobond due June 2, 1993 paying 4-3/4 pct "
        "and priced at 101-3/4 pct, lead manager Harbour Trust International Ltd said."
    )
    assert one(text, "15 billion yen").about == "Vesta Kraftverk"
    assert one(text, "4-3/4 pct").about == "Vesta Kraftverk"


def test_bond_for_issuer_priced_by_lead_manager() -> None:
    text = "A 60 mln dlr, five year, deal for Kitano is priced today by lead manager Example Ltd."
    assert one(text, "60 mln dlr").about == "Kitano"


def test_lead_underwriter_reports_offering_of_named_company() -> None:
    text = (
        "Lead underwriter Harbour Stone and Co Inc said an offering of two mln shares of "
        "Acme Steel Industries Inc is underway at 50 dlrs per share."
    )
    assert one(text, "two mln").about == "Acme Steel Industries Inc"


def test_every_underwriter_of_a_list_is_a_manager() -> None:
    text = (
        "Lead underwriters <Harbour, Stone and Co> and Example Boston Inc <EXB> said an offering of "
        "two mln preferred shares of Acme Steel Industries Inc is underway at 50 dlrs."
    )
    assert one(text, "50 dlrs").about == "Acme Steel Industries Inc"
    listed = (
        "The company said it will issue 2,000,000 of the shares through underwriters Gordon Example "
        "Corp, Loewen Sample and Co Ltd and Example Canada Inc."
    )
    headline = "NORTHWIND MINES <NWM.TO> TO ISSUE SHARES"
    assert one(listed, "2,000,000", headline=headline).about == "Northwind Mines"


def test_manager_of_its_own_figures_keeps_them() -> None:
    text = "Harbour Trust International Ltd said its net profit rose 12 pct to 40 mln dlrs."
    assert one(text, "40 mln dlrs").about == "Harbour Trust International Ltd"


def test_later_sentence_takes_the_issuer_not_the_lead_manager() -> None:
    text = (
        "Vesta Kraftverk AG is issuing a 15 billion yen eurobond paying 4-3/4 pct, lead manager "
        "Harbour Trust International Ltd said. The selling concession is 1-1/4 pct."
    )
    assert one(text, "1-1/4 pct").about == "Vesta Kraftverk AG"


def test_figures_issued_by_a_body_are_cited_from_it() -> None:
    text = (
        "Turnover on the Example Futures Exchange rose to 1.16 mln contracts in March, figures issued "
        "by the Example Clearing House show. Turnover for the quarter was 2.87 mln contracts."
    )
    assert one(text, "1.16 mln").about == "Example Futures Exchange"
    assert one(text, "2.87 mln").about == "Example Futures Exchange"


def test_figures_a_body_publishes_on_itself_stay_its_own() -> None:
    text = "Figures published by the Bank of Freedonia showed its foreign assets rose by 2 billion francs."
    assert one(text, "2 billion francs").about == "Bank of Freedonia"
