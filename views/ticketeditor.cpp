#include "ticketeditor.h"

#include "ticketform.h"
#include "widgetteardown.h"

#include "models/desk/desk.h"
#include "models/slastate.h"
#include "models/ticketeditmodel.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

QList<QPair<QString, TicketEditor::PaneFactory>> &registeredPanes()
{
    static QList<QPair<QString, TicketEditor::PaneFactory>> panes;
    return panes;
}

QString dateText(const QJsonValue &value)
{
    const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

// --- SlaPanel ------------------------------------------------------------------------------

SlaPanel::SlaPanel(TicketEditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stage(new QLabel)
    , m_deadline(new QLabel)
    , m_left(new QLabel)
    , m_met(new QLabel)
    , m_asOf(new QLabel)
{
    setObjectName(u"slaPanel"_s);
    auto *box = new QGroupBox(tr("SLA"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Time left:"), m_left);
    form->addRow(tr("Met:"), m_met);
    form->addRow(m_asOf);
    m_stage->setObjectName(u"slaStage"_s);
    m_deadline->setObjectName(u"slaDeadline"_s);
    m_left->setObjectName(u"slaTimeLeft"_s);
    m_met->setObjectName(u"slaMet"_s);
    m_asOf->setObjectName(u"slaAsOf"_s);
    m_met->setWordWrap(true);
    m_asOf->setWordWrap(true);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    connect(m_model, &TicketEditModel::reloaded, this, &SlaPanel::refresh);
    connect(m_model->desk(), &Desk::stateChanged, this, &SlaPanel::refresh);
}

void SlaPanel::refresh()
{
    const QJsonObject ticket = m_model->edited();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime required =
        QDateTime::fromString(ticket.value(u"requiredDate"_s).toString(), Qt::ISODate);
    const SlaState sla = SlaState::forTicket(
        ticket.value(u"slaStatus"_s).toString(), ticket.value(u"closedFlag"_s).toBool(),
        required.isValid() ? required.toMSecsSinceEpoch() : 0, now);
    m_stage->setText(sla.stage() == SlaState::Stage::None ? tr("No SLA") : sla.stageName());
    QString deadline = tr("None");
    if (sla.hasDeadline()) {
        const QString when = QLocale().toString(sla.deadline().toLocalTime(), QLocale::ShortFormat);
        switch (sla.stage()) {
        case SlaState::Stage::Respond:
            deadline = tr("Respond by %1").arg(when);
            break;
        case SlaState::Stage::Plan:
            deadline = tr("Plan by %1").arg(when);
            break;
        default:
            deadline = tr("Resolve by %1").arg(when);
            break;
        }
    }
    m_deadline->setText(deadline);
    QFont font = m_left->font();
    if (!sla.hasDeadline()) {
        m_left->setText(tr("—"));
        font.setBold(false);
    } else if (sla.isBreached(now)) {
        m_left->setText(tr("Breached %1 ago").arg(SlaState::formatDuration(-sla.secondsLeft(now))));
        font.setBold(true);
    } else {
        m_left->setText(SlaState::formatDuration(sla.secondsLeft(now)));
        font.setBold(false);
    }
    m_left->setFont(font);
    QStringList met;
    const QList<QPair<QString, QString>> dates{{u"dateResponded"_s, tr("responded %1")},
                                               {u"dateResplan"_s, tr("plan set %1")},
                                               {u"dateResolved"_s, tr("resolved %1")}};
    for (const auto &[field, text] : dates) {
        const QString when = dateText(ticket.value(field));
        if (!when.isEmpty())
            met.append(text.arg(when));
    }
    m_met->setText(met.isEmpty() ? tr("Nothing yet") : met.join(u"; "_s));
    Desk *desk = m_model->desk();
    if (desk->state() == Desk::State::Online) {
        m_asOf->hide();
    } else {
        const QDateTime last = desk->lastSync();
        m_asOf->setText(last.isValid()
                            ? tr("Offline: as of the last sync, %1.")
                                  .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                            : tr("Offline: as of the last sync."));
        m_asOf->show();
    }
}

QString SlaPanel::text() const
{
    return QStringList{m_stage->text(), m_deadline->text(), m_left->text(), m_met->text(),
                       m_asOf->isHidden() ? QString() : m_asOf->text()}
        .join(u" | "_s);
}

// --- ConflictView --------------------------------------------------------------------------

ConflictView::ConflictView(TicketEditModel *model, QWidget *parent)
    : QGroupBox(tr("Changed on the server too"), parent)
    , m_model(model)
    , m_grid(new QGridLayout)
    , m_intro(new QLabel)
    , m_apply(new QPushButton(tr("&Apply Choices")))
{
    setObjectName(u"conflictView"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Someone changed these fields on the server since you opened the ticket. "
                        "Choose for each which value to keep, then apply."));
    m_apply->setObjectName(u"applyConflictButton"_s);
    m_apply->setAccessibleName(tr("Apply choices"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_grid);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        QHash<QString, bool> keepMine;
        for (auto it = m_choices.constBegin(); it != m_choices.constEnd(); ++it)
            keepMine.insert(it.key(), it.value()->checkedId() == 0);
        m_model->resolveConflict(keepMine);
    });
}

void ConflictView::refresh()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    qDeleteAll(m_choices);
    m_choices.clear();
    const QStringList fields = m_model->conflictFields();
    setVisible(m_model->state() == TicketEditModel::State::Conflict && !fields.isEmpty());
    auto header = [this](const QString &text, int column) {
        auto *label = new QLabel(text);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        m_grid->addWidget(label, 0, column);
        m_rowWidgets.append(label);
    };
    header(tr("Field"), 0);
    header(tr("Mine"), 1);
    header(tr("Theirs"), 2);
    int row = 1;
    for (const QString &field : fields) {
        const QString label = m_labeler ? m_labeler(field) : field;
        auto *name = new QLabel(label);
        auto *mine = new QRadioButton(m_model->valueText(field, m_model->mine(field)));
        auto *theirs = new QRadioButton(m_model->valueText(field, m_model->theirs(field)));
        mine->setObjectName(field + u"Mine"_s);
        theirs->setObjectName(field + u"Theirs"_s);
        mine->setAccessibleName(tr("Keep mine for %1").arg(label));
        theirs->setAccessibleName(tr("Take theirs for %1").arg(label));
        auto *group = new QButtonGroup(this);
        group->addButton(mine, 0);
        group->addButton(theirs, 1);
        mine->setChecked(true);
        m_choices.insert(field, group);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(mine, row, 1);
        m_grid->addWidget(theirs, row, 2);
        m_rowWidgets.append({name, mine, theirs});
        ++row;
    }
}

void ConflictView::choose(const QString &field, bool keepMine)
{
    if (QButtonGroup *group = m_choices.value(field))
        group->button(keepMine ? 0 : 1)->setChecked(true);
}

// --- TicketEditor --------------------------------------------------------------------------

TicketEditor::TicketEditor(Desk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new TicketEditModel(desk, this))
    , m_toolBar(new QToolBar)
    , m_state(new QLabel)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_panes(new QTabWidget)
    , m_clock(new QTimer(this))
{
    setObjectName(u"ticketEditor"_s);
    m_toolBar->setObjectName(u"editorToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_save = m_toolBar->addAction(tr("&Save"));
    m_save->setObjectName(u"actionSaveTicket"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Send what changed (Ctrl+S); offline it waits in the outbox"));
    m_revert = m_toolBar->addAction(tr("Re&vert"));
    m_revert->setObjectName(u"actionRevertTicket"_s);
    m_revert->setToolTip(tr("Back to the ticket as loaded"));
    m_undoAction = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"actionUndoEdit"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"actionRedoEdit"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    for (QAction *action : {m_save, m_revert, m_undoAction, m_redoAction}) {
        // Each editor's shortcuts work in its own tab only.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // Toolbar buttons carry their action's text; name them for assistive tools.
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(u'&'));
    }
    connect(m_undoAction, &QAction::changed, this, [this] {
        if (QWidget *b = m_toolBar->widgetForAction(m_undoAction))
            b->setAccessibleName(tr("Undo"));
        if (QWidget *b = m_toolBar->widgetForAction(m_redoAction))
            b->setAccessibleName(tr("Redo"));
    });
    m_state->setObjectName(u"editorState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    m_state->setContentsMargins(margin, 0, margin, 0);

    m_conflict = new ConflictView(m_model);
    m_conflict->hide();
    m_form = new TicketForm(m_model, TicketForm::Mode::Edit);
    m_sla = new SlaPanel(m_model);
    m_conflict->setLabeler([this](const QString &field) { return m_form->fieldLabel(field); });

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_conflict);
    pageLayout->addWidget(m_sla);
    pageLayout->addWidget(m_form);
    pageLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"editorScroll"_s);
    scroll->setAccessibleName(tr("Ticket fields"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_panes->setObjectName(u"editorPanes"_s);
    m_panes->setAccessibleName(tr("Ticket panes"));
    m_panes->tabBar()->setAccessibleName(tr("Ticket panes"));
    m_panes->setDocumentMode(true);
    m_panes->hide();
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_panes);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_state);
    layout->addWidget(m_splitter, 1);

    connect(m_save, &QAction::triggered, this, [this] {
        // A text field's last keystrokes count: commit the focused picker's text first.
        if (QWidget *focus = focusWidget())
            focus->clearFocus();
        m_model->save();
    });
    connect(m_revert, &QAction::triggered, m_model, &TicketEditModel::revert);
    connect(m_model, &TicketEditModel::dirtyChanged, this, &TicketEditor::updateState);
    connect(m_model, &TicketEditModel::stateChanged, this, &TicketEditor::updateState);
    connect(m_model, &TicketEditModel::pendingChanged, this, &TicketEditor::updateState);
    connect(m_model, &TicketEditModel::fieldErrorsChanged, this, &TicketEditor::updateState);
    // The list of unsaved fields follows every edit.
    connect(m_model, &TicketEditModel::valueChanged, this, &TicketEditor::updateState);
    connect(m_model, &TicketEditModel::reloaded, this, &TicketEditor::updateState);
    connect(m_model, &TicketEditModel::saved, this, [this] {
        m_message = tr("Saved.");
        updateState();
    });
    connect(m_model, &TicketEditModel::queued, this, [this](int, const QString &reason) {
        m_message = reason;
        updateState();
    });
    connect(m_model, &TicketEditModel::saveFailed, this, [this](const QString &message) {
        m_message = message;
        updateState();
    });
    connect(m_model, &TicketEditModel::conflictFound, m_conflict, &ConflictView::refresh);
    connect(m_model, &TicketEditModel::stateChanged, m_conflict, &ConflictView::refresh);
    // SLA time left moves on by the minute.
    m_clock->setInterval(60000);
    connect(m_clock, &QTimer::timeout, m_sla, &SlaPanel::refresh);
    m_clock->start();
    updateState();
}

TicketEditor::~TicketEditor()
{
    // The undo stack, cleared as QWidget's destructor deletes the model, changes the undo action,
    // whose handler here reads the toolbar.
    disconnectFromChildren(this);
}

bool TicketEditor::openTicket(int ticketId)
{
    if (!m_model->load(ticketId))
        return false;
    m_conflict->refresh();
    for (const auto &[title, factory] : registeredPanes()) {
        if (QWidget *pane = factory(m_desk, ticketId, nullptr))
            addPane(pane, title);
    }
    updateState();
    return true;
}

int TicketEditor::ticketId() const
{
    return m_model->ticketId();
}

int TicketEditor::addPane(QWidget *pane, const QString &title)
{
    pane->setParent(m_panes);
    const int index = m_panes->addTab(pane, title);
    m_panes->show();
    return index;
}

void TicketEditor::registerPane(const QString &title, const PaneFactory &factory)
{
    registeredPanes().append({title, factory});
}

QString TicketEditor::stateText() const
{
    return m_state->text();
}

QString TicketEditor::tabTitle() const
{
    QString summary = m_model->value(u"summary"_s).toString();
    if (summary.size() > 28)
        summary = summary.left(27) + u'…';
    QString title = m_model->ticketId() > 0 ? tr("#%1 %2").arg(m_model->ticketId()).arg(summary)
                                            : summary;
    if (m_model->isDirty())
        title = tr("%1 *", "unsaved").arg(title);
    if (m_model->isPending())
        title = tr("%1 (pending)").arg(title);
    return title;
}

void TicketEditor::updateState()
{
    QString text;
    using State = TicketEditModel::State;
    switch (m_model->state()) {
    case State::Saving:
        text = tr("Saving…");
        break;
    case State::Conflict:
        text = tr("The server's copy changed meanwhile, in fields you changed too: choose "
                  "below which to keep.");
        break;
    default:
        if (!m_model->fieldErrors().isEmpty())
            text = tr("The server refused the change: see the marked fields.");
        else if (m_model->isDirty())
        {
            QStringList labels;
            for (const QString &field : m_model->dirtyFields())
                labels.append(m_form->fieldLabel(field));
            text = tr("Unsaved changes: %1.").arg(labels.join(u", "_s));
        }
        else if (m_model->isPending())
            text = tr("Pending: waiting in the outbox until the server accepts it. %1")
                       .arg(m_message)
                       .trimmed();
        else if (!m_model->lastError().isEmpty())
            text = m_model->lastError();
        break;
    }
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
    // In a conflict the choices are made in the conflict view.
    const bool editable = m_model->state() != State::Saving && m_model->state() != State::Conflict;
    m_save->setEnabled(editable && m_model->isDirty());
    m_revert->setEnabled(editable && m_model->isDirty());
    const QString title = tabTitle();
    setWindowTitle(title);
    Q_EMIT titleChanged(title);
}

} // namespace cw
