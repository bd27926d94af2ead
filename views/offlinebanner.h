// The strip above the lists while the server cannot be reached: says how old the shown data is
// ("Offline — showing data synced at 14:32") and offers Retry. Hidden while online.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace cw {

class Desk;

class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(Desk *desk, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

public Q_SLOTS:
    void refresh();

private:
    Desk *m_desk;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace cw
