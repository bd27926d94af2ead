#include "outboxpanel.h"

#include "icons.h"

#include "models/desk/desk.h"
#include "models/store/outbox.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

constexpr int SeqRole = Qt::UserRole + 1;

QString shortJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        // References read best by their name ({"id": 3, "name": "High"}).
        const QJsonObject object = value.toObject();
        for (const char *key : {"name", "identifier", "id"}) {
            if (object.contains(QLatin1StringView(key)))
                return shortJson(object.value(QLatin1StringView(key)));
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        // In the user's notation (2,5 in German), without grouping: values may be ids or years.
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(value.toDouble());
    }
    return {};
}

} // namespace

OutboxPanel::OutboxPanel(Desk *desk, QWidget *parent)
    : QDockWidget(tr("Outbox"), parent)
    , m_desk(desk)
    , m_entries(new QTreeWidget)
    , m_fields(new QTreeWidget)
    , m_detail(new QLabel)
    , m_message(new QLabel)
    , m_push(new QPushButton(tr("&Send now")))
    , m_discard(new QPushButton(tr("&Discard")))
    , m_resolve(new QPushButton(tr("Res&olve conflict")))
{
    setObjectName(u"outboxPanel"_s);
    setAccessibleName(tr("Outbox"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);

    m_entries->setObjectName(u"outboxEntries"_s);
    m_entries->setAccessibleName(tr("Queued changes"));
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setHeaderLabels({tr("Change"), tr("State"), tr("Queued"), tr("Server's message")});
    m_entries->header()->setStretchLastSection(true);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);

    m_fields->setObjectName(u"conflictFields"_s);
    m_fields->setAccessibleName(tr("Conflicting fields: tick to keep your value"));
    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({tr("Field (ticked: keep mine)"), tr("Mine"), tr("Theirs")});
    m_fields->hide();

    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"outboxMessage"_s);

    m_push->setObjectName(u"outboxPush"_s);
    m_push->setAccessibleName(tr("Send the queued changes now"));
    m_push->setIcon(Icons::icon(Icons::Name::Sync));
    m_discard->setObjectName(u"outboxDiscard"_s);
    m_discard->setAccessibleName(tr("Discard the selected change"));
    m_resolve->setObjectName(u"outboxResolve"_s);
    m_resolve->setAccessibleName(tr("Resolve the selected conflict with the ticked fields"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_push);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_resolve);
    buttons->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_entries, 2);
    layout->addWidget(m_detail);
    layout->addWidget(m_fields, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    setWidget(content);

    // The title bar's buttons are Qt's own; name them for screen readers.
    for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
        if (button->objectName() == "qt_dockwidget_closebutton"_L1)
            button->setAccessibleName(tr("Close the outbox"));
        else if (button->objectName() == "qt_dockwidget_floatbutton"_L1)
            button->setAccessibleName(tr("Detach the outbox"));
    }

    connect(m_entries, &QTreeWidget::currentItemChanged, this, &OutboxPanel::showCurrent);
    connect(m_push, &QPushButton::clicked, this, &OutboxPanel::push);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::discardCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &OutboxPanel::resolveCurrent);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    connect(m_desk, &Desk::syncFinished, this, &OutboxPanel::refresh);
    refresh();
}

Outbox *OutboxPanel::outbox() const
{
    if (m_desk->profile().site().isEmpty() && m_desk->options().cachePath.isEmpty())
        return nullptr;
    return m_desk->cache() ? m_desk->outbox() : nullptr;
}

int OutboxPanel::entryCount() const
{
    return m_entries->topLevelItemCount();
}

qint64 OutboxPanel::currentSeq() const
{
    const QTreeWidgetItem *item = m_entries->currentItem();
    return item ? item->data(0, SeqRole).toLongLong() : 0;
}

