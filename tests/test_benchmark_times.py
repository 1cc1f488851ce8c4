"""The time benchmark's placing of a record's span in its rebuilt document (no shared data needed)."""
from benchmarks.times import _overlapping, _span_in, _value
from newsevents.times import find_times


def test_a_span_is_placed_by_its_offset_in_the_sentence_whatever_the_spacing():
    document = "Title line\n\nThe firm , which had its best year in our recent history , said this was a fine day ."
    sentence = "The firm, which had its best year in our recent history, said this was a fine day."
    start, end = _span_in(document, sentence, "this")
    # "recen[t his]tory" holds the letters of "this" once the spaces are gone; the offset finds the word
    assert document[start:end] == "this" and document[start - 5:start] == "said "


def test_a_span_outside_the_document_is_not_placed():
    assert _span_in("One sentence here .", "Another sentence.", "sentence") is None


def test_the_value_is_that_of_the_expression_over_the_span():
    document = "Shares fell on Friday. They ended the day lower."
    found = find_times(document, published="2026-03-09")
    start = document.index("the day")
    assert _value(_overlapping(found, (start, start + 7)), document, start) == "2026-03-06"
