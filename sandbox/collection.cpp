#include "collection.h"

#include "schematable.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

namespace {

const Collection kCollections[] = {
    {"service/tickets", Collections::kTop, Kind::Ticket, "ticket", true},
    {"service/boards", Collections::kTop, Kind::Board, "board", true},
    {"service/priorities", Collections::kTop, Kind::Priority, "priority", true},
    {"service/slas", Collections::kTop, Kind::Sla, "sla", true},
    {"service/sources", Collections::kTop, Kind::Source, "source", true},
    {"service/locations", Collections::kTop, Kind::Location, "serviceLocation", true},
    {"service/servicelocations", Collections::kTop, Kind::Location, "serviceLocation", true},
    {"service/knowledgebasearticles", Collections::kTop, Kind::KbArticle, "knowledgeBaseArticle",
     true},
    {"service/callbacks", Collections::kTop, Kind::Callback, "callbackEntry", true},
    {"system/callbacks", Collections::kTop, Kind::Callback, "callbackEntry", true},
    {"company/companies", Collections::kTop, Kind::Company, "company", false},
    {"company/contacts", Collections::kTop, Kind::Contact, "contact", false},
    {"company/configurations", Collections::kTop, Kind::Configuration, "configuration", false},
    {"system/members", Collections::kTop, Kind::Member, "member", false},
    {"notes", Kind::Ticket, Kind::Note, "serviceNote", true},
    {"tasks", Kind::Ticket, Kind::Task, "serviceTask", true},
    {"configurations", Kind::Ticket, Kind::TicketConfiguration, "configuration", true},
    {"statuses", Kind::Board, Kind::Status, "boardStatus", true},
    {"types", Kind::Board, Kind::Type, "boardType", true},
    {"subtypes", Kind::Board, Kind::SubType, "boardSubType", true},
    {"teams", Kind::Board, Kind::Team, "boardTeam", true},
    {"items", Kind::Board, Kind::Item, "boardItem", true},
    {"sites", Kind::Company, Kind::Site, "site", false},
};

} // namespace

const Collection *Collections::top(const QString &path)
{
    for (const Collection &c : kCollections) {
        if (c.parent == kTop && path == QLatin1StringView(c.path))
            return &c;
    }
    return nullptr;
}

const Collection *Collections::child(Kind parent, const QString &segment)
{
    for (const Collection &c : kCollections) {
        if (c.parent == parent &&
            segment.compare(QLatin1StringView(c.path), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const Collection &Collections::forKind(Kind kind)
{
    return *std::find_if(std::begin(kCollections), std::end(kCollections),
                         [kind](const Collection &c) { return c.kind == kind; });
}

const Record *Collections::find(const Store &store, const Collection &c, int parentId, int id)
{
    if (c.kind == Kind::TicketConfiguration) {
        for (int key : store.childIds(c.kind, parentId)) {
            const Record *r = store.find(c.kind, key);
            if (r && r->object().value("id"_L1).toInt() == id)
                return r;
        }
        return nullptr;
    }
    const Record *r = store.find(c.kind, id);
    if (!r || (c.parent != kTop && r->parentId != parentId))
        return nullptr;
    return r;
}

const SchemaTable *Collections::schemaFor(Kind kind)
{
    for (const SchemaTable &t : schemaTables()) {
        if (t.kind == kind)
            return &t;
    }
    return nullptr;
}

} // namespace cw::sandbox
