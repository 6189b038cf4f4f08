"""Per-user command rate limiting: a burst, then a steady trickle; one notice, then silence."""

from __future__ import annotations

from bot.telegram_ui.rate_limit import CommandRateLimiter, Verdict


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_one_notice_then_silence() -> None:
    """Five commands pass at once; the sixth earns a notice; the rest are ignored quietly."""
    limiter = CommandRateLimiter(burst=5, refill_seconds=3.0, clock=FakeClock())
    verdicts = [limiter.check(-100, 7) for _ in range(9)]
    assert verdicts == [Verdict.ALLOW] * 5 + [Verdict.NOTIFY] + [Verdict.SILENT] * 3


def test_tokens_come_back_over_time() -> None:
    """After three seconds one more command passes, and a later refusal may be announced again."""
    clock = FakeClock()
    limiter = CommandRateLimiter(burst=5, refill_seconds=3.0, clock=clock)
    for _ in range(6):
        limiter.check(-100, 7)
    clock.now += 3.0
    assert limiter.check(-100, 7) is Verdict.ALLOW
    assert limiter.check(-100, 7) is Verdict.NOTIFY


def test_users_and_chats_have_separate_buckets() -> None:
    """One user's flood does not silence another user, nor the same user in another chat."""
    limiter = CommandRateLimiter(burst=2, refill_seconds=3.0, clock=FakeClock())
    for _ in range(5):
        limiter.check(-100, 7)
    assert limiter.check(-100, 8) is Verdict.ALLOW
    assert limiter.check(-200, 7) is Verdict.ALLOW


def test_buckets_stay_bounded_with_many_users() -> None:
    """A stream of distinct users never grows the table past its bound."""
    clock = FakeClock()
    limiter = CommandRateLimiter(burst=5, refill_seconds=3.0, clock=clock, max_keys=100)
    for user in range(1000):
        clock.now += 0.01
        limiter.check(-100, user)
    assert len(limiter) <= 100


def test_a_private_chat_refills_faster_than_a_group() -> None:
    """A user alone with the bot gets a token back every second; in a group, every three seconds."""
    clock = FakeClock()
    limiter = CommandRateLimiter(burst=1, refill_seconds=3.0, private_refill_seconds=1.0, clock=clock)
    assert limiter.check(7, 7) is Verdict.ALLOW
    assert limiter.check(-100, 7) is Verdict.ALLOW
    clock.now += 1.0
    assert limiter.check(7, 7) is Verdict.ALLOW
    assert limiter.check(-100, 7) is Verdict.NOTIFY
    assert limiter.retry_after(-100, 7) == 2.0
    assert limiter.retry_after(7, 7) == 1.0
