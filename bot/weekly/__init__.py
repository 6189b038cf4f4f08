"""The weekly summary: each followed place's week against the four weeks before it."""
