"""A Google OAuth 2.0 / OpenID Connect server on loopback, for allauth's real Google code.

It does what Google does for an authorization-code flow with PKCE: the
authorize endpoint redirects back with a code, the token endpoint checks the
client secret, the redirect URI and the PKCE verifier and answers with an
access token and an RS256-signed id_token (key generated at start, served as
X.509 certificates like https://www.googleapis.com/oauth2/v1/certs), and the
userinfo endpoint answers for that access token.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

ISSUER = "https://accounts.google.com"


@dataclass
class GoogleUser:
    sub: str = "109876543210987654321"
    email: str = "marie.curie@example.com"
    name: str = "Marie Curie"
    picture: str = "https://example.com/marie.png"


@dataclass
class FakeGoogle:
    client_id: str
    client_secret: str
    user: GoogleUser = field(default_factory=GoogleUser)
    calls: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.kid = secrets.token_hex(8)
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.cert_pem = _self_signed_pem(self.key)
        self.codes: dict[str, dict] = {}
        self.tokens: dict[str, GoogleUser] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> FakeGoogle:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- endpoints ---------------------------------------------------------
    def authorize(self, query: dict[str, str]) -> tuple[int, dict, bytes]:
        if query.get("client_id") != self.client_id or query.get("response_type") != "code":
            return 400, {}, b"bad client or response type"
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            return 400, {}, b"PKCE required"
        code = secrets.token_urlsafe(16)
        self.codes[code] = {"redirect_uri": query["redirect_uri"], "challenge": query["code_challenge"]}
        target = f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query.get('state', '')})}"
        return 302, {"Location": target}, b""

    def token(self, form: dict[str, str]) -> tuple[int, dict, bytes]:
        grant = self.codes.pop(form.get("code", ""), None)
        if grant is None or form.get("grant_type") != "authorization_code":
            return 400, {}, _json({"error": "invalid_grant"})
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return 401, {}, _json({"error": "invalid_client"})
        if form.get("redirect_uri") != grant["redirect_uri"]:
            return 400, {}, _json({"error": "redirect_uri_mismatch"})
        verifier = form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if challenge != grant["challenge"]:
            return 400, {}, _json({"error": "invalid_grant", "error_description": "PKCE verification failed"})
        access = secrets.token_urlsafe(24)
        self.tokens[access] = self.user
        body = {
            "access_token": access,
            "expires_in": 3599,
            "token_type": "Bearer",
            "scope": "openid email profile",
            "id_token": self.id_token(),
        }
        return 200, {"Content-Type": "application/json"}, _json(body)

    def userinfo(self, authorization: str) -> tuple[int, dict, bytes]:
        user = self.tokens.get(authorization.removeprefix("Bearer "))
        if user is None:
            return 401, {}, _json({"error": "invalid_token"})
        body = {"id": user.sub, "email": user.email, "verified_email": True, "name": user.name, "picture": user.picture}
        return 200, {"Content-Type": "application/json"}, _json(body)

    def certs(self) -> tuple[int, dict, bytes]:
        return 200, {"Content-Type": "application/json"}, _json({self.kid: self.cert_pem})

    def id_token(self) -> str:
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": self.client_id,
            "azp": self.client_id,
            "sub": self.user.sub,
            "email": self.user.email,
            "email_verified": True,
            "name": self.user.name,
            "iat": now,
            "exp": now + 3600,
            "jti": secrets.token_hex(8),
        }
        pem = self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return jwt.encode(claims, pem, algorithm="RS256", headers={"kid": self.kid})


def _json(data: dict) -> bytes:
    return json.dumps(data).encode()


def _self_signed_pem(key: rsa.RSAPrivateKey) -> str:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-google")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def _handler(fake: FakeGoogle) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def _send(self, result: tuple[int, dict, bytes]) -> None:
            status, headers, body = result
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            url = urlparse(self.path)
            fake.calls.append(f"GET {url.path}")
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/o/oauth2/v2/auth":
                self._send(fake.authorize(query))
            elif url.path == "/oauth2/v2/userinfo":
                self._send(fake.userinfo(self.headers.get("Authorization", "")))
            elif url.path == "/oauth2/v1/certs":
                self._send(fake.certs())
            else:
                self._send((404, {}, b"not found"))

        def do_POST(self) -> None:
            url = urlparse(self.path)
            fake.calls.append(f"POST {url.path}")
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if url.path == "/token":
                self._send(fake.token(form))
            else:
                self._send((404, {}, b"not found"))

    return Handler
