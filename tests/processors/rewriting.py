"""The sentences style on one text, as the rewrite tests read it."""

from jobs.engine.processors.split import Piece, split_sentences
from jobs.engine.types import ProcessorSettings


def rewrite(text: str, limit: int = 8) -> list[Piece]:
    """The pieces of one text in the sentences style."""
    return split_sentences([text], ProcessorSettings(max_words=limit, style="sentences"))[0]
