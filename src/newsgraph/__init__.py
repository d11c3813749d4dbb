"""newsgraph: source-attributed, time-resolved geopolitical event data from news."""

from newsgraph.errors import NewsgraphError
from newsgraph.model import Analysis, Document, Event, Mention, Post, Skip, TimeValue

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Document",
    "Event",
    "Mention",
    "NewsgraphError",
    "Post",
    "Skip",
    "TimeValue",
    "__version__",
]
