// Benchmark of the ticket panes and the knowledge-base search over a synthetic offline cache:
// building and painting the notes pane of a ticket with 200 notes (and switching between two
// such tickets), the tasks pane, and KB searches over 10,000 cached articles (the cache's
// full-text index and the search model). Offscreen; prints the median and the worst of each and
// the budgets (100 ms, 50 ms); exits 1 when a median is over its budget.
#include "kbsearchmodel.h"
#include "ticketitemmodels.h"

#include "desk/desk.h"
#include "store/cache.h"
#include "views/notespane.h"
#include "views/taskspane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Notes = 200;
constexpr int Articles = 10000;
constexpr int Runs = 15;

const QStringList Words = {
    u"printer"_s, u"network"_s,  u"outlook"_s,  u"password"_s, u"vpn"_s,      u"laptop"_s,
    u"server"_s,  u"backup"_s,   u"firewall"_s, u"email"_s,    u"slow"_s,     u"driver"_s,
    u"error"_s,   u"install"_s,  u"licence"_s,  u"mailbox"_s,  u"certificate"_s, u"dns"_s,
    u"switch"_s,  u"wireless"_s, u"account"_s,  u"locked"_s,   u"update"_s,   u"reboot"_s,
    u"scanner"_s, u"teams"_s,    u"onedrive"_s, u"sharepoint"_s, u"bitlocker"_s, u"domain"_s};

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts.append(Words.at(int(rng.bounded(Words.size()))));
    return parts.join(u' ');
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Figures
{
    double median = 0;
    double worst = 0;
};

