#!/usr/bin/env python3
"""Writes the hand-made and recorded seeds of tests/fuzz/corpus/<target>/seed-*.

Run from anywhere; rerunning rewrites the seed-* files only (crash-* regression inputs and
anything else in the corpus folders are kept). The recorded seeds come from tests/data, so the
corpus stays small and its origin known.
"""
import base64
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
data = here.parent / "data"
recorded = json.loads((data / "connectwise-recorded-responses.json").read_text())
fixtures = json.loads((data / "django-connectwise-fixtures.json").read_text())["fixtures"]
guide = recorded["ConnectWise developer guide (markdown copy in a public GitHub repository)"]
rest = recorded["connectwise-rest README (MIT)"]


def write(target, seeds):
    folder = here / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("seed-*"):
        old.unlink()
    for i, seed in enumerate(seeds):
        if isinstance(seed, str):
            seed = seed.encode()
        (folder / f"seed-{i:02d}").write_bytes(seed)


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


write("fuzz_conditions", [
    "id = 69", "id=69", "id != 69 and id < 70", "budgetHours > -1.5",
    "summary = 'Schedule and Execute Conversion  '", 'summary like "%printer%"',
    "closedFlag = false or closedFlag = null", "board/name in ('Help Desk', \"Projects\")",
    "lastUpdated > [2024-03-01T10:00:00Z]", "not (status/name = 'New')",
    "summary contains 'x' and summary not contains \"y\"",
    "caption = 'Region' and value = 8", "communicationItems/value like '%@yourcompany.com'",
    "city = \"Zürich\"", "id between 1 and 3", "((((id = 1))))",
    rest["conditions_example"],
])

records = []
for key in ("API_SERVICE_TICKET", "API_SERVICE_NOTE_LIST", "API_BOARD", "API_SERVICE_PRIORITY",
            "API_SERVICE_SLA", "API_SOURCE", "API_SERVICE_TEAM_LIST"):
    value = fixtures.get(key)
    if value is not None:
        records.append(compact(value if isinstance(value, list) else [value]))
write("fuzz_json_records", records + [
    "[]", "[{}]", '[{"id":1,"summary":"s","board":{"id":2,"name":"b"},"closedFlag":true}]',
    '{"id":7,"summary":"one record","_info":{"lastUpdated":"2024-03-01T10:00:00Z"}}',
    '[{"id":1e999,"budgetHours":-0.0,"summary":"\\ud800"}]',
])

write("fuzz_linkheader", [
    guide["navigable_link_header_example"],
    '<https://h/v4_6_release/apis/3.0/service/tickets?page=2&pageSize=25>; rel="next", '
    '<https://h/v4_6_release/apis/3.0/service/tickets?page=1&pageSize=25>; rel="first"',
    "</service/tickets?page=3>; rel=next; title=\"x, y\"",
    '<?page=2>; rel="next last"', "<>; rel=", "",
])

ticket = fixtures.get("API_SERVICE_TICKET")
ticket = ticket[0] if isinstance(ticket, list) else ticket
write("fuzz_jsonpatch", [
    compact([ticket, guide["patch_example"], ticket]),
    compact([ticket, rest["patch_status_example"], {}]),
    compact([{"a": {"b": [1, 2]}}, [{"op": "add", "path": "/a/b/-", "value": 3},
                                    {"op": "remove", "path": "/a/b/0"},
                                    {"op": "move", "from": "/a", "path": "/c"},
                                    {"op": "copy", "from": "/c", "path": "/d"},
                                    {"op": "test", "path": "/d/b/0", "value": 2}],
             {"a": {"b": [2, 3]}, "e": None}]),
    compact([{"x~y": 1, "p/q": 2}, [{"op": "replace", "path": "/x~0y", "value": 0},
                                     {"op": "remove", "path": "/p~1q"}], {}]),
])

auth = "Basic " + base64.b64encode(b"sandbox+sandbox-public:sandbox-private").decode()
api = "/v4_6_release/apis/3.0"


def request(method, target, body=b"", headers=()):
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", "Accept: application/json"]
    lines += list(headers)
    if body:
        lines.append("Content-Type: application/json")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body.encode() if isinstance(body, str) else body)


write("fuzz_sandbox_request", [
    request("GET", f"{api}/service/tickets?pageSize=5&page=2&orderBy=id%20desc"),
    request("GET", f"{api}/service/tickets?conditions=closedFlag%3Dfalse+and+board/id%3D1&fields=id,summary"),
    request("GET", f"{api}/service/tickets/count?conditions=id>3"),
    request("GET", f"{api}/service/tickets/1/notes"),
    request("GET", f"{api}/company/companies?customFieldConditions=caption%3D'x'"),
    request("POST", f"{api}/service/tickets", compact({"summary": "fuzz", "board": {"id": 1},
                                                        "company": {"id": 1}})),
    request("PATCH", f"{api}/service/tickets/2", compact(guide["patch_example"])),
    request("PUT", f"{api}/service/tickets/3/notes/1", compact({"text": "x"})),
    request("DELETE", f"{api}/service/tickets/4"),
    request("POST", f"{api}/service/tickets/search", compact(guide["search_body_example"])
            if "search_body_example" in guide else "{}"),
    request("GET", f"{api}/system/info", headers=[f"Authorization: {auth}"]),
    request("GET", f"{api}/service/boards/1/statuses", headers=["Authorization: Basic bad"]),
    request("POST", f"{api}/system/callbacks", compact({"url": "http://127.0.0.1:9/x", "objectId": 1,
                                                        "type": "Ticket", "level": "Board"})),
])
