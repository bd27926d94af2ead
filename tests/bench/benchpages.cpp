#include "benchpages.h"

#include "httpclient.h"
#include "sandbox/sandbox.h"
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace cw::bench {

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

// Pages as the sandbox serves them: an in-process sandbox with `tickets` tickets, fetched over
// HTTP like the client does (GET /service/tickets?pageSize=…&page=…, every field).
QList<QByteArray> sandboxPages(int tickets, int pageSize, QString *error)
{
    cw::sandbox::Sandbox sandbox;
    cw::sandbox::SandboxOptions options;
    options.tickets = tickets;
    QElapsedTimer timer;
    timer.start();
    if (!sandbox.start(options, error))
        return {};
    print(u"sandbox: %1 tickets generated in %2 s"_s.arg(tickets).arg(
        double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    cw::test::HttpClient http(sandbox.baseUrl());
    QList<QByteArray> pages;
    for (int page = 1; page * pageSize <= tickets; ++page) {
        const cw::test::HttpResult result =
            http.get(u"/service/tickets"_s, {{u"pageSize"_s, QString::number(pageSize)},
                                             {u"page"_s, QString::number(page)},
                                             {u"orderBy"_s, u"id asc"_s}});
        if (result.status != 200) {
            *error = result.describe(300);
            return {};
        }
        pages.append(result.body);
    }
    return pages;
}

// Pages built from the django-connectwise fixture ticket (about 12.5 KB, nested full records),
// each copy with its own id and summary.
QList<QByteArray> fixturePages(int tickets, int pageSize, QString *error)
{
    QFile file(QStringLiteral(CW_REFERENCE_DIR "/django-connectwise-fixtures.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return {};
    }
    QJsonObject ticket = QJsonDocument::fromJson(file.readAll())
                             .object()
                             .value(u"fixtures"_s)
                             .toObject()
                             .value(u"API_SERVICE_TICKET"_s)
                             .toObject();
    QList<QByteArray> pages;
    for (int first = 0; first < tickets; first += pageSize) {
        QByteArray page = "[";
        for (int i = first; i < first + pageSize; ++i) {
            ticket[u"id"_s] = i + 1;
            ticket[u"summary"_s] = u"Fixture ticket %1"_s.arg(i + 1);
            if (i > first)
                page += ',';
            page += QJsonDocument(ticket).toJson(QJsonDocument::Compact);
        }
        page += ']';
        pages.append(page);
    }
    return pages;
}

// Best of `rounds` passes over all pages, in µs per ticket (the best pass is the one least
// disturbed by the rest of the machine).

} // namespace cw::bench
