#include "offlinebanner.h"

#include "icons.h"

#include "models/desk/desk.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace cw {

OfflineBanner::OfflineBanner(Desk *desk, QWidget *parent)
    : QFrame(parent)
    , m_desk(desk)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_retry(new QPushButton(tr("&Retry")))
{
    setObjectName(u"offlineBanner"_s);
    setAccessibleName(tr("Offline notice"));
    // Tooltip roles: a pair every palette (light, dark, high contrast) keeps readable, and
    // distinct from the lists' base colour.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::icon(Icons::Name::Offline).pixmap(iconSize, iconSize));
    m_icon->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setObjectName(u"offlineText"_s);
    m_retry->setObjectName(u"offlineRetry"_s);
    m_retry->setAccessibleName(tr("Retry connecting"));
    m_retry->setIcon(Icons::icon(Icons::Name::Sync));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);

    connect(m_retry, &QPushButton::clicked, this, [this] { m_desk->syncNow(); });
    connect(m_desk, &Desk::stateChanged, this, &OfflineBanner::refresh);
    connect(m_desk, &Desk::lastSyncChanged, this, &OfflineBanner::refresh);
    refresh();
}

QString OfflineBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void OfflineBanner::refresh()
{
    const bool offline = m_desk->state() == Desk::State::Offline;
    setVisible(offline);
    if (!offline)
        return;
    const QDateTime when = m_desk->lastSync().toLocalTime();
    QString text;
    if (!when.isValid())
        text = tr("Offline — nothing has been synced yet");
    else if (when.date() == QDate::currentDate())
        text = tr("Offline — showing data synced at %1")
                   .arg(QLocale().toString(when.time(), QLocale::ShortFormat));
    else
        text = tr("Offline — showing data synced on %1")
                   .arg(QLocale().toString(when, QLocale::ShortFormat));
    m_text->setText(text);
    const QString error = m_desk->lastError().message();
    m_text->setToolTip(error);
    setAccessibleDescription(text);
    // Working offline on purpose (--offline): retrying would do nothing.
    m_retry->setVisible(!m_desk->options().offline);
}

} // namespace cw
