"""A fake Gemini API on loopback, speaking the wire format google-genai expects.

``POST /v1beta/models/{model}:generateContent`` answers with
``candidates[0].content.parts[0].text`` holding a JSON list of
``{"source": i, "text": ...}`` items, a ``finishReason`` and ``usageMetadata``.
By default it "rewrites" deterministically: each sentence is cut at commas,
then at words, into pieces within the request's ``max_words``.

Tests script it: queue replies (429 with Retry-After, 500, malformed JSON,
truncated JSON with MAX_TOKENS, blocked, over-limit pieces, missing sources,
400/401/403, a hang past the client timeout, given pieces for chosen
sources as a model that drops, invents or translates would write them), set
latency, an enforced requests-per-minute limit (answered with 429 and
recorded as a violation), and token counts. Every request is recorded with its arrival time.

Standalone: ``python -m tests.fakes.gemini_server --port 8765 --rpm 60 --latency 1``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PATH_RE = re.compile(r"^/v1(?:beta)?/models/(?P<model>[^/:]+):generateContent$")
CLAUSE_RE = re.compile(r"(?<=[,;:])\s+")
END_PUNCT = (".", "!", "?", "…", "»")
WINDOW_S = 60.0


@dataclass(frozen=True)
class Reply:
    """One scripted answer; ``kind`` names the behaviour."""

    kind: str = "ok"  # ok, status, malformed, truncated, blocked, over_limit, missing, hang
    status: int = 200
    retry_after: int | None = None
    retry_info: int | None = None  # seconds in the body's google.rpc.RetryInfo, as Gemini sends on quota 429s
    source: int = 0  # for "missing": the source index left out
    seconds: float = 0.0  # for "hang"
    pieces: dict[int, list[str]] | None = None  # the answer's texts for these sources, the rest rewritten as usual

    @classmethod
    def rate_limited(cls, retry_after: int | None = 1) -> Reply:
        return cls("status", 429, retry_after)

    @classmethod
    def server_error(cls, status: int = 500) -> Reply:
        return cls("status", status)

    @classmethod
    def rejected(cls, status: int) -> Reply:
        return cls("status", status)


@dataclass
class Recorded:
    at: float
    model: str
    api_key: str
    body: dict
    status: int = 0
    reply: str = ""
    input_tokens: int = 0
    output_tokens: int = 0

    @property
    def payload(self) -> dict:
        return json.loads(self.body["contents"][0]["parts"][0]["text"])

    @property
    def system(self) -> str:
        return self.body.get("systemInstruction", {}).get("parts", [{}])[0].get("text", "")

    @property
    def config(self) -> dict:
        return self.body.get("generationConfig", {})


@dataclass
class FakeGemini:
    host: str = "127.0.0.1"
    port: int = 0
    latency: float = 0.0
    rpm: int | None = None  # requests allowed per window_s (a sliding window over arrival times)
    window_s: float = WINDOW_S
    tokens: tuple[int, int] | None = None  # fixed (input, output) per answer
    thoughts_tokens: int = 0
    max_answer_sentences: int | None = None  # larger requests come back truncated
    script: deque[Reply] = field(default_factory=deque)
    requests: list[Recorded] = field(default_factory=list)
    violations: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._arrivals: deque[float] = deque()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------

    def start(self) -> FakeGemini:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-gemini", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self.script.extend(replies)

    # --- figures for assertions ------------------------------------------

    def successful(self) -> list[Recorded]:
        return [r for r in self.requests if r.status == 200]

    def billed_tokens(self) -> int:
        """Tokens of every answer that came back 200 (truncated ones are billed too)."""
        return sum(r.input_tokens + r.output_tokens for r in self.successful())

    def stats(self) -> dict[str, Any]:
        statuses: dict[str, int] = {}
        for r in self.requests:
            statuses[str(r.status)] = statuses.get(str(r.status), 0) + 1
        return {
            "requests": len(self.requests),
            "statuses": statuses,
            "violations": len(self.violations),
            "billed_tokens": self.billed_tokens(),
            "max_in_any_window": max_in_window(sorted(r.at for r in self.requests), self.window_s),
        }

    # --- answering -------------------------------------------------------

    def _admit(self, now: float) -> int | None:
        """Sliding-window RPM check; returns Retry-After seconds when over."""
        if self.rpm is None:
            return None
        with self._lock:
            while self._arrivals and self._arrivals[0] <= now - self.window_s:
                self._arrivals.popleft()
            if len(self._arrivals) >= self.rpm:
                self.violations.append(now)
                return max(1, math.ceil(self._arrivals[0] + self.window_s - now))
            self._arrivals.append(now)
        return None

    def _next_reply(self) -> Reply:
        with self._lock:
            return self.script.popleft() if self.script else Reply()

    def answer(self, record: Recorded) -> tuple[int, dict, dict[str, str]]:
        over = self._admit(record.at)
        if over is not None:
            return (
                429,
                _error(429, "RESOURCE_EXHAUSTED", "Quota exceeded (fake RPM limit)."),
                {"Retry-After": str(over)},
            )
        reply = self._next_reply()
        record.reply = reply.kind
        if reply.kind == "hang":
            time.sleep(reply.seconds)
        if self.latency:
            time.sleep(self.latency)
        if reply.kind == "status":
            headers = {"Retry-After": str(reply.retry_after)} if reply.retry_after is not None else {}
            body = _error(reply.status, _STATUS_NAMES.get(reply.status, "UNKNOWN"), "Scripted.")
            if reply.retry_info is not None:
                retry = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": f"{reply.retry_info}s"}
                body["error"]["details"] = [retry]
            return reply.status, body, headers
        payload = record.payload
        items = rewrite(payload["sentences"], payload["max_words"])
        finish = "STOP"
        kind = reply.kind
        if kind == "ok" and self.max_answer_sentences and len(payload["sentences"]) > self.max_answer_sentences:
            kind = "truncated"
        if kind == "blocked":
            return 200, self._body(record, None, "SAFETY"), {}
        if reply.pieces:
            items = [
                {"source": s["source"], "text": text}
                for s in payload["sentences"]
                for text in reply.pieces.get(s["source"], [i["text"] for i in items if i["source"] == s["source"]])
            ]
        if kind == "over_limit":  # the source's own words, so only the limit is broken
            words = payload["sentences"][items[0]["source"]]["text"].split()
            items[0]["text"] = " ".join(words[: payload["max_words"] + 4]).rstrip(",;:") + "."
        if kind == "missing":
            items = [i for i in items if i["source"] != reply.source]
        text = json.dumps(items, ensure_ascii=False)
        if kind == "malformed":
            text = "Voici les phrases : " + text[: len(text) // 2]
        if kind == "truncated":
            text, finish = text[: max(1, len(text) // 2)], "MAX_TOKENS"
        return 200, self._body(record, text, finish), {}

    def _body(self, record: Recorded, text: str | None, finish: str) -> dict:
        prompt_chars = len(json.dumps(record.body, ensure_ascii=False))
        input_tokens, output_tokens = self.tokens or (math.ceil(prompt_chars / 4), math.ceil(len(text or "") / 4) + 1)
        record.input_tokens = input_tokens
        record.output_tokens = output_tokens + self.thoughts_tokens
        usage = {
            "promptTokenCount": input_tokens,
            "candidatesTokenCount": output_tokens,
            "totalTokenCount": input_tokens + output_tokens + self.thoughts_tokens,
        }
        if self.thoughts_tokens:
            usage["thoughtsTokenCount"] = self.thoughts_tokens
        candidate: dict[str, Any] = {"finishReason": finish, "index": 0}
        if text is not None:
            candidate["content"] = {"role": "model", "parts": [{"text": text}]}
        return {"candidates": [candidate], "usageMetadata": usage, "modelVersion": record.model}


_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


def _error(code: int, status: str, message: str) -> dict:
    return {"error": {"code": code, "message": message, "status": status}}


def rewrite(sentences: list[dict], max_words: int) -> list[dict]:
    """Each sentence cut at commas, then at words, into pieces within ``max_words``."""
    items = []
    for sentence in sentences:
        for piece in cut(sentence["text"], max_words):
            items.append({"source": sentence["source"], "text": piece})
    return items


def cut(text: str, max_words: int) -> list[str]:
    pieces: list[str] = []
    for clause in CLAUSE_RE.split(text.strip()):
        words = clause.split()
        for start in range(0, len(words), max_words):
            piece = " ".join(words[start : start + max_words]).rstrip(",;:")
            if piece:
                pieces.append(piece if piece.endswith(END_PUNCT) else piece + ".")
    return pieces


def max_in_window(times: list[float], window: float) -> int:
    best, left = 0, 0
    for right, t in enumerate(times):
        while times[left] <= t - window:
            left += 1
        best = max(best, right - left + 1)
    return best


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeGemini
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        arrived = time.time()
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        match = PATH_RE.match(self.path.split("?")[0])
        if not match:
            self._send(404, _error(404, "NOT_FOUND", f"No route {self.path}"), {})
            return
        record = Recorded(
            at=arrived, model=match["model"], api_key=self.headers.get("x-goog-api-key", ""), body=json.loads(raw)
        )
        fake = self.server_fake
        with fake._lock:
            fake.requests.append(record)
        status, body, headers = fake.answer(record)
        record.status = status
        self._send(status, body, headers)

    def _send(self, status: int, body: dict, headers: dict[str, str]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def _interrupt(*_: Any) -> None:
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--rpm", type=int, default=None)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--stats-file", default="", help="write figures here as JSON on exit")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _interrupt)
    fake = FakeGemini(host=args.host, port=args.port, latency=args.latency, rpm=args.rpm).start()
    print(f"fake gemini on {fake.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()
        if args.stats_file:
            with open(args.stats_file, "w") as out:
                json.dump(fake.stats(), out, indent=2)


if __name__ == "__main__":
    main()
