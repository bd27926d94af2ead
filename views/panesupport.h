// What the ticket panes (notes, tasks, configurations) and the KB pane share: asking for a
// ticket's notes, tasks and links when it is shown, following a change to its fate in a status
// line, and the text helpers of the timeline.
#pragma once

#include <QString>

#include <functional>

class QKeySequence;
class QLabel;
class QWidget;

namespace cw {

class Desk;
class DeskChange;

namespace PaneSupport {

// Asks the server for the ticket's notes, tasks and configuration links (when online; at most
// once every few seconds per ticket, however many panes ask) and keeps them for offline use.
void fetchDetails(Desk *desk, int ticketId);
// Shows in `status` what became of `change`: waiting in the outbox (and why), or the server's
// refusal; cleared when it was sent. `done` runs when it was sent or queued.
void follow(DeskChange *change, QLabel *status, const std::function<void()> &done = {});
// Runs `run` when `keys` is pressed while `widget` has the focus, before any window shortcut of
// the same keys (Delete deletes tickets in the window, a task in the checklist).
void onKeys(QWidget *widget, const QKeySequence &keys, const std::function<void()> &run);
// `text` as HTML: escaped, line breaks kept, web and mail addresses as links.
QString linkifiedHtml(const QString &text);

} // namespace PaneSupport

} // namespace cw
