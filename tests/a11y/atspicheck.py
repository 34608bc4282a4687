#!/usr/bin/python3
"""What a screen reader (Orca) sees: runs PROGRAM on a private X server (Xvfb) with Qt's AT-SPI
bridge on, waits for it to print A11Y-READY, walks its accessible tree over AT-SPI and fails
naming every shown interactive control that has no accessible name; then has it execute its
call again and fails unless the status ("200 OK in 35 ms") reaches AT-SPI as a name change.
Run inside a private D-Bus session (tests/support/with-keyring.sh). Debian: xvfb,
at-spi2-core, python3-pyatspi.
    atspicheck.py PROGRAM [ARGUMENTS...]
"""
import os
import re
import select
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

READY_TIMEOUT_S = 180
ANNOUNCE_TIMEOUT_S = 30
# What the result's status label says when a call ends: "200 OK in 35 ms".
STATUS_SPOKEN = re.compile(r"^\d{3} .+ in \d+ ms$")

# Controls a person operates: each needs a name for Orca to say what it is.
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE,
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_MENU, pyatspi.ROLE_ENTRY,
}
# Their items are named by their content (cells, rows, entries), which may be empty.
CONTAINERS = {
    pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_COMBO_BOX,
}


def start_xvfb():
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten",
         "tcp"], pass_fds=[write_end], stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read_end, 16)
        if not chunk:
            sys.exit("atspicheck: Xvfb did not start")
        number += chunk
    os.close(read_end)
    return server, ":" + number.decode().strip()


def wait_ready(program):
    deadline = time.monotonic() + READY_TIMEOUT_S
    output = []
    while time.monotonic() < deadline:
        ready, _, _ = select.select([program.stdout], [], [], 1)
        if not ready:
            if program.poll() is not None:
                break
            continue
        line = program.stdout.readline()
        if not line:
            break
        output.append(line)
        if line.strip() == "A11Y-READY":
            return True, output
    return False, output


def describe(node):
    return "%s '%s'" % (node.getRoleName(), node.name)


def walk(node, path, found, counts):
    try:
        states = node.getState()
        role = node.getRole()
    except Exception:  # the control went away while we asked
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = path + [describe(node)]
    interactive = role in INTERACTIVE or states.contains(pyatspi.STATE_FOCUSABLE)
    # Labels and scroll bars are read by their text and position, never by a name.
    if interactive and role not in (pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_LABEL):
        counts["controls"] += 1
        if not node.name.strip():
            found.append(" > ".join(here[-4:])
                         + (" (%s)" % node.description if node.description else ""))
    if role in CONTAINERS:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, here, found, counts)


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def hear_status(program):
    """Asks the program to make its call again; returns the accessible-name changes AT-SPI
    sent meanwhile, up to the status sentence (what Orca speaks)."""
    heard = []

    def on_name(event):
        try:
            heard.append(event.source.name)
        except Exception:  # the label went away meanwhile
            pass

    pyatspi.Registry.registerEventListener(on_name, "object:property-change:accessible-name")
    program.stdin.write("execute\n")
    program.stdin.flush()
    context = GLib.MainContext.default()
    deadline = time.monotonic() + ANNOUNCE_TIMEOUT_S
    while time.monotonic() < deadline and not any(STATUS_SPOKEN.match(n) for n in heard):
        while context.iteration(False):
            pass
        time.sleep(0.05)
    pyatspi.Registry.deregisterEventListener(on_name, "object:property-change:accessible-name")
    return heard


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    server, display = start_xvfb()
    # The registry first, so the program's bridge finds it when it starts.
    pyatspi.Registry.getDesktop(0).childCount
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    program = subprocess.Popen(sys.argv[1:], env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        ready, output = wait_ready(program)
        if not ready:
            print("".join(output))
            print("atspicheck: the program never got ready")
            return 1
        app = None
        deadline = time.monotonic() + 30
        while app is None and time.monotonic() < deadline:
            app = find_app(program.pid)
            if app is None:
                time.sleep(0.2)
        if app is None:
            print("atspicheck: the program is not on the AT-SPI bus")
            return 1
        started = time.monotonic()
        found, counts = [], {"controls": 0}
        windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
        for window in windows:
            walk(window, [], found, counts)
        print("atspicheck: %d windows, %d controls shown, %d without a name (%.1f s)"
              % (len(windows), counts["controls"], len(found), time.monotonic() - started))
        for entry in found:
            print("unnamed: " + entry)
        heard = hear_status(program)
        spoken = [name for name in heard if STATUS_SPOKEN.match(name)]
        print("atspicheck: heard %s" % (spoken or heard))
        program.stdin.write("done\n")
        program.stdin.flush()
        rest, _ = program.communicate(timeout=60)
        if program.returncode != 0:
            print(rest)
            print("atspicheck: the program failed (%d)" % program.returncode)
            return 1
        if counts["controls"] == 0:
            print("atspicheck: no control seen at all")
            return 1
        if not spoken:
            print("atspicheck: the call's status was never announced")
            return 1
        return 1 if found else 0
    finally:
        if program.poll() is None:
            program.kill()
        server.terminate()
        server.wait()


if __name__ == "__main__":
    sys.exit(main())
