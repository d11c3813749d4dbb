"""newsgraph: source-attributed, time-resolved geopolitical event data from news.

>>> from newsgraph import Pipeline, Document              # doctest: +SKIP
>>> analysis = Pipeline().run(Document(id="a", text="…"))  # doctest: +SKIP
"""

from newsgraph.errors import NewsgraphError
from newsgraph.model import Analysis, Document, Event, Mention, Post, Skip, TimeValue
from newsgraph.pipeline import Options, Pipeline

__version__ = "0.1.0"

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
]
