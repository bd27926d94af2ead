#include "taskspane.h"

#include "panesupport.h"

#include "models/desk/desk.h"
#include "models/desk/deskchange.h"
#include "models/ticketitemmodels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// A task waiting to be sent in italics with a note of it; a refused one says why.
class TaskDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TaskListModel::DoneRole).toBool())
            option->font.setStrikeOut(true);
        if (!index.data(PendingRole).toBool())
            return;
        const QString error = index.data(ErrorTextRole).toString();
        option->font.setItalic(true);
        option->text = error.isEmpty()
                           ? TasksPane::tr("%1 (waiting to be sent)").arg(option->text)
                           : TasksPane::tr("%1 ⚠ refused: %2").arg(option->text, error);
    }
};

} // namespace

TasksPane::TasksPane(Desk *desk, int ticketId, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new TaskListModel(desk, this))
    , m_view(new QListView)
    , m_edit(new QLineEdit)
    , m_submit(new QPushButton(tr("&Add Task")))
    , m_editButton(new QPushButton(tr("&Edit")))
    , m_deleteButton(new QPushButton(tr("De&lete")))
    , m_upButton(new QToolButton)
    , m_downButton(new QToolButton)
    , m_status(new QLabel)
{
    setObjectName(u"tasksPane"_s);
    setAccessibleName(tr("Tasks"));
    m_view->setObjectName(u"taskView"_s);
    m_view->setAccessibleName(tr("Task checklist"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TaskDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setAlternatingRowColors(true);
    m_edit->setObjectName(u"taskEditor"_s);
    m_edit->setAccessibleName(tr("Task"));
    m_edit->setPlaceholderText(tr("New task… (Enter adds it)"));
    m_submit->setObjectName(u"taskSubmit"_s);
    m_submit->setAccessibleName(tr("Add task"));
    m_editButton->setObjectName(u"taskEdit"_s);
    m_editButton->setAccessibleName(tr("Edit task"));
    m_editButton->setToolTip(tr("Edit the selected task (F2)"));
    m_deleteButton->setObjectName(u"taskDelete"_s);
    m_deleteButton->setAccessibleName(tr("Delete task"));
    m_deleteButton->setToolTip(tr("Delete the selected task (Delete)"));
    m_upButton->setArrowType(Qt::UpArrow);
    m_downButton->setArrowType(Qt::DownArrow);
    m_upButton->setObjectName(u"taskUp"_s);
    m_upButton->setAccessibleName(tr("Move task up"));
    m_upButton->setToolTip(tr("Move the selected task up (Ctrl+Up)"));
    m_downButton->setObjectName(u"taskDown"_s);
    m_downButton->setAccessibleName(tr("Move task down"));
    m_downButton->setToolTip(tr("Move the selected task down (Ctrl+Down)"));
    m_status->setObjectName(u"taskStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    connect(m_edit, &QLineEdit::returnPressed, this, &TasksPane::submit);
    connect(m_edit, &QLineEdit::textChanged, this, &TasksPane::updateButtons);
    connect(m_submit, &QPushButton::clicked, this, &TasksPane::submit);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editTask(currentTaskId()); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteTask(currentTaskId()); });
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveTask(currentTaskId(), -1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveTask(currentTaskId(), 1); });
    PaneSupport::onKeys(m_view, QKeySequence(Qt::CTRL | Qt::Key_Up),
                        [this] { moveTask(currentTaskId(), -1); });
    PaneSupport::onKeys(m_view, QKeySequence(Qt::CTRL | Qt::Key_Down),
                        [this] { moveTask(currentTaskId(), 1); });
    PaneSupport::onKeys(m_view, QKeySequence(Qt::Key_F2), [this] { editTask(currentTaskId()); });
    PaneSupport::onKeys(m_view, QKeySequence(Qt::Key_Delete),
                        [this] { deleteTask(currentTaskId()); });
    PaneSupport::onKeys(m_edit, QKeySequence(Qt::Key_Escape), [this] { cancelEdit(); });
    connect(m_model, &TaskListModel::doneRequested, this, &TasksPane::setDone);
    connect(m_model, &TaskListModel::reorderRequested, this, &TasksPane::reorder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TasksPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPane::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TasksPane::updateButtons);

    auto *add = new QHBoxLayout;
    add->addWidget(m_edit, 1);
    add->addWidget(m_submit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(add);
    layout->addWidget(m_status);
    m_ticketId = -1; // so that setTicket() loads even ticket 0
    setTicket(ticketId);
}

void TasksPane::setTicket(int ticketId)
{
    if (ticketId == m_ticketId && m_model->ticketId() == ticketId)
        return;
    m_ticketId = ticketId;
    cancelEdit();
    m_status->hide();
    m_model->setTicket(ticketId);
    PaneSupport::fetchDetails(m_desk, ticketId);
    setEnabled(ticketId != 0);
    updateButtons();
}

int TasksPane::currentTaskId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toInt() : 0;
}

