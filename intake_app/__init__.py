"""Field Intake: secure, offline records of aid and testimony."""

__version__ = "0.1.0"
