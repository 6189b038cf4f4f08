"""Text helpers shared by extraction and the gazetteer (below both: geo must not import extraction)."""
