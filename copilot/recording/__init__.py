"""Crash-safe session recording: one SQLite file per session, read back for review/export."""

from copilot.recording.reader import Recording, RecordingError, open_recording
from copilot.recording.recorder import Recorder

__all__ = ["Recorder", "Recording", "RecordingError", "open_recording"]
