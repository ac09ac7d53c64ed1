"""Qt item models over service results (no widget per row)."""
