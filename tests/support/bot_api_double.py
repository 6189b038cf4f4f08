"""A Telegram Bot API double: a real HTTP server on 127.0.0.1 that python-telegram-bot talks to via ``base_url``.

Use::

    with BotApiDouble() as api:                       # starts on a free loopback port, stops on exit
        bot = telegram.Bot(TOKEN, base_url=api.base_url)
        api.block(42)                                  # chat 42 blocked the bot: 403 Forbidden
        api.migrate(-5, -1005)                         # group -5 became supergroup -1005: 400 + migrate_to_chat_id
        api.fail_next("sendMessage", 400, "Bad Request: message is too long")   # one scripted error
        api.push_update({"message": {...}})            # queued for getUpdates (update_id is assigned)
        api.set_member_status(-5, 7, "administrator")  # what getChatMember answers (default "member")
        api.messages                                   # every accepted sendMessage/sendPhoto, in order
        api.messages_to(42), api.rejections            # per chat; every 429/403/400 answered

Methods: getMe, sendMessage, sendPhoto and sendDocument (multipart), editMessageText, answerCallbackQuery,
getChatMember, setMyCommands and getMyCommands (per scope and language_code), getUpdates (long polling),
deleteWebhook, setWebhook; anything else answers 404 like the real API. Messages keep their inline keyboard
(``reply_markup``) and forum topic (``message_thread_id``); ``api.press(message, data, person)`` pushes the
callback query a tap on one of its buttons sends, ``api.edits`` and ``api.answers`` record what the bot did with
it. Flood limits, when ``enforce_limits`` (the default), answer 429 with ``retry_after``: more than 30 messages
in any second overall, a second message to one chat within a second, more than 20 messages to one group
(negative id) in a minute.
``latency`` delays every answer (seconds) to imitate a distant server. getUpdates has one consumer: a call
arriving while another waits ends the waiting one with 409 Conflict, as Telegram does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.parser
import email.policy
import json
import math
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs

BOT_USER = {"id": 1000001, "is_bot": True, "first_name": "Displacement Bot", "username": "displacement_test_bot"}
OVERALL_PER_SECOND = 30
GROUP_PER_MINUTE = 20
PER_CHAT_SECONDS = 1.0
CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"


@dataclass(frozen=True, slots=True, kw_only=True)
class SentMessage:
    """A message the double accepted."""

    method: str
    chat_id: int
    message_id: int
    text: str
    at: float
    parse_mode: str | None = None
    reply_to_message_id: int | None = None
    allow_sending_without_reply: bool = False
    link_preview_disabled: bool = False
    photo: bytes | None = None
    document: bytes | None = None
    filename: str | None = None
    reply_markup: dict[str, Any] | None = None
    message_thread_id: int | None = None

    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard's buttons, row after row."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejection:
    """An error the double answered."""

    method: str
    chat_id: int | None
    error_code: int
    description: str


@dataclass(slots=True)
class _State:
    messages: list[SentMessage] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    migrated: dict[int, int] = field(default_factory=dict)
    scripted: dict[str, deque[tuple[int, str, dict[str, Any]]]] = field(default_factory=lambda: defaultdict(deque))
    members: dict[tuple[int, int], str] = field(default_factory=dict)
    updates: deque[dict[str, Any]] = field(default_factory=deque)
    next_update_id: int = 1
    next_message_id: dict[int, int] = field(default_factory=lambda: defaultdict(lambda: 1))
    overall: deque[float] = field(default_factory=deque)
    per_chat: dict[int, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    commands: list[Any] = field(default_factory=list)
    scoped_commands: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    edits: list[dict[str, Any]] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)
    next_callback_id: int = 1
    # every getUpdates call takes the next number; a waiting call whose number is no longer the latest was
    # superseded by another consumer and answers 409, as Telegram does
    polls: int = 0


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients killed mid-request (the kill test does this on purpose) are not errors of the double."""
        return


