// What one sync run did: records added, changed and removed per kind, and how long it took.
// Carried by SyncEngine::finished(); toText() is the CLI's closing line.
#include "syncsummary.h"

using namespace Qt::StringLiterals;

namespace cw {

SyncSummary::Counts SyncSummary::total() const
{
    Counts sum;
    for (const Counts &c : kinds) {
        sum.added += c.added;
        sum.changed += c.changed;
        sum.removed += c.removed;
    }
    return sum;
}

QString SyncSummary::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Ticket:
        return tr("tickets");
    case RecordKind::Note:
        return tr("notes");
    case RecordKind::Task:
        return tr("tasks");
    case RecordKind::TicketConfiguration:
        return tr("configuration links");
    case RecordKind::Board:
        return tr("boards");
    case RecordKind::BoardStatus:
        return tr("statuses");
    case RecordKind::BoardType:
        return tr("types");
    case RecordKind::BoardSubType:
        return tr("subtypes");
    case RecordKind::BoardItem:
        return tr("items");
    case RecordKind::BoardTeam:
        return tr("teams");
    case RecordKind::Priority:
        return tr("priorities");
    case RecordKind::Sla:
        return tr("SLAs");
    case RecordKind::Source:
        return tr("sources");
    case RecordKind::Location:
        return tr("locations");
    case RecordKind::Member:
        return tr("members");
    case RecordKind::Company:
        return tr("companies");
    case RecordKind::Contact:
        return tr("contacts");
    case RecordKind::Site:
        return tr("sites");
    case RecordKind::Configuration:
        return tr("configurations");
    case RecordKind::KbArticle:
        return tr("articles");
    }
    return {};
}

QString SyncSummary::toText() const
{
    QString text;
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
        const Counts &c = it.value();
        if (c.added == 0 && c.changed == 0 && c.removed == 0)
            continue;
        text += tr("%1: %L2 added, %L3 changed, %L4 removed\n")
                    .arg(kindName(it.key()))
                    .arg(c.added)
                    .arg(c.changed)
                    .arg(c.removed);
    }
    if (resumedAfter > 0)
        text += tr("The ticket listing went on after ticket #%1, where an earlier run stopped.\n")
                    .arg(resumedAfter);
    const Counts sum = total();
    text += tr("%1 sync done in %L2 s: %L3 added, %L4 changed, %L5 removed%6\n")
                .arg(full ? tr("Full") : tr("Incremental"))
                .arg(double(durationMs) / 1000.0, 0, 'f', 1)
                .arg(sum.added)
                .arg(sum.changed)
                .arg(sum.removed)
                .arg(swept ? tr(" (deletions checked)") : QString());
    return text;
}

} // namespace cw
