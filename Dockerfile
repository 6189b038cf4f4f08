# syntax=docker/dockerfile:1
# Build stage: compile wheels for the project and its dependencies, so the runtime image needs no compiler.
FROM python:3.11-slim-bookworm AS build
WORKDIR /src
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN python -m pip wheel --wheel-dir /wheels .

# Runtime stage: only the installed wheels, a non-root user and a volume for the SQLite database.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MPLBACKEND=Agg \
    MPLCONFIGDIR=/tmp/matplotlib \
    DATABASE_URL=sqlite:////data/bot.db \
    BOT_CONFIG=/app/config/bot.toml \
    BOT_HEARTBEAT_FILE=/data/heartbeat \
    DISPLACEMENT_BOT_CACHE=/opt/displacement-bot/cache
RUN groupadd --system --gid 10001 bot && useradd --system --uid 10001 --gid bot --home-dir /app --shell /usr/sbin/nologin bot
WORKDIR /app
COPY --from=build /wheels /wheels
RUN python -m pip install --no-index /wheels/*.whl && rm -rf /wheels
# Build the place index, unpack the language model and keep the English word list into the image so a container
# starts in under a second.
RUN python -c "from bot.geo.gazetteer import get_gazetteer; from bot.extraction.language import load_model; from bot.extraction.lexicon.dictionary import english_words; get_gazetteer(); load_model(); english_words()"
COPY config/bot.example.toml /app/config/bot.toml
RUN mkdir -p /data && chown 10001:10001 /data
USER 10001:10001
VOLUME ["/data"]
# The bot long-polls Telegram and serves no port; its jobs touch a heartbeat file every minute.
HEALTHCHECK --interval=60s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, sys, time; p = os.environ['BOT_HEARTBEAT_FILE']; sys.exit(0 if os.path.exists(p) and time.time() - os.path.getmtime(p) < 300 else 1)"]
ENTRYPOINT ["displacement-bot"]
CMD ["run"]