class BotApiDouble:
    """The Bot API on loopback; thread-safe; every accepted message is recorded."""

    def __init__(self, *, token: str = "123456:TEST-TOKEN", enforce_limits: bool = True, latency: float = 0.0):
        self.token = token
        self.enforce_limits = enforce_limits
        self.latency = latency
        self._state = _State()
        self._lock = threading.Condition()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, name="bot-api-double", daemon=True)

    # Life cycle -------------------------------------------------------------------------------------------------
    def start(self) -> Self:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        with self._lock:
            self._lock.notify_all()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The ``base_url`` for python-telegram-bot (the token is appended by the library)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/bot"

    # Scripting ----------------------------------------------------------------------------------------------------
    def block(self, chat_id: int) -> None:
        """Make the chat answer 403: the user blocked the bot."""
        with self._lock:
            self._state.blocked.add(chat_id)

    def migrate(self, old_chat_id: int, new_chat_id: int) -> None:
        """Make the group answer 400 with ``migrate_to_chat_id``."""
        with self._lock:
            self._state.migrated[old_chat_id] = new_chat_id

    def fail_next(self, method: str, error_code: int, description: str, **parameters: Any) -> None:
        """Answer the next call of ``method`` with this error (``parameters`` e.g. retry_after=3)."""
        with self._lock:
            self._state.scripted[method].append((error_code, description, parameters))

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """What getChatMember answers for this chat and user."""
        with self._lock:
            self._state.members[(chat_id, user_id)] = status

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        with self._lock:
            update_id = self._state.next_update_id
            self._state.next_update_id += 1
            self._state.updates.append({"update_id": update_id, **update})
            self._lock.notify_all()
            return update_id

    def press(self, message: SentMessage, data: str, user: dict[str, Any], chat_type: str | None = None) -> int:
        """Push the callback query Telegram sends when ``user`` taps the button carrying ``data`` on ``message``."""
        assert data in [b.get("callback_data") for b in message.buttons()], f"no button {data!r} on the message"
        with self._lock:
            query_id = str(self._state.next_callback_id)
            self._state.next_callback_id += 1
        kind = chat_type or ("private" if message.chat_id > 0 else "supergroup")
        chat: dict[str, Any] = {"id": message.chat_id, "type": kind}
        chat.update({"first_name": user.get("first_name", "User")} if kind == "private" else {"title": "Team"})
        shown: dict[str, Any] = {"message_id": message.message_id, "date": int(time.time()), "chat": chat,
                                 "from": BOT_USER, "text": message.text}  # fmt: skip
        if message.reply_markup:
            shown["reply_markup"] = message.reply_markup
        if message.message_thread_id is not None:
            shown.update(message_thread_id=message.message_thread_id, is_topic_message=True)
        query = {"id": query_id, "from": user, "chat_instance": str(message.chat_id), "data": data, "message": shown}
        return self.push_update({"callback_query": query})

    # Observation --------------------------------------------------------------------------------------------------
    @property
    def edits(self) -> list[dict[str, Any]]:
        """Every editMessageText call accepted, in order."""
        with self._lock:
            return list(self._state.edits)

    @property
    def answers(self) -> list[dict[str, Any]]:
        """Every answerCallbackQuery call, in order."""
        with self._lock:
            return list(self._state.answers)

    def scoped_commands(self, scope: str = "default", language: str = "") -> list[Any]:
        """The commands set for one scope type and language code ("" for all languages)."""
        with self._lock:
            return list(self._state.scoped_commands.get((scope, language), []))

    def current(self, chat_id: int, message_id: int) -> SentMessage | None:
        """A message as it stands now, with its latest edit applied."""
        with self._lock:
            found = next((m for m in self._state.messages if (m.chat_id, m.message_id) == (chat_id, message_id)), None)
            if found is None:
                return None
            for edit in self._state.edits:
                if (int(edit["chat_id"]), int(edit["message_id"])) == (chat_id, message_id):
                    markup = edit.get("reply_markup")
                    found = dataclasses.replace(found, text=str(edit.get("text", "")), reply_markup=markup or None)
            return found

    @property
    def messages(self) -> list[SentMessage]:
        """Every accepted message, in order of acceptance."""
        with self._lock:
            return list(self._state.messages)

    @property
    def rejections(self) -> list[Rejection]:
        """Every error answered, in order."""
        with self._lock:
            return list(self._state.rejections)

    @property
    def commands(self) -> list[Any]:
        """The commands last set with setMyCommands."""
        with self._lock:
            return list(self._state.commands)

    def requests(self, method: str | None = None) -> list[dict[str, Any]]:
        """The parameters of every call (of one method, if given)."""
        with self._lock:
            return [params for name, params in self._state.requests if method in (None, name)]

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        """Accepted messages to one chat."""
        return [m for m in self.messages if m.chat_id == chat_id]

    # Serving ----------------------------------------------------------------------------------------------------
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        double = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs: 40 ms a call

            def do_POST(self) -> None:
                double._serve(self)

            do_GET = do_POST

            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                return

        return Handler

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        prefix = f"/bot{self.token}/"
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        if not request.path.startswith(prefix):
            status, payload = 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        else:
            method = request.path[len(prefix) :].split("?", 1)[0]
            params = _parse_body(request.headers.get("Content-Type", ""), body)
            if self.latency:
                time.sleep(self.latency)
            status, payload = self._answer(method, params)
        data = json.dumps(payload).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self._state.requests.append((method, params))
            scripted = self._state.scripted.get(method)
            if scripted:
                code, description, parameters = scripted.popleft()
                return self._reject(method, params, code, description, parameters)
        if method == "getUpdates":
            return self._wait_for_updates(params)
        with self._lock:
            if method in ("sendMessage", "sendPhoto", "sendDocument"):
                return self._accept_message(method, params)
            if method == "getMe":
                return 200, {"ok": True, "result": BOT_USER}
            if method == "getChatMember":
                key = (int(params["chat_id"]), int(params["user_id"]))
                user = {"id": key[1], "is_bot": False, "first_name": f"User {key[1]}"}
                status = self._state.members.get(key, "member")
                return 200, {"ok": True, "result": _member(status, user)}
            if method == "setMyCommands":
                key = _commands_key(params)
                self._state.scoped_commands[key] = list(params.get("commands") or [])
                if key == ("default", ""):
                    self._state.commands = list(params.get("commands") or [])
                return 200, {"ok": True, "result": True}
            if method == "getMyCommands":
                return 200, {"ok": True, "result": self._state.scoped_commands.get(_commands_key(params), [])}
            if method == "editMessageText":
                return self._edit(params)
            if method == "answerCallbackQuery":
                self._state.answers.append(params)
                return 200, {"ok": True, "result": True}
            if method in ("deleteWebhook", "setWebhook", "close", "logOut"):
                return 200, {"ok": True, "result": True}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _edit(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        known = any((m.chat_id, m.message_id) == (chat_id, message_id) for m in self._state.messages)
        if not known:
            return self._reject("editMessageText", params, 400, "Bad Request: message to edit not found")
        self._state.edits.append(params)
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "title": None}
        result = {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": BOT_USER,
                  "text": str(params.get("text", ""))}  # fmt: skip
        return 200, {"ok": True, "result": result}

    def _reject(
        self, method: str, params: dict[str, Any], code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> tuple[int, dict[str, Any]]:
        chat = params.get("chat_id")
        self._state.rejections.append(
            Rejection(
                method=method, chat_id=None if chat is None else int(chat), error_code=code, description=description
            )
        )
        payload: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            payload["parameters"] = parameters
        return code, payload

    def _accept_message(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        chat_id = int(params["chat_id"])
        if chat_id in self._state.blocked:
            return self._reject(method, params, 403, "Forbidden: bot was blocked by the user")
        if chat_id in self._state.migrated:
            new_id = self._state.migrated[chat_id]
            upgraded = "Bad Request: group chat was upgraded to a supergroup chat"
            return self._reject(method, params, 400, upgraded, {"migrate_to_chat_id": new_id})
        now = time.monotonic()
        wait = self._flood_wait(chat_id, now) if self.enforce_limits else 0.0
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            flood = f"Too Many Requests: retry after {retry_after}"
            return self._reject(method, params, 429, flood, {"retry_after": retry_after})
        self._state.overall.append(now)
        self._state.per_chat[chat_id].append(now)
        message_id = self._state.next_message_id[chat_id]
        self._state.next_message_id[chat_id] += 1
        reply = params.get("reply_parameters") or {}
        preview = params.get("link_preview_options") or {}
        text = str(params.get("text") if method == "sendMessage" else params.get("caption") or "")
        photo = params.get("photo")
        document = params.get("document")
        self._state.messages.append(
            SentMessage(
                method=method,
                chat_id=chat_id,
                message_id=message_id,
                text=text,
                at=now,
                parse_mode=params.get("parse_mode"),
                reply_to_message_id=reply.get("message_id") or params.get("reply_to_message_id"),
                allow_sending_without_reply=bool(
                    reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply")
                ),
                link_preview_disabled=bool(preview.get("is_disabled") or params.get("disable_web_page_preview")),
                photo=photo if isinstance(photo, bytes) else None,
                reply_markup=params.get("reply_markup") if isinstance(params.get("reply_markup"), dict) else None,
                message_thread_id=int(params["message_thread_id"]) if params.get("message_thread_id") else None,
                document=document if isinstance(document, bytes) else None,
                filename=params.get("document_filename"),
            )
        )
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "title": None}
        result: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": BOT_USER}
        if isinstance(params.get("reply_markup"), dict):
            result["reply_markup"] = params["reply_markup"]
        if params.get("message_thread_id"):
            result.update(message_thread_id=int(params["message_thread_id"]), is_topic_message=True)
        if method == "sendMessage":
            result["text"] = text
        elif method == "sendDocument":
            result["caption"] = text
            result["document"] = {"file_id": f"doc-{message_id}", "file_unique_id": f"d{message_id}"}
        else:
            result["caption"] = text
            size = {"file_id": f"photo-{message_id}", "file_unique_id": f"u{message_id}", "width": 1, "height": 1}
            result["photo"] = [size]
        return 200, {"ok": True, "result": result}

    def _flood_wait(self, chat_id: int, now: float) -> float:
        overall = self._state.overall
        while overall and now - overall[0] >= 1.0:
            overall.popleft()
        chat = self._state.per_chat[chat_id]
        while chat and now - chat[0] >= 60.0:
            chat.popleft()
        waits = [0.0]
        if len(overall) >= OVERALL_PER_SECOND:
            waits.append(1.0 - (now - overall[0]))
        if chat and now - chat[-1] < PER_CHAT_SECONDS:
            waits.append(PER_CHAT_SECONDS - (now - chat[-1]))
        if chat_id < 0 and len(chat) >= GROUP_PER_MINUTE:
            waits.append(60.0 - (now - chat[-GROUP_PER_MINUTE]))
        return max(waits)

    def _wait_for_updates(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 5.0)
        with self._lock:
            self._state.polls += 1
            mine = self._state.polls
            self._lock.notify_all()  # wakes an older waiting call, which then answers 409
            while True:
                if self._state.polls != mine:
                    return self._reject("getUpdates", params, 409, CONFLICT)
                while self._state.updates and self._state.updates[0]["update_id"] < offset:
                    self._state.updates.popleft()
                if self._state.updates:
                    return 200, {"ok": True, "result": list(self._state.updates)[: int(params.get("limit") or 100)]}
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return 200, {"ok": True, "result": []}
                self._lock.wait(remaining)


def _member(status: str, user: dict[str, Any]) -> dict[str, Any]:
    member: dict[str, Any] = {"status": status, "user": user}
    if status == "administrator":
        member.update(
            can_be_edited=False, is_anonymous=False, can_manage_chat=True, can_delete_messages=True,
            can_manage_video_chats=True, can_restrict_members=True, can_promote_members=False,
            can_change_info=True, can_invite_users=True, can_post_stories=False, can_edit_stories=False,
            can_delete_stories=False,
        )  # fmt: skip
    elif status == "creator":
        member.update(is_anonymous=False)
    elif status == "restricted":
        member.update(is_member=True, until_date=0)
    elif status == "kicked":
        member.update(until_date=0)
    return member


def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
    """setMyCommands/getMyCommands: (scope type, language code), ("default", "") when neither is given."""
    scope = params.get("scope")
    kind = scope.get("type", "default") if isinstance(scope, dict) else "default"
    return kind, str(params.get("language_code") or "")


def _parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Form, multipart or JSON parameters; JSON-looking form values (objects, arrays) are decoded."""
    if content_type.startswith("application/json"):
        return dict(json.loads(body or b"{}"))
    params: dict[str, Any] = {}
    if content_type.startswith("multipart/form-data"):
        parser = email.parser.BytesParser(policy=email.policy.HTTP)
        message = parser.parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if not isinstance(name, str) or not isinstance(payload, bytes):
                continue
            params[name] = payload if part.get_filename() else payload.decode()
            if part.get_filename():
                params[f"{name}_filename"] = part.get_filename()
    else:
        for name, values in parse_qs(body.decode(), keep_blank_values=True).items():
            params[name] = values[-1]
    for name, value in params.items():
        if isinstance(value, str) and value[:1] in ("{", "["):
            with contextlib.suppress(json.JSONDecodeError):
                params[name] = json.loads(value)
    return params
