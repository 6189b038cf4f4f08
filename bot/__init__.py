"""Displacement and casualty alerts for humanitarian coordinators, delivered through Telegram."""

__version__ = "0.1.0"
