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
