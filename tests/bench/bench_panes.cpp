// Benchmark of the ticket panes and the knowledge-base search over a synthetic offline cache:
// building and painting the notes pane of a ticket with 200 notes (and switching between two
// such tickets), the tasks pane, and KB searches over 10,000 cached articles (the cache's
// full-text index and the search model). Offscreen; prints the median and the worst of each and
// the budgets (100 ms, 50 ms); exits 1 when a median is over its budget. Switching tickets is also
// measured as the GUI thread's longest event-loop gap (a 1 ms heartbeat timer, as bench_models
// does) from the switch until the panes are painted and laid out, for the notes pane alone and for
// what the window switches (the detail panel's fields, notes, tasks and configurations tabs and the
// KB pane's suggestions): median and max over the switches against 16 ms, PASS/FAIL on the max.
#include "kbsearchmodel.h"
#include "ticketitemmodels.h"

#include "desk/cachereader.h"
#include "desk/desk.h"
#include "store/cache.h"
#include "views/configurationspane.h"
#include "views/kbpane.h"
#include "views/notespane.h"
#include "views/taskspane.h"
#include "views/ticketdetailpanel.h"
#include "views/ticketeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include <ctime>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Notes = 200;
constexpr int Articles = 10000;
constexpr int Runs = 15;
constexpr int SettleMs = 450;

const QStringList Words = {
    u"printer"_s, u"network"_s,  u"outlook"_s,  u"password"_s,   u"vpn"_s,         u"laptop"_s,
    u"server"_s,  u"backup"_s,   u"firewall"_s, u"email"_s,      u"slow"_s,        u"driver"_s,
    u"error"_s,   u"install"_s,  u"licence"_s,  u"mailbox"_s,    u"certificate"_s, u"dns"_s,
    u"switch"_s,  u"wireless"_s, u"account"_s,  u"locked"_s,     u"update"_s,      u"reboot"_s,
    u"scanner"_s, u"teams"_s,    u"onedrive"_s, u"sharepoint"_s, u"bitlocker"_s,   u"domain"_s};

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

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// The longest the GUI thread went without running its event loop from `work` (called from within
// the event loop, as a selection change is) until `settleMs` later: a 1 ms timer notes the gaps
// between its ticks (bench_models' technique). The time the panes lay out and paint afterwards, in
// the event loop, is inside the window. On a loaded machine a gap also holds the time the thread
// waited for a core, so the most CPU time the GUI thread used within one gap is noted too.
struct Gap
{
    double longestMs = 0;
    double busiestCpuMs = 0;
};

Gap longestGap(const std::function<void()> &work, int settleMs)
{
    qint64 longest = 0;
    qint64 busiest = 0;
    QElapsedTimer tick;
    qint64 cpuAtTick = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longest = std::max(longest, tick.nsecsElapsed());
        const qint64 cpu = threadCpuNs();
        busiest = std::max(busiest, cpu - cpuAtTick);
        cpuAtTick = cpu;
        tick.restart();
    });
    // A quiet moment first, so that nothing left over from before is counted.
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 30)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    heartbeat.start();
    tick.start();
    cpuAtTick = threadCpuNs();
    QTimer::singleShot(0, work);
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < settleMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    heartbeat.stop();
    longest = std::max(longest, tick.nsecsElapsed());
    return {double(longest) / 1e6, double(busiest) / 1e6};
}

