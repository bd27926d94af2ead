#include "panesupport.h"

#include "models/desk/desk.h"
#include "models/desk/deskchange.h"
#include "models/store/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cw::PaneSupport {

void fetchDetails(Desk *desk, int ticketId)
{
    if (!desk || ticketId <= 0 || desk->options().offline ||
        desk->state() != Desk::State::Online || !desk->client()->hasCredentials())
        return;
    SyncEngine *sync = desk->sync();
    if (!sync)
        return;
    // When each ticket was last asked for, kept on the desk (the panes of one window share it).
    const char *key = "cwdesk.detailsAsked";
    QVariantHash asked = desk->property(key).toHash();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = QString::number(ticketId);
    if (now - asked.value(id).toLongLong() < 5000)
        return;
    asked.insert(id, now);
    desk->setProperty(key, asked);
    sync->noteOpened(ticketId);
    sync->fetchTicketDetails(ticketId);
}

namespace {

class KeyFilter : public QObject
{
public:
    KeyFilter(QWidget *widget, const QKeySequence &keys, const std::function<void()> &run)
        : QObject(widget)
        , m_keys(keys)
        , m_run(run)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) != m_keys)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            // Ours, not a window shortcut's: it comes back as a key press.
            event->accept();
            return true;
        }
        m_run();
        return true;
    }

private:
    QKeySequence m_keys;
    std::function<void()> m_run;
};

} // namespace

void onKeys(QWidget *widget, const QKeySequence &keys, const std::function<void()> &run)
{
    new KeyFilter(widget, keys, run);
}

void follow(DeskChange *change, QLabel *status, const std::function<void()> &done)
{
    QPointer<QLabel> label = status;
    const auto show = [label](const QString &text) {
        if (label) {
            label->setText(text);
            label->setVisible(!text.isEmpty());
        }
    };
    if (label)
        show(QCoreApplication::translate("cw::PaneSupport", "Sending…"));
    QObject::connect(change, &DeskChange::sent, change, [show, done](const QByteArray &) {
        show({});
        if (done)
            done();
    });
    QObject::connect(change, &DeskChange::queued, change,
                     [show, done](const QByteArray &, const QString &reason) {
                         show(QCoreApplication::translate("cw::PaneSupport", "Waiting to be sent: %1").arg(reason));
                         if (done)
                             done();
                     });
    QObject::connect(change, &DeskChange::failed, change, [show](const DeskError &error) {
        show(QCoreApplication::translate("cw::PaneSupport", "Not saved: %1").arg(error.message()));
    });
}

QString linkifiedHtml(const QString &text)
{
    static const QRegularExpression link(
        uR"((https?://[^\s<>"]+[^\s<>".,;:!?)\]']|www\.[^\s<>"]+[^\s<>".,;:!?)\]']|[\w.+-]+@[\w-]+(\.[\w-]+)+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype at = 0;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(at, match.capturedStart() - at).toHtmlEscaped();
        const QString shown = match.captured();
        QString href = shown;
        if (href.startsWith(u"www."_s, Qt::CaseInsensitive))
            href.prepend(u"https://"_s);
        else if (!href.contains(u"://"_s))
            href.prepend(u"mailto:"_s);
        html += u"<a href=\"%1\">%2</a>"_s.arg(href.toHtmlEscaped(), shown.toHtmlEscaped());
        at = match.capturedEnd();
    }
    html += text.mid(at).toHtmlEscaped();
    html.replace(u"\r\n"_s, u"<br>"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

} // namespace cw::PaneSupport
