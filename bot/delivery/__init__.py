"""Draining the outbox to Telegram within its flood limits."""
