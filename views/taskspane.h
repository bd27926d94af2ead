// A ticket's tasks as a checklist in priority order: add, edit, delete, tick done, reorder (drag,
// or Ctrl+Up / Ctrl+Down); every change through the desk (the outbox offline), a task waiting to
// be sent marked, one the server refused showing its message.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace cw {

class Desk;
class TaskListModel;

class TasksPane : public QWidget
{
    Q_OBJECT
public:
    TasksPane(Desk *desk, int ticketId, QWidget *parent = nullptr);

    void setTicket(int ticketId);
    int ticketId() const { return m_ticketId; }
    TaskListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *editor() const { return m_edit; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *statusLabel() const { return m_status; }
    // The current task's id (0 when none).
    int currentTaskId() const;
    int editingTaskId() const { return m_editing; }

public Q_SLOTS:
    // Adds the editor's text as a task, or saves the task being edited (Enter).
    void submit();
    void editTask(int taskId);
    void cancelEdit();
    void deleteTask(int taskId, bool confirm = true);
    void setDone(int taskId, bool done);
    // Moves the task one place up (-1) or down (+1).
    void moveTask(int taskId, int step);
    void reorder(const QList<int> &taskIds);

private:
    void updateButtons();

    Desk *m_desk;
    int m_ticketId = 0;
    int m_editing = 0;
    TaskListModel *m_model;
    QListView *m_view;
    QLineEdit *m_edit;
    QPushButton *m_submit;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QLabel *m_status;
};

} // namespace cw
