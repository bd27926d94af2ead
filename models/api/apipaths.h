// The paths of the ConnectWise Manage REST API the client calls, as the real server spells them
// (e.g. /service/SLAs, /service/locations), in one place so that no job builds its own.
#pragma once

#include <QString>

namespace cw::ApiPaths {

QString tickets();
QString ticket(int id);
QString notes(int ticketId);
QString note(int ticketId, int id);
QString tasks(int ticketId);
QString task(int ticketId, int id);
QString ticketConfigurations(int ticketId);
QString ticketConfiguration(int ticketId, int configurationId);

QString boards();
QString board(int id);
QString statuses(int boardId);
QString types(int boardId);
QString subtypes(int boardId);
QString items(int boardId);
QString teams(int boardId);

QString priorities();
QString slas();
QString sources();
QString locations();
QString knowledgeBaseArticles();
QString knowledgeBaseArticle(int id);
QString callbacks();
QString callback(int id);

QString companies();
QString company(int id);
QString contacts();
QString sites(int companyId);
QString members();
QString configurations();
QString systemInfo();

// A record under a collection path: "{collection}/{id}".
QString record(const QString &collection, int id);

} // namespace cw::ApiPaths
