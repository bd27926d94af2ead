// Benchmark of the item models over a 50,000-ticket cache filled with synthetic rows: the first
// fill of the ticket table and the board tree, re-filtering the list per keystroke, and a sync
// batch changing 100 tickets (how long the models keep the GUI thread busy), and a bulk change
// of 500 tickets through the window's TicketDispatcher and Desk into the outbox.
#include "boardtreemodel.h"
#include "tickettablemodel.h"

#include "desk/cachereader.h"
#include "desk/desk.h"
#include "itemroles.h"
#include "store/cache.h"
#include "store/offlinequery.h"
#include "store/outbox.h"
#include "views/ticketdispatcher.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr int Boards = 6;
constexpr int StatusesPerBoard = 7;
constexpr int Priorities = 5;
constexpr int Members = 40;
constexpr int Companies = 300;

const QStringList Words = {u"printer"_s, u"network"_s, u"outlook"_s, u"password"_s, u"vpn"_s,
                           u"laptop"_s,  u"server"_s,  u"backup"_s,  u"firewall"_s, u"email"_s,
                           u"slow"_s,    u"down"_s,    u"error"_s,   u"install"_s,  u"request"_s};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject ref(int id, const QString &name)
{
    return {{u"id"_s, id}, {u"name"_s, name}};
}

QJsonObject ticket(int id, QRandomGenerator &rng, qint64 anchorMs)
{
    const int board = 1 + int(rng.bounded(Boards));
    const int status = (board - 1) * StatusesPerBoard + 1 + int(rng.bounded(StatusesPerBoard));
    const int priority = 1 + int(rng.bounded(Priorities));
    const int member = 1 + int(rng.bounded(Members));
    const int company = 1 + int(rng.bounded(Companies));
    const bool closed = rng.bounded(100) < 80;
    const qint64 entered = anchorMs - qint64(rng.bounded(500 * 24)) * 3600 * 1000;
    QString summary;
    for (int w = 0; w < 5; ++w)
        summary += (w ? u" "_s : QString()) + Words.at(int(rng.bounded(Words.size())));
    QJsonObject t{
        {u"id"_s, id},
        {u"summary"_s, summary},
        {u"recordType"_s, u"ServiceTicket"_s},
        {u"board"_s, ref(board, u"Board %1"_s.arg(board))},
        {u"status"_s, ref(status, u"Status %1"_s.arg(status))},
        {u"company"_s, QJsonObject{{u"id"_s, company},
                                   {u"identifier"_s, u"C%1"_s.arg(company)},
                                   {u"name"_s, u"Company %1"_s.arg(company)}}},
        {u"contact"_s, ref(company * 10, u"Contact %1"_s.arg(company))},
        {u"contactName"_s, u"Contact %1"_s.arg(company)},
        {u"team"_s, ref(board * 10, u"Team %1"_s.arg(board))},
        {u"type"_s, ref(priority, u"Type %1"_s.arg(priority))},
        {u"priority"_s, QJsonObject{{u"id"_s, priority},
                                    {u"name"_s, u"Priority %1"_s.arg(priority)},
                                    {u"sort"_s, priority}}},
        {u"closedFlag"_s, closed},
        {u"isInSla"_s, rng.bounded(100) < 80},
        {u"customerUpdatedFlag"_s, !closed && rng.bounded(100) < 12},
        {u"requiredDate"_s, iso(entered + 48 * 3600 * 1000)},
        {u"slaStatus"_s, closed ? u"Resolved"_s : u"Resolve by Mon 01/27 4:00 PM UTC-08"_s},
        {u"_info"_s, QJsonObject{{u"lastUpdated"_s, iso(entered + 3600 * 1000)},
                                 {u"dateEntered"_s, iso(entered)}}}};
    if (rng.bounded(100) < 85)
        t.insert(u"owner"_s, QJsonObject{{u"id"_s, member},
                                         {u"identifier"_s, u"member%1"_s.arg(member)},
                                         {u"name"_s, u"Member %1"_s.arg(member)}});
    return t;
}

// The longest the GUI thread went without running its event loop while `work` ran and until
// `done` holds: a 1 ms timer notes the gaps between its ticks. On a loaded machine a gap also
// holds the time the thread waited for a core, so the most CPU time the GUI thread used within
// one gap is noted too (its own work, whatever the load).
struct Watch
{
    qint64 totalNs = 0;
    qint64 longestBlockNs = 0;
    qint64 busiestBlockCpuNs = 0;
};

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

