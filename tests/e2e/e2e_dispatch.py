#!/usr/bin/python3
"""End to end: the real cwdesk on a virtual X server, driven only as a user would.

The test starts Xvfb, the accessibility bus and `cwdesk --demo` (whose first line of output is its
embedded sandbox's base URL), then finds every control through AT-SPI by its role and accessible
name, clicks with xdotool at the control's on-screen extents and types with `xdotool type`:

  1. picks a board in the tree and sees the list and the status bar follow it;
  2. types a conditions query and checks each listed ticket against the sandbox's own answer to
     the same query;
  3. changes the first ticket's status through the Ticket menu and sees the change on the sandbox
     (over HTTP) and in the list;
  4. opens a ticket by its number (Ctrl+G) in its own tab, changes its summary and saves (Ctrl+S),
     adds a note (Ctrl+Enter), ticks an open task (Space) and searches the knowledge base
     (Ctrl+Shift+K), each checked on the sandbox.

Run it inside a D-Bus session (`dbus-run-session -- /usr/bin/python3 e2e_dispatch.py --cwdesk
build/app/cwdesk`); CTest does (tests/e2e/CMakeLists.txt), and tools/test installs the packages
(xvfb, at-spi2-core, python3-pyatspi, xdotool). Exits 0 on success, 1 with the step that failed.
"""

import argparse
import atexit
import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

STEP_TIMEOUT = 60.0


class Failure(Exception):
    pass


def log(message):
    print(f"[e2e {time.strftime('%H:%M:%S')}] {message}", flush=True)


