"""timeline: news articles in, a validated, deduplicated Parquet timeline of events out."""
