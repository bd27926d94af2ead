#include "progressbar.h"

#include "terminal.h"

using namespace Qt::StringLiterals;

namespace cw {

ProgressBar::ProgressBar(int fd)
    : m_fd(fd)
    , m_enabled(Terminal::isTerminal(fd))
{
}

QString ProgressBar::render(const QString &label, qint64 done, qint64 total, int width)
{
    QString counts = total >= 0 ? tr("%L1 of %L2 %3").arg(done).arg(total).arg(label)
                                : tr("%L1 %2").arg(done).arg(label);
    if (total <= 0)
        return counts.left(std::max(0, width - 1));
    const int percent = int(std::min<qint64>(100, done * 100 / total));
    const QString tail = u" %1% "_s.arg(percent, 3) + counts;
    const int barWidth = std::min(40, width - 3 - int(tail.size()));
    if (barWidth < 5)
        return tail.trimmed().left(std::max(0, width - 1));
    const int filled = int(std::min<qint64>(barWidth, done * barWidth / total));
    return u'[' + QString(filled, u'#') + QString(barWidth - filled, u'.') + u']' + tail;
}

void ProgressBar::update(qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    const bool last = total >= 0 && done >= total;
    if (m_shown && !last && m_lastDraw.isValid() && m_lastDraw.elapsed() < 100)
        return;
    m_lastDraw.start();
    const int width = std::max(20, Terminal::columns(m_fd));
    // \r back to the start, \e[K erases what a longer previous line left.
    Terminal::writeErr(u'\r' + render(m_label, done, total, width) + u"\x1b[K"_s);
    m_shown = true;
}

void ProgressBar::clear()
{
    if (!m_shown)
        return;
    Terminal::writeErr(u"\r\x1b[K"_s);
    m_shown = false;
}

} // namespace cw
