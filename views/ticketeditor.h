// One ticket open in its own tab: a toolbar (Save, Revert, Undo, Redo), the state of the edit
// (unsaved, pending in the outbox, refused, in conflict), the ticket's form, its SLA, a conflict
// view when the server's copy changed meanwhile, and an area for panes below (notes, tasks,
// configurations: built elsewhere, added with addPane() or registerPane()).
#pragma once

#include <QGroupBox>
#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QButtonGroup;
class QGridLayout;

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolBar;

namespace cw {

class Desk;
class TicketEditModel;
class TicketForm;

// The ticket's SLA: stage, the deadline of the stage, time left (breached marked), the dates
// each stage was met; offline it says the data is as of the last sync.
class SlaPanel : public QWidget
{
    Q_OBJECT
public:
    SlaPanel(TicketEditModel *model, QWidget *parent = nullptr);
    void refresh();
    QString text() const;

private:
    TicketEditModel *m_model;
    QLabel *m_stage;
    QLabel *m_deadline;
    QLabel *m_left;
    QLabel *m_met;
    QLabel *m_asOf;
};

// Mine and theirs for each field both sides changed, with a choice per field.
class ConflictView : public QGroupBox
{
    Q_OBJECT
public:
    ConflictView(TicketEditModel *model, QWidget *parent = nullptr);
    void refresh();
    // Chooses for `field` (true: keep mine) as its radio buttons do.
    void choose(const QString &field, bool keepMine);
    QPushButton *applyButton() const { return m_apply; }
    // How a field is named to the user (the form's label); the field's name without one.
    void setLabeler(const std::function<QString(const QString &field)> &labeler)
    {
        m_labeler = labeler;
    }

private:
    TicketEditModel *m_model;
    QGridLayout *m_grid;
    QLabel *m_intro;
    QPushButton *m_apply;
    QHash<QString, QButtonGroup *> m_choices;
    QList<QWidget *> m_rowWidgets;
    std::function<QString(const QString &)> m_labeler;
};

class TicketEditor : public QWidget
{
    Q_OBJECT
public:
    // Makes a pane for a ticket: what NotesPane, TasksPane and ConfigurationsPane are built by.
    using PaneFactory = std::function<QWidget *(Desk *desk, int ticketId, QWidget *parent)>;

    TicketEditor(Desk *desk, QWidget *parent = nullptr);
    ~TicketEditor() override;

    // False when the offline cache does not hold the ticket.
    bool openTicket(int ticketId);
    int ticketId() const;
    TicketEditModel *model() const { return m_model; }
    TicketForm *form() const { return m_form; }
    SlaPanel *slaPanel() const { return m_sla; }
    ConflictView *conflictView() const { return m_conflict; }
    QAction *saveAction() const { return m_save; }
    QAction *revertAction() const { return m_revert; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // The line under the toolbar: unsaved, pending, refused … (empty when clean).
    QString stateText() const;
    // The tab's title: "#10042 Printer offline", marked when unsaved or pending.
    QString tabTitle() const;

    // A pane under the form (notes, tasks …); the editor owns it. Returns its tab index.
    int addPane(QWidget *pane, const QString &title);
    QTabWidget *panes() const { return m_panes; }
    // Panes every editor opened from now on gets (in registration order).
    static void registerPane(const QString &title, const PaneFactory &factory);

Q_SIGNALS:
    void titleChanged(const QString &title);

private:
    void updateState();

    Desk *m_desk;
    TicketEditModel *m_model;
    QToolBar *m_toolBar;
    QAction *m_save;
    QAction *m_revert;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QLabel *m_state;
    ConflictView *m_conflict;
    TicketForm *m_form;
    SlaPanel *m_sla;
    QSplitter *m_splitter;
    QTabWidget *m_panes;
    QTimer *m_clock;
    QString m_message;
};

} // namespace cw
