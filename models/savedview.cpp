// A named ticket list the user keeps: its conditions, columns and sort. Built-in views are made
// by SavedViews from the boards; the user's own are persisted.
#include "savedview.h"

using namespace Qt::StringLiterals;

namespace cw {

QString SavedView::resolvedConditions(const QString &memberIdentifier) const
{
    if (!conditions.contains(QStringView(MeToken)))
        return conditions;
    QString escaped = memberIdentifier;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    QString resolved = conditions;
    // The token is written where a quoted value goes: owner/identifier=[me].
    resolved.replace(QString::fromUtf16(MeToken), u"\""_s + escaped + u"\""_s);
    return resolved;
}

} // namespace cw
