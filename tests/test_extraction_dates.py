"""Publication dates: only from this article's metadata, never invented."""
import datetime as dt

from tests.extraction_helpers import extract

BODY = "Anna Berrow said the talks in Ostrava had been useful and would continue.\n"


def published(text, **kwargs):
    art = extract(text, **kwargs).articles[0]
    return art.published, art.date_precision


def test_it_reads_a_date_field():
    assert published("date 2024-03-05 " + BODY) == (dt.date(2024, 3, 5), "day")


def test_it_reads_a_time_and_dotted_date_line():
    assert published("Berrow on the talks\n\n09:15 07.11.2024 •\n\n" + BODY)[0] == dt.date(2024, 11, 7)


def test_it_reads_a_dateline():
    assert published("Berrow on the talks\n\nOstrava, November 7, 2024\n\n" + BODY)[0] == dt.date(2024, 11, 7)


def test_it_never_takes_a_date_from_a_link_to_another_story():
    text = BODY + "\nhttps://news.example.org/2024/10/28/other-story\n"
    assert published(text) == (None, "unknown")


def test_it_leaves_a_weekday_unresolved_without_a_reference_date():
    assert published("Anna Berrow said on Saturday that the talks were useful.\n") == (None, "unknown")


def test_it_resolves_a_weekday_against_a_reference_date():
    ref = dt.date(2024, 11, 13)  # a Wednesday
    got = published("Anna Berrow said on Saturday that the talks were useful.\n", reference_date=ref)
    assert got == (dt.date(2024, 11, 9), "day")


def test_it_keeps_month_precision():
    assert published("Berrow on the talks\n\nPublished: March 2024\n\n" + BODY)[1] in {"month", "unknown"}


def test_it_reads_a_published_on_line():
    assert published("Berrow on the talks\n\nPublished On 27 Sep 2025\n\n" + BODY) == (dt.date(2025, 9, 27), "day")


def test_it_reads_an_updated_iso_timestamp():
    assert published("Berrow on the talks\n\nUpdated: 2025-09-27T14:03:00Z\n\n" + BODY)[0] == dt.date(2025, 9, 27)


def test_it_reads_a_date_with_a_time_of_day():
    assert published("Berrow on the talks\n\nSeptember 27, 2025 at 5:32 PM\n\n" + BODY)[0] == dt.date(2025, 9, 27)


def test_it_reads_day_month_year_and_dotted_lines():
    assert published("Berrow on the talks\n\n27 September 2025\n\n" + BODY)[0] == dt.date(2025, 9, 27)
    assert published("Berrow on the talks\n\n27.09.2025\n\n" + BODY)[0] == dt.date(2025, 9, 27)


def test_it_reads_an_agency_dateline_only_with_a_known_year():
    text = "OSTRAVA, Sept 27 (Reuters) - " + BODY
    assert published(text) == (None, "unknown")
    assert published(text, reference_date=dt.date(2025, 10, 2))[0] == dt.date(2025, 9, 27)


def test_it_never_dates_an_article_by_a_past_event_in_the_body():
    text = "Berrow on the talks\n\n" + BODY + "\nThe war began in February 2022, and talks stalled on March 3, 2023.\n"
    assert published(text) == (None, "unknown")


def test_it_reads_more_header_date_styles():
    from statements.extraction.dates import is_date_line
    assert is_date_line("Thu 9 May 2024 18.05 BST")
    assert is_date_line("Broadcast: 16 February 2025")
    assert is_date_line("DATELINE: SOLVARA, LISVANIA, 4 OCTOBER 2024")
    assert is_date_line("5 December 2024 · 4 min read")
    assert not is_date_line("He said on 5 December 2024 that he would go.")


def test_it_reads_a_labelled_date_run_into_an_agency_line():
    from tests.extraction_helpers import extract
    text = ("Lisvanian president calls early vote\n\nALPINE WIRE SERVICE\nDATELINE: SOLVARA, 4 OCTOBER 2024\n\n"
            "President Maren Oduya on Friday called an early election, her office said.\n")
    assert str(extract(text).articles[0].published) == "2024-10-04"


def test_it_reads_a_time_zone_offset_a_magazine_issue_and_a_dated_title():
    from statements.extraction.dates import is_date_line
    from tests.extraction_helpers import extract
    assert is_date_line("July 8, 2025 at 6:12 AM GMT+2")
    text = "The Negotiator\n\nThe Northern Review, September 2024 issue\n\nLiesl Harkin keeps a stone on her desk.\n"
    assert str(extract(text).articles[0].published) == "2024-09-01"
    text = "Spokesperson’s Regular Press Conference on March 4, 2025\n\nGood afternoon, she said to the room.\n"
    assert str(extract(text).articles[0].published) == "2025-03-04"
