"""Domain errors: each message is a sentence that names the thing and what to do.

The CLI and the web app each have one renderer that turns these into a one-line
message or an error page; tracebacks never reach the user.
"""


class WarcrimesError(Exception):
    """Base of every error the user should see as a sentence, not a traceback."""

    exit_code = 1


class BadInputError(WarcrimesError):
    """An input file or value cannot be used as it is (empty, binary, wrong encoding...)."""

    exit_code = 2


class NotFoundError(WarcrimesError):
    """A named object (report, incident, entry) is not in the store."""

    exit_code = 3


class ConfigError(WarcrimesError):
    """The settings or the data files shipped with the package are not usable."""

    exit_code = 4


class UnsupportedLanguageError(BadInputError):
    """The report's language has no lexicons yet."""


class VerificationFailed(WarcrimesError):
    """`verify` or `verify-bundle` found problems; they were listed above this message."""

    exit_code = 5


class AccessDenied(WarcrimesError):
    """The person is not logged in, or their role does not allow what they asked."""

    exit_code = 6


class LoginRefused(WarcrimesError):
    """Wrong user name or password (never saying which), or too many failed attempts."""

    exit_code = 6

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        #: seconds until another attempt is allowed, when refused for too many failures
        self.retry_after = retry_after


class ConflictError(WarcrimesError):
    """Someone else changed the thing since it was read (an incident edited by two analysts), or a
    merge would join facts that disagree; nothing was changed."""

    exit_code = 7


class TooLargeError(BadInputError):
    """An upload larger than its limit; nothing of it was kept."""