Watch watch(const std::function<void()> &work, const std::function<bool()> &done)
{
    Watch w;
    QElapsedTimer total;
    QElapsedTimer tick;
    QTimer timer;
    timer.setInterval(1);
    qint64 cpuAtTick = 0;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        w.longestBlockNs = std::max(w.longestBlockNs, tick.nsecsElapsed());
        const qint64 cpu = threadCpuNs();
        w.busiestBlockCpuNs = std::max(w.busiestBlockCpuNs, cpu - cpuAtTick);
        cpuAtTick = cpu;
        tick.restart();
    });
    timer.start();
    total.start();
    tick.start();
    cpuAtTick = threadCpuNs();
    work();
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (total.elapsed() > 120'000)
            qFatal("not done after 120 s");
    }
    w.totalNs = total.nsecsElapsed();
    return w;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

void row(const char *what, double totalMs, double blockMs, const QString &note = {})
{
    std::printf("%-52s %10.1f %12.1f  %s\n", what, totalMs, blockMs, qPrintable(note));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each row as soon as it is measured, also through a pipe (tests/bench/run).
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"tickets"_s, u"How many tickets (default 50000)."_s, u"n"_s, u"50000"_s});
    parser.addOption({u"write-cache"_s,
                      u"Only build the cache, in <file> (a new file), and exit: for timing "
                      "cwdesk's start on it (tests/bench/run)."_s,
                      u"file"_s});
    parser.process(app);
    const int count = parser.value(u"tickets"_s).toInt();
    const QString keep = parser.value(u"write-cache"_s);

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(u"bench.sqlite"_s) : keep;
    if (!keep.isEmpty() && QFileInfo::exists(keep))
        qFatal("%s exists: --write-cache makes a new file", qPrintable(keep));
    const qint64 anchorMs = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    cw::Cache cache(path);
    if (!cache.isOpen())
        qFatal("cache not opened: %s", qPrintable(cache.lastError()));

    // Reference data, then the tickets in pages of 1000.
    QElapsedTimer fill;
    fill.start();
    QList<QByteArray> boards;
    for (int b = 1; b <= Boards; ++b) {
        boards.append(json({{u"id"_s, b}, {u"name"_s, u"Board %1"_s.arg(b)}}));
        QList<QByteArray> statuses;
        for (int s = 1; s <= StatusesPerBoard; ++s) {
            const int id = (b - 1) * StatusesPerBoard + s;
            statuses.append(json({{u"id"_s, id},
                                  {u"name"_s, u"Status %1"_s.arg(id)},
                                  {u"board"_s, ref(b, u"Board %1"_s.arg(b))},
                                  {u"sortOrder"_s, s},
                                  {u"displayOnBoard"_s, s != StatusesPerBoard},
                                  {u"closedStatus"_s, s == StatusesPerBoard}}));
        }
        cache.upsert(cw::RecordKind::BoardStatus, statuses, b);
    }
    cache.upsert(cw::RecordKind::Board, boards);
    QList<QByteArray> priorities;
    const QStringList colours = {u"Red"_s, u"Orange"_s, u"Yellow"_s, u"Green"_s, u"Blue"_s};
    for (int p = 1; p <= Priorities; ++p)
        priorities.append(json({{u"id"_s, p},
                                {u"name"_s, u"Priority %1"_s.arg(p)},
                                {u"color"_s, colours.at(p - 1)},
                                {u"sortOrder"_s, p}}));
    cache.upsert(cw::RecordKind::Priority, priorities);
    QRandomGenerator rng(42);
    for (int first = 1; first <= count; first += 1000) {
        QList<QByteArray> page;
        for (int id = first; id < first + 1000 && id <= count; ++id)
            page.append(json(ticket(id, rng, anchorMs)));
        QString error;
        if (!cache.upsertTickets(page, &error))
            qFatal("tickets not stored: %s", qPrintable(error));
    }
    std::printf("cache of %d tickets built in %.1f s (%s)\n\n", count,
                double(fill.elapsed()) / 1000.0, qPrintable(path));
    if (!keep.isEmpty())
        return 0;
    std::printf("%-52s %10s %12s\n", "step", "total ms", "GUI block ms");

    cw::CacheReader reader(path);
    const cw::Clock clock = cw::fixedClock(QDateTime::fromMSecsSinceEpoch(anchorMs, Qt::UTC));

    // (a) First fill: the table over every open ticket, over every ticket, and the tree.
    {
        cw::TicketTableModel table(&cache, &reader);
        table.setClock(clock);
        Watch w = watch([&] { table.setQuery(u"closedFlag=false"_s); },
                        [&] { return table.fetchState() == cw::FetchState::Loaded; });
        row("(a) table first fill, open tickets", ms(w.totalNs), ms(w.longestBlockNs),
            u"%1 rows"_s.arg(table.rowCount()));
    }
    {
        cw::TicketTableModel table(&cache, &reader);
        table.setClock(clock);
        Watch w = watch([&] { table.setQuery({}); },
                        [&] { return table.fetchState() == cw::FetchState::Loaded; });
        row("(a) table first fill, every ticket", ms(w.totalNs), ms(w.longestBlockNs),
            u"%1 rows"_s.arg(table.rowCount()));
    }
    {
        cw::BoardTreeModel tree(&cache, &reader);
        tree.setMemberIdentifier(u"member1"_s);
        bool counted = false;
        QObject::connect(&tree, &cw::BoardTreeModel::countsUpdated, [&] { counted = true; });
        Watch w = watch([&] { tree.reload(); }, [&] { return counted; });
        row("(a) tree first fill with counts", ms(w.totalNs), ms(w.longestBlockNs),
            u"%1 top-level nodes"_s.arg(tree.rowCount()));
        // Where the tree's counting time goes: each distinct node query, synchronously.
        QStringList conditions;
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int r = 0; r < tree.rowCount(parent); ++r) {
                const QModelIndex index = tree.index(r, 0, parent);
                const QString c = index.data(cw::ConditionsRole).toString();
                if (!c.isEmpty() && !conditions.contains(c))
                    conditions.append(c);
                collect(index);
            }
        };
        collect({});
        QList<QPair<qint64, QString>> costs;
        for (const QString &c : std::as_const(conditions)) {
            QElapsedTimer t;
            t.start();
            cw::OfflineQuery query(&cache);
            query.setConditions(c);
            query.count();
            costs.append({t.nsecsElapsed(), c});
        }
        std::sort(costs.begin(), costs.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        qint64 sum = 0;
        for (const auto &cost : std::as_const(costs))
            sum += cost.first;
        std::printf("    %lld distinct node counts, %.1f ms in all; slowest:\n",
                    qlonglong(costs.size()), ms(sum));
        for (int i = 0; i < std::min<qsizetype>(4, costs.size()); ++i)
            std::printf("      %8.1f ms  %s\n", ms(costs.at(i).first),
                        qPrintable(costs.at(i).second));
    }

    // (b) Re-filtering per keystroke: the conditions as a search box would build them.
    {
        cw::TicketTableModel table(&cache, &reader);
        table.setClock(clock);
        table.setQuery(u"closedFlag=false"_s);
        while (table.fetchState() != cw::FetchState::Loaded)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        const QString typed = u"printer slow"_s;
        QList<qint64> times;
        qint64 longest = 0;
        qint64 busiest = 0;
        for (int n = 1; n <= typed.size(); ++n) {
            const QString conditions =
                u"closedFlag=false and summary like \"%%1%\""_s.arg(typed.left(n));
            bool updated = false;
            QMetaObject::Connection c = QObject::connect(&table, &cw::TicketTableModel::rowsUpdated,
                                                         [&] { updated = true; });
            Watch w = watch([&] { table.setQuery(conditions); }, [&] { return updated; });
            QObject::disconnect(c);
            times.append(w.totalNs);
            longest = std::max(longest, w.longestBlockNs);
            busiest = std::max(busiest, w.busiestBlockCpuNs);
        }
        std::sort(times.begin(), times.end());
        row("(b) re-filter per keystroke, median of 12", ms(times.at(times.size() / 2)),
            ms(longest),
            u"max %1 ms, %2 rows at the end; GUI CPU in one gap at most %3 ms"_s
                .arg(ms(times.last()), 0, 'f', 1)
                .arg(table.rowCount())
                .arg(ms(busiest), 0, 'f', 1));
    }

    // (c) A sync batch changing 100 tickets under a loaded table (sorted) and tree.
    {
        cw::TicketTableModel table(&cache, &reader);
        table.setClock(clock);
        table.setQuery(u"closedFlag=false"_s);
        cw::BoardTreeModel tree(&cache, &reader);
        tree.setRecountDelay(0);
        bool counted = false;
        QObject::connect(&tree, &cw::BoardTreeModel::countsUpdated, [&] { counted = true; });
        tree.reload();
        while (table.fetchState() != cw::FetchState::Loaded || !counted)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        table.sort(cw::TicketTableModel::Summary);

        // 100 tickets of the list: summaries changed, some closed, some new.
        QList<QByteArray> batch;
        QRandomGenerator changes(7);
        for (int i = 0; i < 100; ++i) {
            const int id = table.ticketId(int(changes.bounded(table.rowCount())));
            QJsonObject t =
                QJsonDocument::fromJson(cache.rawRecord(cw::RecordKind::Ticket, id)).object();
            t.insert(u"summary"_s,
                     QString(u"changed %1 "_s.arg(i) + t.value(u"summary"_s).toString()));
            if (i % 10 == 0)
                t.insert(u"closedFlag"_s, true);
            if (i % 10 == 1)
                t.insert(u"id"_s, count + 1 + i);
            batch.append(json(t));
        }
        bool updated = false;
        counted = false;
        QObject::connect(&table, &cw::TicketTableModel::rowsUpdated, [&] { updated = true; });
        QElapsedTimer upsert;
        qint64 upsertNs = 0;
        Watch w = watch(
            [&] {
                upsert.start();
                cache.upsertTickets(batch);
                upsertNs = upsert.nsecsElapsed();
            },
            [&] { return updated && counted; });
        row("(c) sync batch of 100: cache write (not models)", ms(upsertNs), ms(upsertNs));
        // The watch's first gap includes the write itself; the models' share is measured
        // separately below.
        row("(c) sync batch of 100: until table + tree updated", ms(w.totalNs - upsertNs),
            ms(w.longestBlockNs), u"longest gap includes the write"_s);

        // The same once more with the write outside the watch: the models' longest block.
        QList<QByteArray> again;
        for (const QByteArray &raw : std::as_const(batch)) {
            QJsonObject t = QJsonDocument::fromJson(raw).object();
            t.insert(u"summary"_s, QString(u"again "_s + t.value(u"summary"_s).toString()));
            again.append(json(t));
        }
        updated = false;
        counted = false;
        cache.upsertTickets(again);
        Watch models = watch([] {}, [&] { return updated && counted; });
        row("(c) sync batch of 100: models only", ms(models.totalNs), ms(models.longestBlockNs),
            u"%1 rows; GUI CPU in one gap at most %2 ms"_s.arg(table.rowCount())
                .arg(ms(models.busiestBlockCpuNs), 0, 'f', 1));
    }

    // (d) A bulk change of 500 tickets as the window makes it: TicketDispatcher (the list's
    // selection menu) through an offline Desk into its outbox, with the table (marking pending
    // rows) and the tree over the desk's cache, as in the window.
    {
        cw::Desk desk;
        cw::Desk::Options options;
        options.cachePath = path;
        options.offline = true;
        desk.setOptions(options);
        if (!desk.cache() || !desk.outbox())
            qFatal("desk cache not opened: %s", qPrintable(desk.cacheError()));
        cw::TicketTableModel table(desk.cache(), &reader);
        table.setClock(clock);
        table.setOutbox(desk.outbox());
        table.setQuery(u"closedFlag=false"_s);
        cw::BoardTreeModel tree(desk.cache(), &reader);
        bool counted = false;
        QObject::connect(&tree, &cw::BoardTreeModel::countsUpdated, [&] { counted = true; });
        tree.reload();
        while (table.fetchState() != cw::FetchState::Loaded || !counted)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        table.sort(cw::TicketTableModel::Number, Qt::DescendingOrder);
        QList<int> ids;
        for (int r = 0; r < 500 && r < table.rowCount(); ++r)
            ids.append(table.ticketId(r));
        cw::TicketDispatcher dispatcher(&desk);
        bool idle = false;
        int failed = 0;
        QObject::connect(&dispatcher, &cw::TicketDispatcher::idle, [&] { idle = true; });
        QObject::connect(&dispatcher, &cw::TicketDispatcher::message,
                         [&](const QString &, bool bad) { failed += bad; });
        const auto allPending = [&] {
            for (int id : std::as_const(ids)) {
                const int r = table.rowOfTicket(id);
                if (r < 0 || !table.index(r, 0).data(cw::PendingRole).toBool())
                    return false;
            }
            return true;
        };
        QElapsedTimer untilQueued;
        qint64 queuedNs = 0;
        qint64 setFieldNs = 0;
        qint64 committedNs = 0;
        // The outbox signals its steps after the transaction's commit.
        QObject::connect(desk.outbox(), &cw::Outbox::stepReached, [&] {
            if (!committedNs)
                committedNs = untilQueued.nsecsElapsed();
        });
        Watch w = watch(
            [&] {
                untilQueued.start();
                // A member no ticket has yet: each of the 500 is a change.
                dispatcher.setField(ids, cw::TicketDispatcher::Field::Owner, Members + 1);
                setFieldNs = untilQueued.nsecsElapsed();
            },
            [&] {
                if (idle && !queuedNs)
                    queuedNs = untilQueued.nsecsElapsed();
                return idle;
            });
        const int queued = desk.outbox()->pendingCount();
        row("(d) bulk change of 500: until all queued", ms(queuedNs), ms(w.longestBlockNs),
            u"%1 entries in the outbox, %2 failed; records read %3 ms, committed at %4 ms"_s
                .arg(queued)
                .arg(failed)
                .arg(ms(setFieldNs), 0, 'f', 1)
                .arg(ms(committedNs), 0, 'f', 1));
        Watch marks = watch([] {}, allPending);
        row("(d) bulk change of 500: then rows marked pending", ms(marks.totalNs),
            ms(marks.longestBlockNs), u"%1 rows"_s.arg(table.rowCount()));
        if (queued != ids.size() || failed)
            qFatal("the bulk change did not queue every ticket");
    }
    return 0;
}