// Median and max of the longest gap over `runs` switches; PASS when the max is within the budget.
bool reportGaps(const char *what, const QList<Gap> &gaps, double budget)
{
    QList<double> ms;
    double cpu = 0;
    for (const Gap &g : gaps) {
        ms.append(g.longestMs);
        cpu = std::max(cpu, g.busiestCpuMs);
    }
    std::sort(ms.begin(), ms.end());
    const bool ok = ms.last() <= budget;
    std::printf("%-58s median %7.2f ms  max   %7.2f ms  budget %5.0f ms  %s\n", what,
                ms.at(ms.size() / 2), ms.last(), budget, ok ? "PASS" : "FAIL");
    std::printf("  (%lld switches; GUI thread CPU within one gap at most %.2f ms)\n",
                qlonglong(ms.size()), cpu);
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
    const qint64 anchor = QDateTime(QDate(2026, 1, 27), QTime(20, 0), Qt::UTC).toMSecsSinceEpoch();

    // Two tickets with 200 notes each (several lines, links, the three kinds) and 12 tasks.
    for (const int ticket : {1001, 1002}) {
        cache->upsertTickets(
            {json({{u"id"_s, ticket},
                   {u"summary"_s, u"Printer offline after driver update"_s},
                   {u"board"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"SD"_s}}},
                   {u"_info"_s, QJsonObject{{u"lastUpdated"_s, u"2026-01-27T19:00:00Z"_s}}}})});
        QList<QByteArray> notes;
        for (int i = 0; i < Notes; ++i) {
            const QString when =
                QDateTime::fromMSecsSinceEpoch(anchor - qint64(Notes - i) * 3600 * 1000, Qt::UTC)
                    .toString(Qt::ISODate);
            notes.append(json({{u"id"_s, ticket * 1000 + i},
                               {u"ticketId"_s, ticket},
                               {u"text"_s, QString(sentence(rng, 25) + u"\n"_s + sentence(rng, 12) +
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
    // The same switches, each from within the event loop, then the event loop left to run (the
    // pane paints and lays out the rest of the timeline there): the longest event-loop gap.
    {
        QList<Gap> gaps;
        for (int i = 0; i < Runs; ++i) {
            gaps.append(longestGap([&] { pane.setTicket(next); }, 250));
            next = next == 1001 ? 1002 : 1001;
        }
        ok &= reportGaps("notes pane, switch: longest event-loop gap", gaps, 16);
        // The timeline built in slices is the one a whole rebuild makes: same text, same blocks
        // with the same formats.
        const auto blocks = [&] {
            QStringList shown;
            for (QTextBlock b = pane.timeline()->document()->begin(); b.isValid(); b = b.next()) {
                const QTextBlockFormat f = b.blockFormat();
                shown.append(u"%1|%2|%3"_s.arg(f.background().color().name())
                                 .arg(f.topMargin())
                                 .arg(b.text()));
            }
            return shown;
        };
        const QStringList sliced = blocks();
        pane.rebuild();
        if (sliced != blocks()) {
            std::fprintf(stderr, "the timeline built in slices differs from a whole rebuild\n");
            return 2;
        }
    }
    const Figures repaint = measure(Runs, [&] { (void)pane.grab(); });
    ok &= report("notes pane, repaint", repaint, 16);

    const Figures tasks = measure(Runs, [&] {
        cw::TasksPane tasksPane(&desk, 1001);
        tasksPane.resize(520, 480);
        tasksPane.show();
        (void)tasksPane.grab();
    });
    ok &= report("tasks pane, 12 tasks: build + first paint", tasks, 100);

    // What the window switches when the current ticket changes
    // (MainWindow::onCurrentTicketChanged): each switch is watched for SettleMs, past the KB pane's
    // 200 ms pause before its suggestions. the detail panel's fields with the notes, tasks and
    // configurations tabs in a scroll area, and the KB pane's suggestions from the summary, side by
    // side as in the window.
    {
        QWidget window;
        auto *detail = new cw::TicketDetailPanel(cache);
        auto *notes = new cw::NotesPane(&desk, 0);
        auto *tasksPane = new cw::TasksPane(&desk, 0);
        auto *configurations = new cw::ConfigurationsPane(&desk, 0);
        detail->addPane(notes, u"Notes"_s);
        detail->addPane(tasksPane, u"Tasks"_s);
        detail->addPane(configurations, u"Configurations"_s);
        auto *scroll = new QScrollArea;
        scroll->setWidget(detail);
        scroll->setWidgetResizable(true);
        auto *kb = new cw::KbPane(&desk);
        // As in the window: the suggestions are read on the cache reader's thread.
        cw::CacheReader reader(cache->filePath());
        kb->setReader(&reader);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(scroll, 1);
        layout->addWidget(kb, 1);
        window.resize(1100, 800);
        window.show();
        const auto select = [&](int id) {
            detail->setTicket(id);
            notes->setTicket(id);
            tasksPane->setTicket(id);
            configurations->setTicket(id);
            kb->setTicket(id);
        };
        (void)longestGap([&] { select(1001); }, SettleMs);
        if (notes->model()->rowCount() != Notes) {
            std::fprintf(stderr, "the detail panel's notes pane does not show the %d notes\n",
                         Notes);
            return 2;
        }
        // The KB pane reads its suggestions a moment (200 ms) after a switch: counted, so that the
        // row shows they ran within the measured time.
        int suggestions = 0;
        QObject::connect(kb->model(), &QAbstractItemModel::modelReset, [&] { ++suggestions; });
        QList<Gap> gaps;
        int id = 1002;
        for (int i = 0; i < Runs; ++i) {
            gaps.append(longestGap([&] { select(id); }, SettleMs));
            id = id == 1001 ? 1002 : 1001;
        }
        ok &= reportGaps("window's detail + KB panes, switch: longest gap", gaps, 16);
        std::printf("  (%d KB suggestion refreshes within the measured time)\n", suggestions);
        // The same with the tasks tab in front (the notes pane hidden).
        detail->paneTabs()->setCurrentWidget(tasksPane);
        gaps.clear();
        for (int i = 0; i < Runs; ++i) {
            gaps.append(longestGap([&] { select(id); }, SettleMs));
            id = id == 1001 ? 1002 : 1001;
        }
        ok &= reportGaps("  the same, tasks tab in front: longest gap", gaps, 16);
        std::printf("  (%d KB suggestion refreshes within the measured time in both)\n",
                    suggestions);
    }
    // Two open editor tabs (form, SLA, notes / tasks / configurations panes) and switching between
    // them, as the window's tabs do.
    {
        cw::TicketEditor::registerPane(u"Notes"_s, [](cw::Desk *d, int id, QWidget *parent) {
            return new cw::NotesPane(d, id, parent);
        });
        cw::TicketEditor::registerPane(u"Tasks"_s, [](cw::Desk *d, int id, QWidget *parent) {
            return new cw::TasksPane(d, id, parent);
        });
        cw::TicketEditor::registerPane(u"Configurations"_s,
                                       [](cw::Desk *d, int id, QWidget *parent) {
                                           return new cw::ConfigurationsPane(d, id, parent);
                                       });
        QTabWidget tabs;
        for (const int ticket : {1001, 1002}) {
            auto *editor = new cw::TicketEditor(&desk);
            if (!editor->openTicket(ticket)) {
                std::fprintf(stderr, "the editor does not open ticket %d\n", ticket);
                return 2;
            }
            tabs.addTab(editor, editor->tabTitle());
        }
        tabs.resize(1000, 900);
        tabs.show();
        (void)longestGap([&] { tabs.setCurrentIndex(1); }, 250);
        QList<Gap> gaps;
        for (int i = 0; i < Runs; ++i)
            gaps.append(longestGap([&] { tabs.setCurrentIndex(1 - tabs.currentIndex()); }, 250));
        ok &= reportGaps("editor tabs (200 notes each), switch: longest gap", gaps, 16);
    }

    // KB searches over the index: one word, a prefix, several words, a common word.
    const QStringList queries = {u"printer"_s, u"certif"_s, u"vpn password locked"_s,
                                 u"backup server reboot"_s, u"dns"_s};
    int q = 0;
    const Figures search = measure(
        Runs * 4, [&] { (void)cache->searchArticles(queries.at(q++ % queries.size()), 50); });
    ok &= report("KB search, 10,000 articles (cache FTS, 50 best)", search, 50);
    cw::KbSearchModel model(&desk);
    q = 0;
    const Figures modelSearch =
        measure(Runs * 4, [&] { model.searchOffline(queries.at(q++ % queries.size())); });
    ok &= report("KB search, 10,000 articles (search model, offline)", modelSearch, 50);
    std::printf("  (last search: \"%s\", %d results)\n", qPrintable(model.text()),
                model.rowCount());
    const Figures suggest = measure(Runs * 4, [&] {
        model.suggest(u"Printer offline after the driver update on the scanner"_s);
    });
    ok &= report("KB suggestions from a ticket summary (any word)", suggest, 50);
    return ok ? 0 : 1;
}
