// Applies a ConnectWise JSON Patch (add / replace / remove; paths with or without a leading slash;
// property names matched case-insensitively) to a record: iteratively, within the patch limits.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cw::sandbox {

class RecordPatcher
{
public:
    RecordPatcher(int maxOperations, int maxPathDepth);

    // Refuses a body with too many operations or a path with too many segments, before any
    // per-operation work. *field names the offending part ("operations" or "path").
    bool checkLimits(const QJsonArray &ops, QString *message, QString *field) const;

    // Applies every operation to `target`; on the first bad one leaves a message and returns
    // false (target is then partly patched: callers discard it).
    bool apply(QJsonObject &target, const QJsonArray &ops, QString *message) const;

    // "/a/b~1c" -> {"a", "b/c"}: leading slash dropped, JSON Pointer escapes undone.
    static QStringList segments(const QString &path);

private:
    int m_maxOperations;
    int m_maxPathDepth;
};

} // namespace cw::sandbox