void TasksPane::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool real = current.isValid() && current.data(IdRole).toInt() > 0;
    m_editButton->setEnabled(real);
    m_deleteButton->setEnabled(real);
    m_upButton->setEnabled(real && current.row() > 0);
    m_downButton->setEnabled(real && current.row() < m_model->rowCount() - 1);
    m_submit->setEnabled(!m_edit->text().trimmed().isEmpty());
    m_submit->setText(m_editing ? tr("&Save Task") : tr("&Add Task"));
    m_submit->setAccessibleName(m_editing ? tr("Save task") : tr("Add task"));
}

void TasksPane::submit()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || !m_ticketId || !m_desk)
        return;
    DeskChange *change = m_editing ? m_desk->editTask(m_ticketId, m_editing,
                                                      {{u"summary"_s, text}})
                                   : m_desk->addTask(m_ticketId, text, text);
    PaneSupport::follow(change, m_status);
    m_editing = 0;
    m_edit->clear();
    updateButtons();
}

void TasksPane::editTask(int taskId)
{
    const int row = m_model->rowOfId(taskId);
    if (taskId <= 0 || row < 0)
        return;
    m_editing = taskId;
    m_edit->setText(m_model->index(row).data(Qt::DisplayRole).toString());
    m_edit->setFocus();
    m_edit->selectAll();
    updateButtons();
}

void TasksPane::cancelEdit()
{
    if (!m_editing)
        return;
    m_editing = 0;
    m_edit->clear();
    updateButtons();
}

void TasksPane::deleteTask(int taskId, bool confirm)
{
    const int row = m_model->rowOfId(taskId);
    if (taskId <= 0 || row < 0 || !m_desk)
        return;
    if (confirm && QMessageBox::question(
                       this, tr("Delete Task"),
                       tr("Delete the task \"%1\"?")
                           .arg(m_model->index(row).data(Qt::DisplayRole).toString()),
                       QMessageBox::Yes | QMessageBox::Cancel,
                       QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (m_editing == taskId)
        cancelEdit();
    PaneSupport::follow(m_desk->deleteTask(m_ticketId, taskId), m_status);
}

void TasksPane::setDone(int taskId, bool done)
{
    if (taskId <= 0 || !m_desk)
        return;
    PaneSupport::follow(m_desk->setTaskDone(m_ticketId, taskId, done), m_status);
}

void TasksPane::moveTask(int taskId, int step)
{
    const int row = m_model->rowOfId(taskId);
    if (taskId <= 0 || row < 0)
        return;
    const int target = row + step;
    if (target < 0 || target >= m_model->rowCount())
        return;
    reorder(m_model->orderWithMove(taskId, target));
}

void TasksPane::reorder(const QList<int> &taskIds)
{
    if (!m_desk || !m_ticketId)
        return;
    // The moved task stays current once the rows follow the cache.
    const int current = currentTaskId();
    DeskChange *change = m_desk->reorderTasks(m_ticketId, taskIds);
    PaneSupport::follow(change, m_status);
    const auto reselect = [this, current] {
        const int row = m_model->rowOfId(current);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row));
    };
    // The cache has the new priorities as soon as the change is queued.
    connect(m_model, &QAbstractItemModel::modelReset, change, reselect);
    reselect();
}

} // namespace cw
