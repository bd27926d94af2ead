// Progress of a long operation on standard error: a redrawn bar when standard error is a
// terminal, nothing otherwise, so scripts that capture standard error get only real messages.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace cw {

class ProgressBar
{
    Q_DECLARE_TR_FUNCTIONS(cw::ProgressBar)

public:
    // Enabled when `fd` is a terminal.
    explicit ProgressBar(int fd = 2);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // What is being counted, e.g. "tickets".
    void setLabel(const QString &label) { m_label = label; }

    // `total` < 0 when unknown. Redraws at most ten times a second, and always at the end.
    void update(qint64 done, qint64 total);
    // Erases the bar (before a message, or when done).
    void clear();

    // The line drawn for `done` of `total` in `width` columns (public for tests).
    static QString render(const QString &label, qint64 done, qint64 total, int width);

private:
    int m_fd;
    bool m_enabled;
    bool m_shown = false;
    QString m_label;
    QElapsedTimer m_lastDraw;
};

} // namespace cw
