"""Running the pipeline over many documents: in this process, in a process pool, or on Spark."""

from newsgraph.batch.local import IngestReport, analyse, ingest

__all__ = ["IngestReport", "analyse", "ingest"]