Figures measure(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

bool report(const char *what, const Figures &f, double budget)
{
    const bool ok = f.median <= budget;
    std::printf("%-58s median %7.2f ms  worst %7.2f ms  budget %5.0f ms  %s\n", what, f.median,
                f.worst, budget, ok ? "ok" : "OVER");
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    cw::Desk desk;
    cw::Desk::Options options;
    options.cachePath = dir.filePath(u"bench.sqlite"_s);
    options.offline = true;
    desk.setOptions(options);
    cw::Cache *cache = desk.cache();
    if (!cache) {
        std::fprintf(stderr, "no cache: %s\n", qPrintable(desk.cacheError()));
        return 2;
    }
    QRandomGenerator rng(7);
    const qint64 anchor = QDateTime(QDate(2026, 1, 27), QTime(20, 0), Qt::UTC)
                              .toMSecsSinceEpoch();

    // Two tickets with 200 notes each (several lines, links, the three kinds) and 12 tasks.
    for (const int ticket : {1001, 1002}) {
        cache->upsertTickets({json({{u"id"_s, ticket},
                                    {u"summary"_s, u"Printer offline after driver update"_s},
                                    {u"board"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"SD"_s}}},
                                    {u"_info"_s, QJsonObject{{u"lastUpdated"_s,
                                                              u"2026-01-27T19:00:00Z"_s}}}})});
        QList<QByteArray> notes;
        for (int i = 0; i < Notes; ++i) {
            const QString when =
                QDateTime::fromMSecsSinceEpoch(anchor - qint64(Notes - i) * 3600 * 1000, Qt::UTC)
                    .toString(Qt::ISODate);
            notes.append(json({{u"id"_s, ticket * 1000 + i},
                               {u"ticketId"_s, ticket},
                               {u"text"_s, QString(sentence(rng, 25) + u"\n"_s +
                                                       sentence(rng, 12) +
                                                       u"\nSee https://support.example.com/kb/"_s +
                                                       QString::number(i) + u" for details."_s)},
                               {u"detailDescriptionFlag"_s, i % 3 == 0},
                               {u"internalAnalysisFlag"_s, i % 3 == 1},
                               {u"resolutionFlag"_s, i % 3 == 2},
                               {u"member"_s, QJsonObject{{u"id"_s, 1 + i % 7},
                                                         {u"identifier"_s, u"m%1"_s.arg(i % 7)},
                                                         {u"name"_s, u"Member %1"_s.arg(i % 7)}}},
                               {u"dateCreated"_s, when},
                               {u"_info"_s, QJsonObject{{u"lastUpdated"_s, when}}}}));
        }
        cache->upsertNotes(ticket, notes);
        QList<QByteArray> tasks;
        for (int i = 0; i < 12; ++i)
            tasks.append(json({{u"id"_s, ticket * 100 + i},
                               {u"ticketId"_s, ticket},
                               {u"summary"_s, sentence(rng, 4)},
                               {u"notes"_s, sentence(rng, 8)},
                               {u"priority"_s, i + 1},
                               {u"closedFlag"_s, i % 4 == 0}}));
        cache->upsertTasks(ticket, tasks);
    }
    // 10,000 articles.
    QList<QByteArray> articles;
    articles.reserve(Articles);
    for (int i = 1; i <= Articles; ++i)
        articles.append(json({{u"id"_s, i},
                              {u"title"_s, sentence(rng, 6)},
                              {u"issue"_s, sentence(rng, 30)},
                              {u"resolution"_s, sentence(rng, 40)},
                              {u"dateCreated"_s, u"2025-06-01T10:00:00Z"_s}}));
    cache->upsert(cw::RecordKind::KbArticle, articles);
    std::printf("cache: 2 tickets x %d notes, %d articles (%s)\n\n", Notes,
                cache->count(cw::RecordKind::KbArticle), qPrintable(options.cachePath));

    bool ok = true;
    // The notes pane: constructed for the ticket, laid out and painted (what opening shows).
    const Figures open = measure(Runs, [&] {
        cw::NotesPane pane(&desk, 1001);
        pane.resize(520, 720);
        pane.show();
        (void)pane.grab();
    });
    ok &= report("notes pane, 200 notes: build + first paint", open, 100);

    cw::NotesPane pane(&desk, 1001);
    pane.resize(520, 720);
    pane.show();
    (void)pane.grab();
    // What is measured is the real thing: 200 notes in the timeline.
    if (pane.model()->rowCount() != Notes ||
        !pane.timeline()->toPlainText().contains(u"support.example.com/kb/199"_s)) {
        std::fprintf(stderr, "the notes pane does not show the %d notes\n", Notes);
        return 2;
    }
    int next = 1002;
    const Figures switching = measure(Runs, [&] {
        pane.setTicket(next);
        (void)pane.grab();
        next = next == 1001 ? 1002 : 1001;
    });
    ok &= report("notes pane, switch to another 200-note ticket + paint", switching, 100);
    const Figures repaint = measure(Runs, [&] { (void)pane.grab(); });
    ok &= report("notes pane, repaint", repaint, 16);

    const Figures tasks = measure(Runs, [&] {
        cw::TasksPane tasksPane(&desk, 1001);
        tasksPane.resize(520, 480);
        tasksPane.show();
        (void)tasksPane.grab();
    });
    ok &= report("tasks pane, 12 tasks: build + first paint", tasks, 100);

    // KB searches over the index: one word, a prefix, several words, a common word.
    const QStringList queries = {u"printer"_s, u"certif"_s, u"vpn password locked"_s,
                                 u"backup server reboot"_s, u"dns"_s};
    int q = 0;
    const Figures search = measure(Runs * 4, [&] {
        (void)cache->searchArticles(queries.at(q++ % queries.size()), 50);
    });
    ok &= report("KB search, 10,000 articles (cache FTS, 50 best)", search, 50);
    cw::KbSearchModel model(&desk);
    q = 0;
    const Figures modelSearch = measure(Runs * 4, [&] {
        model.searchOffline(queries.at(q++ % queries.size()));
    });
    ok &= report("KB search, 10,000 articles (search model, offline)", modelSearch, 50);
    std::printf("  (last search: \"%s\", %d results)\n", qPrintable(model.text()), model.rowCount());
    const Figures suggest = measure(Runs * 4, [&] {
        model.suggest(u"Printer offline after the driver update on the scanner"_s);
    });
    ok &= report("KB suggestions from a ticket summary (any word)", suggest, 50);
    return ok ? 0 : 1;
}
