"""LAO Network Desktop: cooperation networks of Thai local administrative organizations."""

__version__ = "0.1.0"
