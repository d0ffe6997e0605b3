"""Helpers for tests that start real server processes (and must stop what they start)."""

from __future__ import annotations

import subprocess


def stop(proc: subprocess.Popen) -> None:
    """Terminate a process, and kill it if it does not exit within ten seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
