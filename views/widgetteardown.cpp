#include "widgetteardown.h"

#include <QObject>

namespace cw {

void disconnectFromChildren(QObject *receiver)
{
    const QList<QObject *> children = receiver->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, receiver, nullptr);
}

} // namespace cw
