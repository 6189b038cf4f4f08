"""Pure text-to-figures extraction: no I/O, no network, no mutable global state."""
