// Benchmark of the client's own CPU per listed ticket: 20,000 sandbox tickets (all fields) in
// pages of 1000, read (a) with QJsonDocument, (b) the client's way (splitArray + Ticket::fromJson)
// and (c) split only. Prints µs per ticket and (b) against its 25 µs budget; exits 1 over budget.
#include "api/jsonrecords.h"
#include "api/ticket.h"

#include "benchpages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

using cw::bench::fixturePages;
using cw::bench::print;
using cw::bench::sandboxPages;

namespace {

constexpr double BudgetUs = 25.0;

// Best of `rounds` passes over all pages, in µs per ticket (the best pass is the one least
// disturbed by the rest of the machine).
double measure(const QList<QByteArray> &pages, int tickets, int rounds,
               const std::function<qint64(const QByteArray &)> &readPage, qint64 *checksum)
{
    double best = -1;
    for (int round = 0; round < rounds; ++round) {
        qint64 sum = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &page : pages)
            sum += readPage(page);
        const double us = double(timer.nsecsElapsed()) / 1000.0 / tickets;
        if (best < 0 || us < best)
            best = us;
        *checksum = sum;
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Client-side cost of reading ticket listing pages."_s);
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(u"tickets"_s, u"Tickets in all (default 20000)."_s,
                                           u"n"_s, u"20000"_s);
    const QCommandLineOption pageOption(u"page-size"_s, u"Tickets per page (default 1000)."_s,
                                        u"n"_s, u"1000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Passes per method, best counts (5)."_s,
                                          u"n"_s, u"5"_s);
    const QCommandLineOption fixtureOption(
        u"fixture"_s, u"Use the django-connectwise fixture ticket instead of the sandbox's."_s);
    parser.addOptions({ticketsOption, pageOption, roundsOption, fixtureOption});
    parser.process(app);
    const int pageSize = std::max(1, parser.value(pageOption).toInt());
    const int tickets =
        std::max(pageSize, parser.value(ticketsOption).toInt()) / pageSize * pageSize;
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QString error;
    const QList<QByteArray> pages = parser.isSet(fixtureOption)
                                        ? fixturePages(tickets, pageSize, &error)
                                        : sandboxPages(tickets, pageSize, &error);
    if (pages.isEmpty()) {
        print(u"could not get the pages: "_s + error);
        return 2;
    }
    qint64 bytes = 0;
    for (const QByteArray &page : pages)
        bytes += page.size();
    print(u"input: %1 tickets in %2 pages of %3, %4 MB, %5 bytes per ticket (%6)"_s.arg(tickets)
              .arg(pages.size())
              .arg(pageSize)
              .arg(double(bytes) / 1e6, 0, 'f', 1)
              .arg(bytes / tickets)
              .arg(parser.isSet(fixtureOption) ? u"fixture ticket"_s : u"sandbox tickets"_s));

    qint64 sumA = 0, sumB = 0, sumC = 0;
    const double a = measure(
        pages, tickets, rounds,
        [](const QByteArray &page) {
            const QJsonArray array = QJsonDocument::fromJson(page).array();
            qint64 sum = 0;
            for (const QJsonValue &value : array)
                sum += value.toObject().value(u"id"_s).toInt();
            return sum;
        },
        &sumA);
    const double b = measure(
        pages, tickets, rounds,
        [](const QByteArray &page) {
            QString pageError;
            const QList<cw::Ticket> list =
                cw::JsonRecords::parseArray<cw::Ticket>(page, &pageError);
            if (!pageError.isEmpty())
                qFatal("page not read: %s", qPrintable(pageError));
            qint64 sum = 0;
            for (const cw::Ticket &ticket : list)
                sum += ticket.id();
            return sum;
        },
        &sumB);
    const double c = measure(
        pages, tickets, rounds,
        [](const QByteArray &page) {
            QList<QByteArray> records;
            QString pageError;
            if (!cw::JsonRecords::splitArray(page, &records, &pageError))
                qFatal("page not split: %s", qPrintable(pageError));
            return qint64(records.size());
        },
        &sumC);

    if (sumA != sumB || sumC != tickets) {
        print(u"results disagree: ids %1 vs %2, %3 records split"_s.arg(sumA).arg(sumB).arg(sumC));
        return 2;
    }
    const auto line = [&](const QString &name, double us) {
        print(u"%1 %2 µs/ticket  (%3 MB/s)"_s.arg(name, -52)
                  .arg(us, 7, 'f', 2)
                  .arg(double(bytes) / tickets / us, 0, 'f', 0));
    };
    print(u"best of %1 passes over all pages:"_s.arg(rounds));
    line(u"(a) QJsonDocument::fromJson(page) + QJsonObject each"_s, a);
    line(u"(b) splitArray + Ticket::fromJson each (the client)"_s, b);
    line(u"(c) splitArray only"_s, c);
    print(u"(a)/(b) = %1x;  (b)/%2 µs budget = %3  %4"_s.arg(a / b, 0, 'f', 1)
              .arg(BudgetUs, 0, 'f', 0)
              .arg(b / BudgetUs, 0, 'f', 3)
              .arg(b <= BudgetUs ? u"PASS"_s : u"FAIL"_s));
    return b <= BudgetUs ? 0 : 1;
}
