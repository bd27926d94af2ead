#include "recordpatcher.h"

#include "apiresponse.h"

#include <QJsonValue>

#include <vector>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

RecordPatcher::RecordPatcher(int maxOperations, int maxPathDepth)
    : m_maxOperations(maxOperations)
    , m_maxPathDepth(maxPathDepth)
{
}

QStringList RecordPatcher::segments(const QString &path)
{
    QStringList parts = path.mid(path.startsWith(u'/') ? 1 : 0).split(u'/');
    for (QString &p : parts)
        p.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
    return parts;
}

bool RecordPatcher::checkLimits(const QJsonArray &ops, QString *message, QString *field) const
{
    if (ops.size() > m_maxOperations) {
        *message = tr("A PATCH body may carry at most %1 operations; this one has %2.")
                       .arg(m_maxOperations)
                       .arg(ops.size());
        *field = u"operations"_s;
        return false;
    }
    for (const QJsonValue &op : ops) {
        const QString path = op.toObject().value("path"_L1).toString();
        // Counted without splitting: a hostile path may have tens of thousands of segments.
        const qsizetype depth = path.mid(path.startsWith(u'/') ? 1 : 0).count(u'/') + 1;
        if (depth > m_maxPathDepth) {
            *message = tr("A patch path may have at most %1 segments; this one has %2.")
                           .arg(m_maxPathDepth)
                           .arg(depth);
            *field = u"path"_s;
            return false;
        }
    }
    return true;
}

bool RecordPatcher::apply(QJsonObject &target, const QJsonArray &ops, QString *message) const
{
    for (const QJsonValue &opValue : ops) {
        const QJsonObject op = opValue.toObject();
        const QString kind = op.value("op"_L1).toString().toLower();
        const QString path = op.value("path"_L1).toString();
        if (!opValue.isObject() || path.isEmpty()) {
            *message = tr("Each patch operation needs an op and a path.");
            return false;
        }
        if (kind != "replace"_L1 && kind != "add"_L1 && kind != "remove"_L1) {
            *message = tr("Unsupported patch operation '%1'; use add, replace or remove.")
                           .arg(op.value("op"_L1).toString());
            return false;
        }
        if (kind != "remove"_L1 && !op.contains("value"_L1)) {
            *message = tr("The %1 operation on %2 needs a value.").arg(kind, path);
            return false;
        }
        const QStringList parts = segments(path);
        if (parts.size() > m_maxPathDepth) {
            *message = tr("A patch path may have at most %1 segments; this one has %2.")
                           .arg(m_maxPathDepth)
                           .arg(parts.size());
            return false;
        }
        const QJsonValue value = op.value("value"_L1);
        auto missing = [&] {
            *message = tr("The patch path %1 does not exist.").arg(path);
            return false;
        };

        // Walk down, keeping a copy of each container and the key that leads to the next one;
        // then change the innermost and write the copies back up. A loop, not recursion, so the
        // stack stays flat whatever the path.
        struct Step
        {
            QJsonValue node; // an object or an array
            QString key;     // object: the actual (case-matched) property
            qsizetype index = 0;
        };
        std::vector<Step> steps;
        steps.reserve(size_t(parts.size()));
        steps.push_back({QJsonValue(target), {}, 0});
        for (qsizetype i = 0; i < parts.size(); ++i) {
            Step &step = steps.back();
            const QString &key = parts[i];
            const bool lastPart = i == parts.size() - 1;
            QJsonValue child;
            if (step.node.isArray()) {
                const QJsonArray arr = step.node.toArray();
                // "-" (past the end) only where an add appends: a path going on through it,
                // or replacing or removing there, names nothing (and index arr.size() written
                // back below would be past the array's end).
                const bool end = key == "-"_L1;
                bool ok = end;
                const qsizetype index = end ? arr.size() : key.toLongLong(&ok);
                if (!ok || index < 0 || index > arr.size() ||
                    (index == arr.size() && (kind != "add"_L1 || !lastPart)))
                    return missing();
                step.index = index;
                if (lastPart) {
                    QJsonArray changed = arr;
                    if (kind == "remove"_L1)
                        changed.removeAt(index);
                    else if (kind == "add"_L1)
                        changed.insert(index, value);
                    else
                        changed.replace(index, value);
                    step.node = changed;
                    break;
                }
                child = arr.at(index);
            } else {
                QJsonObject obj = step.node.isObject() ? step.node.toObject() : QJsonObject();
                // Property names match case-insensitively, as the server's model binder does.
                QString actual = key;
                for (auto it = obj.begin(); it != obj.end(); ++it) {
                    if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
                        actual = it.key();
                        break;
                    }
                }
                step.key = actual;
                if (lastPart) {
                    if (kind == "remove"_L1)
                        obj.remove(actual);
                    else
                        obj.insert(actual, value);
                    step.node = obj;
                    break;
                }
                child = obj.value(actual);
                if (child.isUndefined() || child.isNull())
                    child = QJsonObject();
                if (!child.isObject() && !child.isArray())
                    return missing();
                // Changing a reference by one of its keys (status/id) replaces the reference.
                if (child.isObject() && i + 1 == parts.size() - 1 &&
                    (parts[i + 1] == "id"_L1 || parts[i + 1] == "identifier"_L1 ||
                     parts[i + 1] == "name"_L1) &&
                    child.toObject().contains("_info"_L1))
                    child = QJsonObject();
            }
            steps.push_back({child, {}, 0});
        }
        for (size_t i = steps.size() - 1; i > 0; --i) {
            Step &parent = steps[i - 1];
            if (parent.node.isArray()) {
                QJsonArray arr = parent.node.toArray();
                arr.replace(parent.index, steps[i].node);
                parent.node = arr;
            } else {
                QJsonObject obj = parent.node.isObject() ? parent.node.toObject() : QJsonObject();
                obj.insert(parent.key, steps[i].node);
                parent.node = obj;
            }
        }
        target = steps.front().node.toObject();
    }
    return true;
}

} // namespace cw::sandbox