def wait_for(what, predicate, timeout=STEP_TIMEOUT, interval=0.2):
    """Polls predicate() until it returns something truthy; fails with `what` after timeout."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # AT-SPI objects come and go while the window changes
            last_error = error
        time.sleep(interval)
    detail = f" (last error: {last_error})" if last_error else ""
    raise Failure(f"timed out after {timeout:.0f} s waiting for {what}{detail}")


# --- the processes under test ----------------------------------------------------------------


class Session:
    """Xvfb, the AT-SPI bus and cwdesk; everything started here is stopped at exit."""

    def __init__(self, cwdesk, workdir, scale=None):
        self.cwdesk = cwdesk
        self.workdir = workdir
        self.scale = scale
        self.processes = []
        atexit.register(self.stop)

    def start(self):
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            raise Failure("no D-Bus session bus: run this under dbus-run-session")
        # Xvfb picks a free display and writes its number to the pipe.
        read_fd, write_fd = os.pipe()
        # The same logical size at every scale (a 3200x2000 screen at 200 %, as a HiDPI laptop
        # has): at 800x500 logical the editor's fields would be scrolled out of sight, where no
        # user could click them either.
        factor = float(self.scale or 1)
        geometry = f"{round(1600 * factor)}x{round(1000 * factor)}x24"
        xvfb = self.spawn(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", geometry,
                           "-nolisten", "tcp"], pass_fds=(write_fd,), log_name="xvfb")
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise Failure(f"Xvfb did not start (exit {xvfb.poll()}); see {self.workdir}/xvfb.log")
        self.display = f":{display}"
        log(f"Xvfb on {self.display}")
        os.environ["DISPLAY"] = self.display

        # The accessibility bus of this session, as a desktop session would start it.
        self.spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], log_name="atspi")

        home = os.path.join(self.workdir, "home")
        runtime = os.path.join(self.workdir, "runtime")
        os.makedirs(home)
        os.makedirs(runtime, mode=0o700)
        env = dict(os.environ)
        for key in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR", "WAYLAND_DISPLAY", "CWDESK_PRIVATE_KEY"):
            env.pop(key, None)
        env.update({
            "HOME": home,
            "XDG_RUNTIME_DIR": runtime,
            "XDG_DATA_HOME": os.path.join(home, ".local/share"),
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        })
        if self.scale:
            env["QT_SCALE_FACTOR"] = self.scale
        self.app = subprocess.Popen([self.cwdesk, "--demo"], env=env, stdout=subprocess.PIPE,
                                    stderr=open(os.path.join(self.workdir, "cwdesk.err"), "w"),
                                    text=True, start_new_session=True)
        self.processes.append(self.app)
        first = self.app.stdout.readline().strip()
        if not first.startswith("http://127.0.0.1:"):
            raise Failure(f"cwdesk --demo should print its sandbox's base URL first, printed "
                          f"{first!r} (exit {self.app.poll()}); see {self.workdir}/cwdesk.err")
        self.base_url = first
        log(f"cwdesk --demo started; sandbox at {self.base_url}")

    def spawn(self, argv, log_name, pass_fds=()):
        process = subprocess.Popen(argv, pass_fds=pass_fds, stdin=subprocess.DEVNULL,
                                   stdout=open(os.path.join(self.workdir, f"{log_name}.log"), "w"),
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self.processes.append(process)
        return process

    def check_app_alive(self):
        if self.app.poll() is not None:
            raise Failure(f"cwdesk exited with {self.app.returncode}; see {self.workdir}/cwdesk.err")

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    process.wait(timeout=10)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    try:
                        os.killpg(process.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
        self.processes = []


# --- the sandbox, as the server of record ---------------------------------------------------


class Sandbox:
    def __init__(self, base_url):
        self.base_url = base_url
        token = base64.b64encode(b"sandbox+sandbox-public:sandbox-private").decode()
        self.headers = {"Authorization": f"Basic {token}", "clientId": "cwdesk-e2e",
                        "Accept": "application/json"}

    def get(self, path, **params):
        query = urllib.parse.urlencode(params)
        url = f"{self.base_url}{path}" + (f"?{query}" if query else "")
        request = urllib.request.Request(url, headers=self.headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def ticket(self, number):
        return self.get(f"/service/tickets/{number}")

    def ticket_ids(self, conditions):
        records = self.get("/service/tickets", conditions=conditions, fields="id",
                           pageSize=1000)
        return sorted(record["id"] for record in records)


# --- the user's hands: AT-SPI to find, xdotool to act -----------------------------------------


class Desktop:
    def __init__(self, session):
        import pyatspi  # imported here: it needs the session bus of this process

        self.pyatspi = pyatspi
        self.session = session
        self.app = wait_for("cwdesk on the accessibility bus", self._find_app)

    def _find_app(self):
        self.session.check_app_alive()
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == "cwdesk":
                return child
        return None

    def find(self, role, name, root=None, showing=True):
        """The first accessible (depth first) with this role and name; None when there is none."""
        root = root or self.app
        stack = [root]
        while stack:
            node = stack.pop()
            try:
                if node.getRoleName() == role and node.name == name and (
                        not showing or node.getState().contains(self.pyatspi.STATE_SHOWING)):
                    return node
                # Item views expose every cell as a child: their cells are read through Table.
                if node is not root and node.getRoleName() in ("table", "tree table"):
                    continue
                count = node.childCount
            except Exception:
                continue
            for i in reversed(range(count)):
                child = node.getChildAtIndex(i)
                if child is not None:
                    stack.append(child)
        return None

    def dump(self, path):
        """Writes the showing part of the accessible tree to path (for a failed run)."""
        showing = self.pyatspi.STATE_SHOWING
        with open(path, "w") as out:
            stack = [(self.app, 0)]
            while stack:
                node, depth = stack.pop()
                try:
                    if not node.getState().contains(showing) and depth > 1:
                        continue
                    extents = node.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS) \
                        if node.getRoleName() != "application" else None
                    where = f" at {extents.x},{extents.y} {extents.width}x{extents.height}" \
                        if extents else ""
                    out.write(f"{'  ' * depth}[{node.getRoleName()}] {node.name!r}{where}\n")
                    if node.getRoleName() in ("table", "tree table"):
                        continue
                    stack.extend((node.getChildAtIndex(i), depth + 1)
                                 for i in reversed(range(node.childCount)))
                except Exception:
                    continue

    def find_prefix(self, role, prefix):
        """The first showing accessible with this role whose name starts with prefix."""
        showing = self.pyatspi.STATE_SHOWING
        stack = [self.app]
        while stack:
            node = stack.pop()
            try:
                if node.getRoleName() == role and node.name.startswith(prefix) and \
                        node.getState().contains(showing):
                    return node
                if node.getRoleName() in ("table", "tree table", "list"):
                    continue
                stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
            except Exception:
                continue
        return None

    def need(self, role, name, root=None):
        return wait_for(f"a {role} named {name!r}", lambda: self.find(role, name, root))

    def click(self, accessible):
        extents = accessible.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        if extents.width <= 0 or extents.height <= 0:
            raise Failure(f"{accessible.getRoleName()} {accessible.name!r} has no area on screen")
        # Qt's AT-SPI bridge reports extents in device-independent pixels (GTK does the same on
        # X11); on a scaled screen an automation tool multiplies them by the scale, as xdotool
        # works in X's physical pixels.
        scale = float(self.session.scale or 1)
        x = round((extents.x + extents.width / 2) * scale)
        y = round((extents.y + extents.height / 2) * scale)
        log(f"click {accessible.getRoleName()} {accessible.name!r} at {x},{y} "
            f"({extents.width}x{extents.height})")
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.xdotool("click", "1")

    def type_text(self, text):
        self.xdotool("type", "--delay", "15", text)

    def key(self, *keys):
        self.xdotool("key", *keys)

    def xdotool(self, *args):
        subprocess.run(["xdotool", *args], check=True, env=dict(os.environ,
                                                               DISPLAY=self.session.display))

    def label_text(self, name_prefix):
        """The text of the first showing label whose name starts with name_prefix."""
        stack = [self.app]
        while stack:
            node = stack.pop()
            try:
                role = node.getRoleName()
                if role == "label" and node.name.startswith(name_prefix):
                    return node.name
                if role in ("table", "tree table", "tree", "list"):
                    continue
                count = node.childCount
            except Exception:
                continue
            stack.extend(node.getChildAtIndex(i) for i in range(count))
        return None


def table_rows(table):
    """A table's header texts and rows of cell texts, read through the Table interface."""
    t = table.queryTable()
    headers = [t.getColumnDescription(c) for c in range(t.nColumns)]
    rows = []
    for r in range(t.nRows):
        rows.append([t.getAccessibleAt(r, c).name for c in range(t.nColumns)])
    return headers, rows


