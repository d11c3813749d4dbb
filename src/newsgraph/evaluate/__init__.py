"""Quality measurement: records against gold (`records`) and entity recognition on a NER gold set (`ner`)."""

from newsgraph.evaluate.records import Scores, event_matches, load_records, score

__all__ = ["Scores", "event_matches", "load_records", "score"]
