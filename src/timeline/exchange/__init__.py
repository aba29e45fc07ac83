"""Exchange with other event datasets: import GDELT, ACLED and ICEWS; export CSV, JSONL, GDELT."""

from timeline.exchange.export import export_events
from timeline.exchange.merge import ImportResult, import_into

__all__ = ["ImportResult", "export_events", "import_into"]
