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
