"""The engine: a PDF in, short French sentences out, with no web, queue or database.

pdf/ reads a book's pages, text/ finds its sentences and chapters,
processors/ rewrites or cuts them (spaCy, or Gemini with the client it is
handed), chunking plans the page ranges, quality measures the output,
types holds what they pass to one another and typography the print
conventions they all read (dialogue marks, titles before a name). Nothing
here imports Django, Dramatiq or Redis (an import-linter contract in
pyproject.toml, `make lint`); the pipeline (jobs.pipeline) feeds it and
stores what it returns.
"""
