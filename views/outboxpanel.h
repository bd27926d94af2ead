// The outbox as a dock: the queued changes with their state and the server's word on a refused
// one; send them again, discard one, or settle a conflict field by field (mine or theirs).
#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cw {

class Desk;
class Outbox;

class OutboxPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit OutboxPanel(Desk *desk, QWidget *parent = nullptr);

    QTreeWidget *entryList() const { return m_entries; }
    QTreeWidget *fieldList() const { return m_fields; }
    int entryCount() const;
    // The seq of the selected entry (0: none).
    qint64 currentSeq() const;
    bool selectSeq(qint64 seq);
    // The line under the lists: what the last action did, or why it failed.
    QString messageText() const;

public Q_SLOTS:
    void refresh();
    void push();
    void discardCurrent();
    // Settles the selected conflict with the choices ticked in the field list.
    void resolveCurrent();

Q_SIGNALS:
    // Entries were added, sent, discarded or resolved.
    void outboxChanged();

private:
    Outbox *outbox() const;
    void showCurrent();
    void setMessage(const QString &text);

    Desk *m_desk;
    QTreeWidget *m_entries;
    QTreeWidget *m_fields;
    QLabel *m_detail;
    QLabel *m_message;
    QPushButton *m_push;
    QPushButton *m_discard;
    QPushButton *m_resolve;
    bool m_bound = false;
    bool m_refreshScheduled = false;
};

} // namespace cw
