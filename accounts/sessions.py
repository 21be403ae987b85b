"""Sessions in the database, cached in Redis while Redis answers.

Django's cached_db store already reads through to the database when a cache
read fails, but a failing cache write or delete, or an ``exists`` check,
still raises. Here every cache step is best effort, so signed-in users keep
their session during a Redis outage and pages that need nothing else from
Redis keep working.
"""

from __future__ import annotations

import logging

from django.contrib.sessions.backends import cached_db
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


class SessionStore(cached_db.SessionStore):
    def load(self):
        try:
            data = self._cache.get(self.cache_key)
        except RedisError:
            data = None
        if data is not None:
            return data
        session = self._get_session_from_db()
        if not session:
            return {}
        data = self.decode(session.session_data)
        self._cache_set(data, self.get_expiry_age(expiry=session.expire_date))
        return data

    def exists(self, session_key):
        try:
            if session_key and (self.cache_key_prefix + session_key) in self._cache:
                return True
        except RedisError:
            pass
        return super(cached_db.SessionStore, self).exists(session_key)

    def save(self, must_create=False):
        super(cached_db.SessionStore, self).save(must_create)
        self._cache_set(self._session, self.get_expiry_age())

    def delete(self, session_key=None):
        super(cached_db.SessionStore, self).delete(session_key)
        if session_key is None:
            if self.session_key is None:
                return
            session_key = self.session_key
        try:
            self._cache.delete(self.cache_key_prefix + session_key)
        except RedisError:
            log.warning("session cache delete failed: Redis unreachable")

    def _cache_set(self, data, timeout) -> None:
        try:
            self._cache.set(self.cache_key, data, timeout)
        except RedisError:
            log.warning("session cache write failed: Redis unreachable")
