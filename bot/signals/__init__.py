"""Baseline signals: telling a chat once when a month is unusual for one of its places."""
