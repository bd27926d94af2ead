// Benchmark of the real cwdesk-sandbox process over HTTP: a 1000-ticket page, ticket-by-id
// throughput with requests in flight, and the time to generate 100,000 tickets. Prints each
// figure against its target; exits 1 when a figure misses its target.
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace cw::test;

namespace {

struct Figure
{
    QString name;
    double value = -1; // < 0: not measured
    double target = 0;
    QString unit;
    bool higherIsBetter = false;
    QString note;

    bool passed() const
    {
        if (value < 0)
            return false;
        return higherIsBetter ? value >= target : value <= target;
    }
};

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

// VmHWM (peak resident memory) of a process in MiB, or -1.
double peakMemoryMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

Figure pageOf1000(SandboxProcess &sandbox)
{
    Figure f{u"(a) one 1000-ticket page, all fields (median of 20, keep-alive)"_s,
             -1,
             100,
             u"ms"_s,
             false,
             {}};
    HttpClient http(sandbox.baseUrl());
    const QUrl url =
        http.url(u"/service/tickets"_s, {{u"pageSize"_s, u"1000"_s}, {u"page"_s, u"1"_s}});
    for (int i = 0; i < 2; ++i) // warm up the connection and caches
        http.send("GET", url);
    QList<double> times;
    qint64 bytes = 0;
    for (int i = 0; i < 20; ++i) {
        const HttpResult r = http.send("GET", url);
        if (r.status != 200) {
            f.note = u"request failed: "_s + r.describe(200);
            return f;
        }
        if (i == 0) {
            const int n = int(r.array().size());
            if (n != 1000) {
                f.note = u"page has %1 records, not 1000"_s.arg(n);
                return f;
            }
        }
        bytes = r.body.size();
        times.append(double(r.elapsedMs));
    }
    std::sort(times.begin(), times.end());
    f.value = (times[9] + times[10]) / 2.0;
    f.note = u"min %1 ms, max %2 ms, %3 MB per page"_s.arg(times.first())
                 .arg(times.last())
                 .arg(double(bytes) / 1e6, 0, 'f', 2);
    return f;
}

Figure ticketsById(SandboxProcess &sandbox, int durationS)
{
    Figure f{
        u"(b) GET ticket by id, 6 in flight over keep-alive"_s, -1, 2000, u"req/s"_s, true, {}};
    HttpClient http(sandbox.baseUrl());
    const HttpResult ids =
        http.get(u"/service/tickets"_s, {{u"pageSize"_s, u"1000"_s}, {u"fields"_s, u"id"_s}});
    QList<int> pool;
    for (const auto &v : ids.array())
        pool.append(v.toObject().value(u"id"_s).toInt());
    if (pool.isEmpty()) {
        f.note = u"could not list ticket ids: "_s + ids.describe(200);
        return f;
    }
    QRandomGenerator rng(42);
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 ok = 0;
    qint64 failed = 0;
    int running = 0;
    bool stopping = false;
    std::function<void()> launch = [&] {
        while (!stopping && running < 6) {
            const int id = pool.at(int(rng.bounded(qsizetype(pool.size()))));
            QNetworkReply *reply =
                http.start({"GET", http.url(u"/service/tickets/%1"_s.arg(id)), {}, {}});
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->readAll();
                reply->deleteLater();
                (status == 200 ? ok : failed)++;
                --running;
                if (stopping && running == 0)
                    loop.quit();
                launch();
            });
        }
    };
    clock.start();
    QTimer::singleShot(durationS * 1000, &loop, [&] {
        stopping = true;
        if (running == 0)
            loop.quit();
    });
    launch();
    loop.exec();
    const double seconds = double(clock.elapsed()) / 1000.0;
    f.value = double(ok) / seconds;
    f.note = u"%1 answered in %2 s, %3 failed; client and server share the 2 cores"_s.arg(ok)
                 .arg(seconds, 0, 'f', 2)
                 .arg(failed);
    if (failed > 0)
        f.value = -1;
    return f;
}

Figure generation()
{
    Figure f{
        u"(c) generate 100,000 tickets (until the URL is printed)"_s, -1, 30, u"s"_s, false, {}};
    SandboxProcess sandbox;
    if (!sandbox.start({u"--tickets"_s, u"100000"_s, u"--seed"_s, u"1"_s}, 600000)) {
        f.note = sandbox.errorString();
        return f;
    }
    f.value = double(sandbox.startupMs()) / 1000.0;
    HttpClient http(sandbox.baseUrl());
    const HttpResult count = http.get(u"/service/tickets/count"_s);
    const int n = count.object().value(u"count"_s).toInt(-1);
    f.note = u"count %1, peak memory %2 MiB"_s.arg(n).arg(peakMemoryMiB(sandbox.pid()), 0, 'f', 0);
    if (n != 100000) {
        f.note += u" — expected 100000 tickets"_s;
        f.value = -1;
    }
    if (!sandbox.stop())
        f.note += u"; stop: "_s + sandbox.errorString();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmarks the cwdesk-sandbox executable against its targets."_s);
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(u"sandbox"_s, u"Path of cwdesk-sandbox."_s, u"path"_s,
                                           SandboxProcess::executable());
    const QCommandLineOption skipGeneration(u"skip-generation"_s,
                                            u"Skip the 100,000-ticket generation figure."_s);
    const QCommandLineOption duration(u"duration-s"_s, u"Seconds of the by-id throughput run."_s,
                                      u"s"_s, u"5"_s);
    parser.addOptions({sandboxOption, skipGeneration, duration});
    parser.process(app);
    SandboxProcess::setExecutable(parser.value(sandboxOption));

    print(u"cwdesk-sandbox benchmark — %1, %2 CPU(s)"_s.arg(SandboxProcess::executable())
              .arg(QThread::idealThreadCount()));
    QList<Figure> figures;
    {
        SandboxProcess sandbox;
        if (!sandbox.start({u"--tickets"_s, u"2000"_s, u"--seed"_s, u"1"_s})) {
            print(u"could not start the sandbox: "_s + sandbox.errorString());
            return 2;
        }
        figures.append(pageOf1000(sandbox));
        figures.append(ticketsById(sandbox, qMax(1, parser.value(duration).toInt())));
        if (!sandbox.stop())
            print(u"warning: sandbox did not stop cleanly: "_s + sandbox.errorString());
    }
    if (!parser.isSet(skipGeneration))
        figures.append(generation());

    print(QString());
    bool allPassed = true;
    for (const Figure &f : figures) {
        const QString value =
            f.value < 0 ? u"n/a"_s : QString::number(f.value, 'f', f.unit == u"req/s"_s ? 0 : 1);
        const QString ratio = f.value < 0 ? u"n/a"_s : QString::number(f.value / f.target, 'f', 2);
        print(
            u"%1\n    figure %2 %3   target %4%5 %3   ratio %6   (%7)"_s.arg(f.name, value, f.unit)
                .arg(f.higherIsBetter ? u">= "_s : u"<= "_s)
                .arg(f.target)
                .arg(ratio, f.note));
    }
    print(QString());
    for (const Figure &f : figures) {
        print(u"%1: %2"_s.arg(f.passed() ? u"PASS"_s : u"FAIL"_s, f.name));
        allPassed = allPassed && f.passed();
    }
    return allPassed ? 0 : 1;
}
