"""Alembic migrations of the bot's database, applied programmatically at start."""
