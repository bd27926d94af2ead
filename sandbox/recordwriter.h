// The write side of the Service API: POST, PUT, PATCH and DELETE through the RecordValidator into
// the Store, ticket configuration links, and a signal for each ticket change (for callbacks).
#pragma once

#include "httpmessage.h"

#include <QJsonObject>
#include <QObject>

namespace cw::sandbox {

class Listing;
class RecordValidator;
class Store;
struct Collection;
struct SandboxOptions;

class RecordWriter : public QObject
{
    Q_OBJECT
public:
    // `listing` is told of every record written (its field catalog follows the data).
    RecordWriter(Store &store, const SandboxOptions &options, RecordValidator &validator,
                 Listing &listing, QObject *parent = nullptr);

    // POST (id 0), PUT or PATCH of record `id` in `c`.
    HttpResponse write(const HttpRequest &request, const Collection &c, int parentId, int id);
    HttpResponse remove(const Collection &c, int parentId, int id);

Q_SIGNALS:
    // A ticket was added, updated or deleted (entity is empty on delete).
    void ticketChanged(const QString &action, int id, const QByteArray &entity, int boardId,
                       int statusId, int companyId);

private:
    HttpResponse linkConfiguration(const QJsonObject &body, int ticketId);
    void emitTicket(const QString &action, int id);

    Store &m_store;
    const SandboxOptions &m_options;
    RecordValidator &m_validator;
    Listing &m_listing;
};

} // namespace cw::sandbox
