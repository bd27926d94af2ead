#include "deskstatuswidget.h"

#include "icons.h"

#include "models/desk/desk.h"
#include "models/store/outbox.h"
#include "models/store/syncengine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// Desk::cache() opens the cache once and remembers a failure: ask only when it knows the profile.
bool cacheKnown(Desk *desk)
{
    return (!desk->profile().site().isEmpty() || !desk->options().cachePath.isEmpty()) &&
           desk->cache();
}

} // namespace

DeskStatusWidget::DeskStatusWidget(Desk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_state(new QLabel)
    , m_lastSync(new QLabel)
    , m_progress(new QProgressBar)
    , m_outbox(new QToolButton)
{
    setObjectName(u"deskStatus"_s);
    m_state->setObjectName(u"connectionState"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_lastSync->setObjectName(u"lastSync"_s);
    m_lastSync->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setTextVisible(false);
    // A few words wide, from the font, so it follows scaling.
    m_progress->setMaximumWidth(12 * fontMetrics().averageCharWidth());
    m_progress->hide();
    m_outbox->setObjectName(u"outboxButton"_s);
    m_outbox->setAccessibleName(tr("Outbox"));
    m_outbox->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_outbox->setAutoRaise(true);
    m_outbox->setIcon(Icons::icon(Icons::Name::Outbox));
    m_outbox->setToolTip(tr("Open the outbox: changes waiting to be sent, and conflicts"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_outbox);
    layout->addWidget(m_state);

    connect(m_outbox, &QToolButton::clicked, this, &DeskStatusWidget::outboxRequested);
    connect(m_desk, &Desk::stateChanged, this, &DeskStatusWidget::refreshState);
    connect(m_desk, &Desk::connected, this, [this] {
        bindSync();
        bindOutbox();
        refreshState();
        refreshLastSync();
        refreshOutbox();
    });
    connect(m_desk, &Desk::syncStarted, this, [this] {
        m_progress->setRange(0, 0); // busy until the engine reports numbers
        m_progress->show();
        refreshLastSync();
    });
    connect(m_desk, &Desk::syncFinished, this, [this] {
        m_progress->hide();
        refreshLastSync();
        refreshOutbox();
    });
    connect(m_desk, &Desk::syncFailed, this, [this] {
        m_progress->hide();
        refreshLastSync();
        refreshState();
        refreshOutbox();
    });
    connect(m_desk, &Desk::lastSyncChanged, this, &DeskStatusWidget::refreshLastSync);
    bindSync();
    bindOutbox();
    refreshState();
    refreshLastSync();
    refreshOutbox();
}

void DeskStatusWidget::bindSync()
{
    // The engine exists once the cache is open, which may be only after connecting.
    if (m_syncBound || !cacheKnown(m_desk))
        return;
    SyncEngine *engine = m_desk->sync();
    if (!engine)
        return;
    m_syncBound = true;
    connect(engine, &SyncEngine::progress, this, [this](const QString &phase, int done, int total) {
        m_progress->show();
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(qMin(done, total));
        } else {
            m_progress->setRange(0, 0);
        }
        m_progress->setToolTip(phase);
    });
}

void DeskStatusWidget::bindOutbox()
{
    if (m_outboxBound || !cacheKnown(m_desk))
        return;
    Outbox *outbox = m_desk->outbox();
    if (!outbox)
        return;
    m_outboxBound = true;
    // A bulk change queues hundreds of entries at once: counted once after them.
    connect(outbox, &Outbox::stepReached, this, [this] {
        if (m_outboxScheduled)
            return;
        m_outboxScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_outboxScheduled = false;
            refreshOutbox();
        });
    });
    connect(outbox, &Outbox::entryFinished, this, &DeskStatusWidget::refreshOutbox);
    connect(outbox, &Outbox::pushFinished, this, &DeskStatusWidget::refreshOutbox);
}

QString DeskStatusWidget::stateText() const
{
    return m_state->text();
}

QString DeskStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

QString DeskStatusWidget::outboxText() const
{
    return m_outbox->text();
}

bool DeskStatusWidget::isSyncing() const
{
    return !m_progress->isHidden();
}

void DeskStatusWidget::refreshState()
{
    const QString host = m_desk->client()->credentials().siteUrl().host();
    m_state->setText(
        host.isEmpty()
            ? m_desk->stateText()
            : tr("%1 · %2", "connection state · server host").arg(m_desk->stateText(), host));
    const QString error = m_desk->lastError().message();
    m_state->setToolTip(
        error.isEmpty() ? m_desk->client()->credentials().siteUrl().toDisplayString() : error);
}

void DeskStatusWidget::refreshLastSync()
{
    const QDateTime when = cacheKnown(m_desk) ? m_desk->lastSync().toLocalTime() : QDateTime();
    QString text;
    if (!when.isValid())
        text = isSyncing() ? tr("First sync…") : tr("Not synced yet");
    else if (when.date() == QDate::currentDate())
        text = tr("Synced %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat));
    else
        text = tr("Synced %1").arg(QLocale().toString(when, QLocale::ShortFormat));
    m_lastSync->setText(text);
    m_lastSync->setToolTip(when.isValid() ? QLocale().toString(when, QLocale::LongFormat)
                                          : QString());
}

void DeskStatusWidget::refreshOutbox()
{
    Outbox *outbox = m_outboxBound ? m_desk->outbox() : nullptr;
    const int pending = outbox ? outbox->pendingCount() : 0;
    const int conflicts = outbox ? int(outbox->conflicts().size()) : 0;
    QString text;
    // No "%n change(s)": without a loaded translation Qt would show the "(s)" as is.
    if (pending == 0)
        text = tr("No pending changes");
    else if (conflicts == 0)
        text = tr("Pending: %L1").arg(pending);
    else
        text = tr("Pending: %L1 · Conflicts: %L2").arg(pending).arg(conflicts);
    m_outbox->setText(text);
    m_outbox->setIcon(Icons::icon(conflicts > 0 ? Icons::Name::Warning : Icons::Name::Outbox));
    m_outbox->setAccessibleDescription(text);
}

} // namespace cw
