from jinlin.api.v1 import api

__all__ = ["api"]
