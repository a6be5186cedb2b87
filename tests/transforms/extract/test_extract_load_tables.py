"""The warm-up's table load leaves nothing for the first story to build."""

from __future__ import annotations

from transforms.extract import load_tables, story


def test_load_tables_reads_the_dictionary_so_the_first_story_does_not() -> None:
    """A tenth of a second once per process, in the warm-up rather than inside a timed night."""
    story._dictionary.cache_clear()
    load_tables()
    assert story._dictionary.cache_info().currsize == 1
    assert story.dictionary_word("Network") and not story.dictionary_word("Ryanair")
