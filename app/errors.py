"""Domain exceptions raised by services and turned into pages by app/web/errors.py.

Messages are written for staff and never contain review, draft or finding text.
"""


class DomainError(Exception):
    """A rule of the workflow was broken; the message is safe to show and log."""

    status_code = 400


class NotFound(DomainError):
    status_code = 404


class NotAllowed(DomainError):
    status_code = 403


class InvalidInput(DomainError):
    status_code = 422


class InvalidTransition(DomainError):
    """The draft is not in a state that allows this action."""

    status_code = 409


class PhiStillPresent(DomainError):
    """The reply check still has blocking findings."""

    status_code = 409

    def __init__(self, blocking_count: int) -> None:
        self.blocking_count = blocking_count
        noun = "problem" if blocking_count == 1 else "problems"
        super().__init__(
            f"The reply check found {blocking_count} blocking {noun}. Fix them before submitting or approving."
        )
