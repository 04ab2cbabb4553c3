"""Adapters that turn the outside world (files, sockets, OBS, microphone) into core events."""
