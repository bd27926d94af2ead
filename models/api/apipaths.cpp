#include "apipaths.h"

using namespace Qt::StringLiterals;

namespace cw::ApiPaths {

QString record(const QString &collection, int id)
{
    return collection + u'/' + QString::number(id);
}

QString tickets()
{
    return u"/service/tickets"_s;
}
QString ticket(int id)
{
    return record(tickets(), id);
}
QString notes(int ticketId)
{
    return ticket(ticketId) + u"/notes"_s;
}
QString note(int ticketId, int id)
{
    return record(notes(ticketId), id);
}
QString tasks(int ticketId)
{
    return ticket(ticketId) + u"/tasks"_s;
}
QString task(int ticketId, int id)
{
    return record(tasks(ticketId), id);
}
QString ticketConfigurations(int ticketId)
{
    return ticket(ticketId) + u"/configurations"_s;
}
QString ticketConfiguration(int ticketId, int configurationId)
{
    return record(ticketConfigurations(ticketId), configurationId);
}

QString boards()
{
    return u"/service/boards"_s;
}
QString board(int id)
{
    return record(boards(), id);
}
QString statuses(int boardId)
{
    return board(boardId) + u"/statuses"_s;
}
QString types(int boardId)
{
    return board(boardId) + u"/types"_s;
}
QString subtypes(int boardId)
{
    return board(boardId) + u"/subtypes"_s;
}
QString items(int boardId)
{
    return board(boardId) + u"/items"_s;
}
QString teams(int boardId)
{
    return board(boardId) + u"/teams"_s;
}

QString priorities()
{
    return u"/service/priorities"_s;
}
QString slas()
{
    return u"/service/SLAs"_s;
}
QString sources()
{
    return u"/service/sources"_s;
}
QString locations()
{
    return u"/service/locations"_s;
}
QString knowledgeBaseArticles()
{
    return u"/service/knowledgeBaseArticles"_s;
}
QString knowledgeBaseArticle(int id)
{
    return record(knowledgeBaseArticles(), id);
}
QString callbacks()
{
    return u"/system/callbacks"_s;
}
QString callback(int id)
{
    return record(callbacks(), id);
}

QString companies()
{
    return u"/company/companies"_s;
}
QString company(int id)
{
    return record(companies(), id);
}
QString contacts()
{
    return u"/company/contacts"_s;
}
QString sites(int companyId)
{
    return company(companyId) + u"/sites"_s;
}
QString members()
{
    return u"/system/members"_s;
}
QString configurations()
{
    return u"/company/configurations"_s;
}
QString systemInfo()
{
    return u"/system/info"_s;
}

} // namespace cw::ApiPaths
