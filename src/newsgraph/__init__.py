"""newsgraph: source-attributed, time-resolved geopolitical event data from news.

>>> import newsgraph                                                           # doctest: +SKIP
>>> record = newsgraph.analyze("…", published="2024-06-18")                   # doctest: +SKIP
>>> from newsgraph import Pipeline, Document                                  # doctest: +SKIP
>>> analysis = Pipeline().run(Document(id="a", text="…"))                     # doctest: +SKIP
"""

from newsgraph._version import __version__
from newsgraph.api import analyze, analyze_many
from newsgraph.errors import NewsgraphError
from newsgraph.model import Analysis, Document, Event, Mention, Post, Skip, TimeValue
from newsgraph.pipeline import Options, Pipeline

__all__ = [
    "Analysis",
    "Document",
    "Event",
    "Mention",
    "NewsgraphError",
    "Options",
    "Pipeline",
    "Post",
    "Skip",
    "TimeValue",
    "__version__",
    "analyze",
    "analyze_many",
]
