"""Exceptions of the wire plugin."""


class Rejected(Exception):
    """A dispatch that cannot be converted; the message is the plain reason
    shown to the editor and recorded with the quarantined file."""

    @property
    def reason(self) -> str:
        return str(self.args[0]) if self.args else "rejected"