def text_of(accessible):
    """The text a text field holds, read through the Text interface."""
    text = accessible.queryText()
    return text.getText(0, text.characterCount)


def tree_item(desktop, tree, prefix):
    """The tree's item whose text starts with prefix (top level and expanded children)."""
    for i in range(tree.childCount):
        child = tree.getChildAtIndex(i)
        if child is not None and child.getRoleName() != "table column header" and \
                child.name.startswith(prefix):
            return child
    return None


# --- the scenario -------------------------------------------------------------------------------


def run(args):
    workdir = tempfile.mkdtemp(prefix="cwdesk-e2e.", dir=args.workdir)
    session = Session(args.cwdesk, workdir, args.scale)
    session.start()
    sandbox = Sandbox(session.base_url)
    desktop = Desktop(session)
    try:
        if "dispatch" in args.scenarios:
            scenario(session, sandbox, desktop)
        if "workspace" in args.scenarios:
            workspace(session, sandbox, desktop)
    except Failure:
        desktop.dump(os.path.join(workdir, "accessible-tree.txt"))
        print(f"e2e: logs and the accessible tree at failure are in {workdir}", file=sys.stderr)
        raise
    session.stop()
    shutil.rmtree(workdir, ignore_errors=True)


def scenario(session, sandbox, desktop):
    log("cwdesk is on the accessibility bus")

    desktop.need("frame", "CW Desk")
    # The first sync fills the cache; the status bar says when it is done.
    wait_for("the first sync to finish ('Synced …' in the status bar)",
             lambda: desktop.label_text("Synced "), timeout=120)
    log(f"status bar: {desktop.label_text('Synced ')}")

    # 1. Pick a board.
    board_name = "Service Desk"
    tree = desktop.need("tree", "Service boards")
    item = wait_for(f"the board {board_name!r} in the tree",
                    lambda: tree_item(desktop, tree, f"{board_name} ("))
    expected_open = int(item.name.rsplit("(", 1)[1].rstrip(")"))
    desktop.click(item)
    table = desktop.need("table", "Tickets")

    def board_listed():
        headers, rows = table_rows(table)
        return (headers, rows) if rows and desktop.label_text(f"{board_name} (") else None

    headers, rows = wait_for(f"the list to show the board {board_name!r}", board_listed)
    status_col = headers.index("Status")
    number_col = headers.index("#")
    priority_col = headers.index("Priority")
    numbers = sorted(int(row[number_col]) for row in rows)
    server_open = sandbox.ticket_ids(f'board/name="{board_name}" and closedFlag=false')
    log(f"board {board_name}: {len(rows)} rows listed, tree says {expected_open}, "
        f"the sandbox has {len(server_open)} open")
    if len(rows) != expected_open:
        raise Failure(f"the tree says {expected_open} open tickets on {board_name} but the list "
                      f"shows {len(rows)}")
    if numbers != server_open:
        raise Failure(f"the list of {board_name} differs from the sandbox's open tickets: "
                      f"only listed {sorted(set(numbers) - set(server_open))[:10]}, "
                      f"only on the server {sorted(set(server_open) - set(numbers))[:10]}")

    # 2. Type a query into the conditions bar.
    priority = rows[0][priority_col]
    query = f'priority/name = "{priority}"'
    conditions = desktop.need("text", "Conditions")
    desktop.click(conditions)
    desktop.key("ctrl+a")
    desktop.type_text(query)
    desktop.key("Return")

    def filtered():
        _, now = table_rows(table)
        if now and len(now) < len(rows) and all(row[priority_col] == priority for row in now):
            return now
        return None

    filtered_rows = wait_for(f"the list to show only {priority!r} tickets", filtered)
    listed = sorted(int(row[number_col]) for row in filtered_rows)
    expected = sandbox.ticket_ids(
        f'board/name="{board_name}" and closedFlag=false and {query}')
    log(f"query {query!r}: {len(listed)} rows, the sandbox answers {len(expected)}")
    if listed != expected:
        raise Failure(f"the query lists {listed} but the sandbox answers {expected}")

    # 3. Change the first ticket's status through the Ticket menu.
    first = filtered_rows[0]
    number = int(first[number_col])
    old_status = first[status_col]
    # The number column is always in view (the others may be scrolled off on a small screen).
    desktop.click(table.queryTable().getAccessibleAt(0, number_col))
    wait_for(f"#{number} to be selected", lambda: table.queryTable().isRowSelected(0))
    before = sandbox.ticket(number)
    statuses = sandbox.get(f"/service/boards/{before['board']['id']}/statuses")
    candidates = [s["name"] for s in statuses
                  if s["name"] != old_status and not s.get("inactive") and not s.get("closedStatus")
                  and s.get("displayOnBoard", True)]
    if not candidates:
        raise Failure(f"the board of #{number} has no other open status to move it to")
    log(f"ticket #{number}: {old_status!r}; moving it to one of {candidates}")

    menu_bar = desktop.need("menu bar", "")
    desktop.click(desktop.need("menu item", "Ticket", menu_bar))
    desktop.click(desktop.need("menu item", "Set Status"))
    target = wait_for("a status in the Set Status menu",
                      lambda: next((desktop.find("menu item", name) for name in candidates
                                    if desktop.find("menu item", name)), None))
    new_status = target.name
    desktop.click(target)
    log(f"chose {new_status!r}")

    def on_server():
        record = sandbox.ticket(number)
        return record if record["status"]["name"] == new_status else None

    record = wait_for(f"#{number} to have status {new_status!r} on the sandbox", on_server)
    log(f"the sandbox has #{number} as {record['status']['name']!r}")

    def listed_with_new_status():
        _, now = table_rows(table)
        for row in now:
            if int(row[number_col]) == number:
                return row[status_col] == new_status
        return False

    wait_for(f"the list to show #{number} as {new_status!r}", listed_with_new_status)
    log(f"the list shows #{number} as {new_status!r}")
    session.check_app_alive()


