"""glfcheck: a cited fact and source checker for the Great Leap Forward and the 1959-1961 famine."""

__version__ = "0.1.0"
