"""Runs a command and succeeds only when it exits with the expected status.

Usage: expect_exit.py STATUS COMMAND [ARG...]
The command's output passes through unchanged.
"""
import subprocess
import sys

expected = int(sys.argv[1])
status = subprocess.call(sys.argv[2:])
if status != expected:
    sys.stderr.write("expect_exit: %s exited with %d, expected %d\n" % (sys.argv[2], status, expected))
    sys.exit(1)
