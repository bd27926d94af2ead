// Benchmark of the offline cache's bulk path, client side only: 20,000 sandbox tickets fetched
// once as pages of 1000, then splitArray + Ticket::fromJson + upsert into a cache file, in
// tickets per second: a first load, the same pages again (unchanged) and changed tickets.
#include "api/jsonrecords.h"
#include "api/ticket.h"
#include "store/cache.h"

#include "benchpages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

using cw::bench::fixturePages;
using cw::bench::print;
using cw::bench::sandboxPages;

namespace {

constexpr double TargetPerSecond = 20000.0;

// Every ticket of the pages with another summary, as a sync would see after edits on the server.
QList<QByteArray> changedPages(const QList<QByteArray> &pages)
{
    QList<QByteArray> changed;
    for (QByteArray page : pages)
        changed.append(page.replace("\"summary\":\"", "\"summary\":\"Changed: "));
    return changed;
}

// CPU seconds of the process (user + system): the wall clock of a shared machine also counts
// other programs' work.
double cpuSeconds()
{
    timespec now = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Pass
{
    double seconds = 0;
    double cpuSeconds = 0;
    double splitSeconds = 0;
    qint64 tickets = 0;
};

// The client's bulk path for each page: split the page into records, upsert them (which reads
// each record's typed fields) in one transaction per page.
Pass load(cw::Cache &cache, const QList<QByteArray> &pages)
{
    Pass pass;
    QElapsedTimer total;
    total.start();
    const double cpuStart = cpuSeconds();
    for (const QByteArray &page : pages) {
        QElapsedTimer split;
        split.start();
        QList<QByteArray> records;
        QString error;
        if (!cw::JsonRecords::splitArray(page, &records, &error))
            qFatal("page not split: %s", qPrintable(error));
        pass.splitSeconds += double(split.nsecsElapsed()) / 1e9;
        if (!cache.upsertTickets(records, &error))
            qFatal("page not stored: %s", qPrintable(error));
        pass.tickets += records.size();
    }
    pass.seconds = double(total.nsecsElapsed()) / 1e9;
    pass.cpuSeconds = cpuSeconds() - cpuStart;
    return pass;
}

// splitArray + Ticket::fromJson alone, no cache: the share of the parse in the figures above.
double parseOnly(const QList<QByteArray> &pages)
{
    QElapsedTimer timer;
    timer.start();
    qint64 sum = 0;
    for (const QByteArray &page : pages) {
        QList<QByteArray> records;
        cw::JsonRecords::splitArray(page, &records);
        for (const QByteArray &raw : std::as_const(records))
            sum += cw::Ticket::fromJson(raw).id();
    }
    if (sum == 0)
        qFatal("nothing parsed");
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Client-side cost of storing ticket listing pages in the offline cache."_s);
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(u"tickets"_s, u"Tickets in all (default 20000)."_s,
                                           u"n"_s, u"20000"_s);
    const QCommandLineOption pageOption(u"page-size"_s, u"Tickets per page (default 1000)."_s,
                                        u"n"_s, u"1000"_s);
    const QCommandLineOption fixtureOption(
        u"fixture"_s, u"Use the django-connectwise fixture ticket instead of the sandbox's."_s);
    const QCommandLineOption fileOption(
        u"file"_s, u"Cache file to write (default: a new one in a temporary folder)."_s, u"path"_s);
    parser.addOptions({ticketsOption, pageOption, fixtureOption, fileOption});
    parser.process(app);
    const int pageSize = std::max(1, parser.value(pageOption).toInt());
    const int tickets =
        std::max(pageSize, parser.value(ticketsOption).toInt()) / pageSize * pageSize;

    print(u"command: %1  (build: cmake --build build --target bench_cache, RelWithDebInfo)"_s.arg(
        QCoreApplication::arguments().join(u' ')));
    QString error;
    const QList<QByteArray> pages = parser.isSet(fixtureOption)
                                        ? fixturePages(tickets, pageSize, &error)
                                        : sandboxPages(tickets, pageSize, &error);
    if (pages.isEmpty()) {
        print(u"could not get the pages: "_s + error);
        return 2;
    }
    const QList<QByteArray> changed = changedPages(pages);
    qint64 bytes = 0;
    for (const QByteArray &page : pages)
        bytes += page.size();
    print(u"input: %1 tickets in %2 pages of %3, %4 MB, %5 bytes per ticket (%6)"_s.arg(tickets)
              .arg(pages.size())
              .arg(pageSize)
              .arg(double(bytes) / 1e6, 0, 'f', 1)
              .arg(bytes / tickets)
              .arg(parser.isSet(fixtureOption) ? u"fixture ticket"_s : u"sandbox tickets"_s));

    QTemporaryDir dir;
    const QString path =
        parser.isSet(fileOption) ? parser.value(fileOption) : dir.filePath(u"cache.sqlite"_s);
    if (parser.isSet(fileOption)) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    const double parse = parseOnly(pages);

    cw::Cache cache(path);
    if (!cache.isOpen()) {
        print(u"could not open the cache: "_s + cache.lastError());
        return 2;
    }
    const Pass insert = load(cache, pages);
    const Pass same = load(cache, pages);
    const Pass update = load(cache, changed);
    if (cache.count(cw::RecordKind::Ticket) != tickets ||
        cache.search(u"changed"_s, 5).size() != 5) {
        print(u"the cache does not hold what was stored"_s);
        return 2;
    }
    QElapsedTimer closing;
    closing.start();
    cache.close();
    const double closeSeconds = double(closing.nsecsElapsed()) / 1e9;

    const auto line = [&](const QString &name, const Pass &pass) {
        const double perSecond = double(pass.tickets) / pass.seconds;
        print(
            u"%1 %2 tickets/s  %3 µs/ticket (CPU %4 µs, split %5 µs)  %6 MB/s  %7"_s.arg(name, -44)
                .arg(perSecond, 6, 'f', 0)
                .arg(pass.seconds * 1e6 / double(pass.tickets), 5, 'f', 1)
                .arg(pass.cpuSeconds * 1e6 / double(pass.tickets), 0, 'f', 1)
                .arg(pass.splitSeconds * 1e6 / double(pass.tickets), 0, 'f', 1)
                .arg(double(bytes) / 1e6 / pass.seconds, 0, 'f', 0)
                .arg(perSecond >= TargetPerSecond ? u"PASS"_s : u"FAIL"_s));
        return perSecond >= TargetPerSecond;
    };
    print(u"cache file: %1 (%2 MB after close)"_s.arg(path).arg(
        double(QFileInfo(path).size()) / 1e6, 0, 'f', 1));
    print(u"target: %1 tickets/s (split + typed parse + upsert, one transaction per page)"_s.arg(
        TargetPerSecond, 0, 'f', 0));
    print(u"(0) splitArray + Ticket::fromJson only, no cache      %1 µs/ticket"_s.arg(
        parse * 1e6 / tickets, 0, 'f', 1));
    bool ok = line(u"(1) first load into an empty cache"_s, insert);
    line(u"(2) the same pages again (unchanged: no writes)"_s, same);
    ok = line(u"(3) every ticket changed (update path)"_s, update) && ok;
    print(u"close (checkpoint of the WAL): %1 s"_s.arg(closeSeconds, 0, 'f', 2));
    return ok ? 0 : 1;
}