bool OutboxPanel::selectSeq(qint64 seq)
{
    for (int row = 0; row < m_entries->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_entries->topLevelItem(row);
        if (item->data(0, SeqRole).toLongLong() == seq) {
            m_entries->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString OutboxPanel::messageText() const
{
    return m_message->text();
}

void OutboxPanel::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OutboxPanel::refresh()
{
    Outbox *queue = outbox();
    if (queue && !m_bound) {
        m_bound = true;
        connect(queue, &Outbox::stepReached, this, [this](qint64, Outbox::Step step) {
            // A bulk change queues hundreds of entries at once: listed once after them.
            if (step != Outbox::Step::Queued || m_refreshScheduled)
                return;
            m_refreshScheduled = true;
            QTimer::singleShot(0, this, [this] {
                if (m_refreshScheduled)
                    refresh();
            });
        });
        connect(queue, &Outbox::entryFinished, this, &OutboxPanel::refresh);
        connect(queue, &Outbox::pushFinished, this, [this](const Outbox::PushResult &result) {
            m_push->setEnabled(true);
            refresh();
            if (result.stopped)
                setMessage(tr("Sending stopped: %1").arg(result.error.headline()));
            else
                setMessage(tr("Sent: %L1. Failed: %L2. Conflicts: %L3. Still queued: %L4.")
                               .arg(result.sent)
                               .arg(result.failed)
                               .arg(result.conflicts)
                               .arg(result.remaining));
            Q_EMIT outboxChanged();
        });
    }
    m_refreshScheduled = false;
    const qint64 selected = currentSeq();
    m_entries->clear();
    const QList<OutboxEntry> entries = queue ? queue->entries() : QList<OutboxEntry>();
    for (const OutboxEntry &entry : entries) {
        // The server's own words, most specific first: what it said about each field.
        QString server = entry.lastError;
        const ApiError error = queue->lastApiError(entry.seq);
        QStringList fieldMessages;
        for (const ApiError::FieldError &field : error.fieldErrors())
            fieldMessages.append(field.message);
        if (!fieldMessages.isEmpty())
            server = fieldMessages.join(u' ');
        else if (!error.serverMessage().isEmpty())
            server = error.serverMessage();
        auto *item = new QTreeWidgetItem(
            {tr("%1 %2", "operation, record: update ticket #42")
                 .arg(OutboxEntry::operationName(entry.operation), entry.describe()),
             OutboxEntry::stateName(entry.state),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.createdMs),
                                QLocale::ShortFormat),
             server});
        item->setData(0, SeqRole, entry.seq);
        item->setToolTip(3, server);
        if (entry.state == OutboxEntry::State::Conflict ||
            entry.state == OutboxEntry::State::Failed)
            item->setIcon(0, Icons::icon(Icons::Name::Warning));
        m_entries->addTopLevelItem(item);
    }
    for (int column = 0; column < m_entries->columnCount() - 1; ++column)
        m_entries->resizeColumnToContents(column);
    if (!selectSeq(selected) && m_entries->topLevelItemCount() > 0)
        m_entries->setCurrentItem(m_entries->topLevelItem(0));
    m_push->setEnabled(queue && !entries.isEmpty() && !queue->isPushing());
    if (!queue)
        setMessage(m_desk->cacheError());
    showCurrent();
}

void OutboxPanel::showCurrent()
{
    Outbox *queue = outbox();
    const qint64 seq = currentSeq();
    const std::optional<OutboxEntry> entry = queue && seq ? queue->entry(seq) : std::nullopt;
    m_discard->setEnabled(entry.has_value() && entry->state != OutboxEntry::State::Sending);
    const bool conflict = entry && entry->state == OutboxEntry::State::Conflict;
    m_resolve->setEnabled(conflict);
    m_fields->setVisible(conflict);
    m_fields->clear();
    if (!entry) {
        m_detail->setText(m_entries->topLevelItemCount() == 0
                              ? tr("Nothing is waiting to be sent: every change reached the "
                                   "server.")
                              : QString());
        return;
    }
    if (conflict) {
        m_detail->setText(tr("The server's copy changed the same fields. Tick the fields where "
                             "your value should win; the others take the server's value."));
        for (const QString &field : entry->conflictFields) {
            auto *item = new QTreeWidgetItem({field, shortJson(entry->edited.value(field)),
                                              shortJson(entry->theirs.value(field))});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            m_fields->addTopLevelItem(item);
        }
        for (int column = 0; column < m_fields->columnCount(); ++column)
            m_fields->resizeColumnToContents(column);
    } else if (entry->state == OutboxEntry::State::Failed) {
        m_detail->setText(tr("The server refused this change: %1").arg(entry->lastError));
    } else {
        m_detail->setText(entry->describe());
    }
}

void OutboxPanel::push()
{
    Outbox *queue = outbox();
    if (!queue || queue->isPushing())
        return;
    m_push->setEnabled(false);
    setMessage(tr("Sending…"));
    queue->push();
}

void OutboxPanel::discardCurrent()
{
    Outbox *queue = outbox();
    const qint64 seq = currentSeq();
    if (!queue || !seq)
        return;
    const std::optional<OutboxEntry> entry = queue->entry(seq);
    QString error;
    if (!queue->discard(seq, &error)) {
        setMessage(tr("The change could not be discarded: %1").arg(error));
        return;
    }
    setMessage(tr("Discarded: %1").arg(entry ? entry->describe() : QString()));
    refresh();
    Q_EMIT outboxChanged();
}

void OutboxPanel::resolveCurrent()
{
    Outbox *queue = outbox();
    const qint64 seq = currentSeq();
    if (!queue || !seq)
        return;
    QHash<QString, Outbox::Choice> choices;
    for (int row = 0; row < m_fields->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_fields->topLevelItem(row);
        choices.insert(item->text(0), item->checkState(0) == Qt::Checked ? Outbox::Choice::Mine
                                                                         : Outbox::Choice::Theirs);
    }
    QString error;
    if (!queue->resolve(seq, Outbox::Choice::Mine, choices, &error)) {
        setMessage(tr("The conflict could not be resolved: %1").arg(error));
        return;
    }
    setMessage(tr("Resolved; the change will be sent with the next sync."));
    refresh();
    Q_EMIT outboxChanged();
}

} // namespace cw
