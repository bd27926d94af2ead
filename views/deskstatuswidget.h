// The desk's state in the status bar: connection state, "Synced 14:32", a progress bar while a
// sync runs, and the outbox's pending changes and conflicts as a button that opens the outbox.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cw {

class Desk;

class DeskStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DeskStatusWidget(Desk *desk, QWidget *parent = nullptr);

    QString stateText() const;
    QString lastSyncText() const;
    QString outboxText() const;
    bool isSyncing() const;
    QToolButton *outboxButton() const { return m_outbox; }

public Q_SLOTS:
    void refreshState();
    void refreshLastSync();
    void refreshOutbox();

Q_SIGNALS:
    void outboxRequested();

private:
    void bindSync();
    void bindOutbox();

    Desk *m_desk;
    QLabel *m_state;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
    QToolButton *m_outbox;
    bool m_syncBound = false;
    bool m_outboxBound = false;
    bool m_outboxScheduled = false;
};

} // namespace cw
