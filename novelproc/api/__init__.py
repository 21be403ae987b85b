"""The API plumbing every app's API views share (jobs, exports, study sets, accounts).

- ``errors``: the one error shape, the exception handler and the JSON 404/500/503 answers under /api/
- ``pagination``: cursor pagination for jobs, sentences and the credit ledger
- ``throttles``: the API's throttle scopes (counted atomically by novelproc.ratelimits)
- ``negotiation``: file answers whose errors are still JSON
- ``docs``: the API docs page
"""

from novelproc.api.errors import exception_handler

# REST_FRAMEWORK["EXCEPTION_HANDLER"] names it here.
__all__ = ["exception_handler"]