def workspace(session, sandbox, desktop):
    """The ticket workspace: open by number, edit and save, a note, a task, the knowledge base."""
    # A ticket with an open task, newest first.
    number, task = None, None
    for candidate in sorted(sandbox.ticket_ids("closedFlag=false"), reverse=True)[:80]:
        open_tasks = [t for t in sandbox.get(f"/service/tickets/{candidate}/tasks")
                      if not t.get("closedFlag")]
        if open_tasks:
            number, task = candidate, open_tasks[0]
            break
    if number is None:
        raise Failure("the sandbox has no open ticket with an open task")
    log(f"workspace: ticket #{number}, open task {task['id']} "
        f"{task.get('summary') or task.get('notes')!r}")

    # Ctrl+G, the number, Enter: the ticket opens in a tab of its own.
    desktop.click(desktop.need("page tab", "Dispatch"))
    desktop.key("ctrl+g")
    dialog = desktop.need("dialog", "Go to Ticket")
    desktop.need("spin button", "Ticket number:", dialog)
    desktop.key("ctrl+a")
    desktop.type_text(str(number))
    desktop.key("Return")
    wait_for(f"a tab for #{number}",
             lambda: desktop.find_prefix("page tab", f"#{number} "))
    summary = desktop.need("text", "Summary")

    # The summary, changed and saved.
    new_summary = f"E2E {int(time.time())} {sandbox.ticket(number)['summary']}"[:100]
    # The editor fills its fields once the ticket is read: wait for the summary to be there.
    wait_for(f"#{number}'s summary in the editor", lambda: text_of(summary))
    desktop.click(summary)
    desktop.key("ctrl+a")
    desktop.type_text(new_summary)
    wait_for("the new summary in the field", lambda: text_of(summary) == new_summary,
             timeout=15)
    desktop.key("ctrl+s")
    wait_for(f"#{number}'s new summary on the sandbox",
             lambda: sandbox.ticket(number)["summary"] == new_summary)
    log(f"saved: the sandbox has the summary {new_summary!r}")

    # A note from the composer.
    note_text = f"E2E note {int(time.time())}: called the customer, rebooting tonight."
    desktop.click(desktop.need("page tab", "Notes"))
    desktop.click(desktop.need("text", "Note text"))
    desktop.type_text(note_text)
    desktop.key("ctrl+Return")
    wait_for("the note on the sandbox",
             lambda: any(n.get("text") == note_text
                         for n in sandbox.get(f"/service/tickets/{number}/notes")))
    log("the sandbox has the note")

    # The open task, ticked.
    desktop.click(desktop.need("page tab", "Tasks"))
    checklist = desktop.need("list", "Task checklist")

    def task_row():
        table = checklist.queryTable()
        for row in range(table.nRows):
            cell = table.getAccessibleAt(row, 0)
            # The checklist shows a task's summary, or its notes when it has none.
            shown = task.get("summary") or task.get("notes") or ""
            if shown and cell.name and cell.name.startswith(shown[:30]):
                return cell
        return None

    cell = wait_for(f"task {task['id']} in the checklist", task_row)
    desktop.click(cell)
    desktop.key("space")

    def task_done():
        return next(t for t in sandbox.get(f"/service/tickets/{number}/tasks")
                    if t["id"] == task["id"]).get("closedFlag")

    wait_for(f"task {task['id']} done on the sandbox", task_done)
    log(f"the sandbox has task {task['id']} done")

    # The knowledge base: a word of an article's title finds that article.
    article = sandbox.get("/service/knowledgeBaseArticles", pageSize=1, orderBy="id")[0]
    word = max(article["title"].replace("(", " ").replace(")", " ").split(), key=len)
    desktop.key("ctrl+shift+k")
    search = desktop.need("text", "Search the knowledge base")
    desktop.click(search)
    desktop.key("ctrl+a")
    desktop.type_text(word)
    results = desktop.need("list", "Articles found")

    def found():
        table = results.queryTable()
        titles = [table.getAccessibleAt(r, 0).name for r in range(table.nRows)]
        return titles if article["title"] in titles else None

    titles = wait_for(f"the article {article['title']!r} among the results for {word!r}", found)
    log(f"knowledge base: {len(titles)} articles for {word!r}, {article['title']!r} among them")
    session.check_app_alive()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cwdesk", required=True, help="the cwdesk executable")
    parser.add_argument("--workdir", default=None, help="where logs and the app's home go")
    parser.add_argument("--scale", default=None, help="QT_SCALE_FACTOR for cwdesk (e.g. 2)")
    parser.add_argument("--scenarios", default="dispatch,workspace",
                        help="which to run, comma-separated (default dispatch,workspace)")
    args = parser.parse_args()
    args.scenarios = set(args.scenarios.split(","))
    unknown = args.scenarios - {"dispatch", "workspace"}
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            print(f"e2e: {tool} is missing (tools/install-deps installs it)", file=sys.stderr)
            return 1
    try:
        run(args)
    except Failure as failure:
        print(f"e2e: FAILED: {failure}", file=sys.stderr)
        return 1
    log("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
