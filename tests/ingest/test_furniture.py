"""clean_text keeps prose and drops page furniture, by rule rather than by a list of strings."""

from __future__ import annotations

from pathlib import Path

from timeline.ingest import clean_extracted_text, clean_text
from timeline.ingest.furniture import is_prose, split_paragraphs

PROSE = "The foreign ministers met in Paris on Monday to discuss a new trade agreement."


def test_seed_article_loses_its_page_furniture(corpus: Path) -> None:
    text = (corpus / "kim-putin-birthday.txt").read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert cleaned.startswith("North Korean leader Kim Jong-un has extended")
    for furniture in ("Connect with us", "Published", "Kim Jong Un Putin Meeting"):
        assert furniture not in cleaned
    assert cleaned.endswith("constructing a nuclear-powered submarine.")
    assert cleaned.count("\n\n") == 6  # seven prose paragraphs, boundaries kept


def test_common_furniture_lines_are_dropped() -> None:
    furniture = [
        "Share",
        "Share this article",
        "Follow us",
        "By Jane Doe",
        "By Jane Doe, Reuters",
        "Advertisement",
        "Read more",
        "Sign up for our newsletter",
        "Sign up for our newsletter to get the latest news every single morning.",
        "Kim Jong Un and Vladimir Putin at a meeting in Pyongyang",
        "World",
        "Copyright 2024 Example News. All rights reserved.",
        "(Reporting by Jane Doe; Editing by John Roe.)",
    ]
    cleaned = clean_text("\n\n".join([*furniture, PROSE]))
    assert cleaned == PROSE


def test_short_lines_inside_a_block_are_judged_alone() -> None:
    text = f"World\nBy Jane Doe\n{PROSE}\nShare\nAdvertisement"
    assert clean_text(text) == PROSE


def test_hard_wrapped_paragraph_is_rejoined() -> None:
    text = (
        "The foreign ministers of France and Germany met\n"
        "in Paris on Monday to discuss a new trade\n"
        "agreement.\n\nBy the end of the week, the talks had moved to Berlin."
    )
    assert clean_text(text) == (
        "The foreign ministers of France and Germany met in Paris on Monday to discuss a new "
        "trade agreement.\n\nBy the end of the week, the talks had moved to Berlin."
    )


def test_headline_repeated_in_body_is_dropped_when_title_given() -> None:
    headline = "Will France and Germany finally agree on a trade deal?"
    assert is_prose(headline)
    assert clean_text(f"{headline}\n\n{PROSE}", title=headline) == PROSE
    assert headline in clean_text(f"{headline}\n\n{PROSE}")


def test_short_sentence_is_kept_but_title_case_label_is_not() -> None:
    assert is_prose("Russia denied the claim.")
    assert not is_prose("Kim Jong Un Putin Meeting.")
    assert not is_prose("Published")


def test_flattened_article_ending_in_a_credit_is_kept() -> None:
    flattened = " ".join([PROSE] * 3) + " Reuters contributed to this report"
    assert clean_text(flattened) == flattened


def test_very_short_article_survives() -> None:
    assert clean_text("Troops withdrew.\n\nShare") == "Troops withdrew."


def test_repeated_paragraph_is_kept_once() -> None:
    assert clean_text(f"{PROSE}\n\n{PROSE}") == PROSE


def test_extracted_text_treats_each_line_as_a_paragraph() -> None:
    second = "Officials said the talks were constructive and would continue next month."
    extracted = f"Leaders meet in Paris\nBy Jane Doe\n{PROSE}\nAdvertisement\n{second}"
    assert clean_extracted_text(extracted, title="Leaders meet in Paris") == f"{PROSE}\n\n{second}"


def test_windows_newlines_and_nbsp_are_normalised() -> None:
    assert split_paragraphs("Share\r\n\r\nOne\u00a0two three four five six.") == [
        "Share",
        "One two three four five six.",
    ]
