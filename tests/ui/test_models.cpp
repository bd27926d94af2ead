// BoardListModel and TicketListModel against an in-process sandbox, SortProxyModel's order, each
// watched by QAbstractItemModelTester from before the first row: roles, columns, sort values, fetch
// states, a board switch in the middle of a load, and the error state.
#include "models/api/manageclient.h"
#include "models/boardlistmodel.h"
#include "models/sortproxymodel.h"
#include "models/ticketlistmodel.h"
#include "sandbox/sandbox.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {
constexpr int LoadTimeoutMs = 30000;
}

class TestModels : public QObject
{
    Q_OBJECT

private:
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ManageClient> m_client;
    QList<int> m_boards;

    Credentials credentials(const QString &privateKey = {}) const
    {
        const sandbox::SandboxOptions &o = m_sandbox.options();
        return Credentials(m_sandbox.baseUrl(), o.company, o.publicKey,
                           privateKey.isEmpty() ? o.privateKey : privateKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.tickets = 300;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client = std::make_unique<ManageClient>(&m_network);
        QVERIFY(m_client->setCredentials(credentials()));
    }

    void boards()
    {
        BoardListModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy states(&model, &BoardListModel::fetchStateChanged);
        QCOMPARE(model.fetchState(), FetchState::Idle);
        model.reload();
        QCOMPARE(model.fetchState(), FetchState::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(model.fetchState(), FetchState::Loaded, LoadTimeoutMs);
        QCOMPARE(states.size(), 2);
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Boards"_s);
        bool seenInactive = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QVERIFY(!index.data().toString().isEmpty());
            QVERIFY(index.data(BoardListModel::IdRole).toInt() > 0);
            QCOMPARE(model.rowOf(model.boardId(row)), row);
            // Active boards first.
            const bool inactive = index.data(BoardListModel::InactiveRole).toBool();
            QVERIFY(!seenInactive || inactive);
            seenInactive = seenInactive || inactive;
            if (!inactive)
                m_boards << model.boardId(row);
        }
        QVERIFY(m_boards.size() >= 2);
        QCOMPARE(model.rowOf(-5), -1);
    }

    void tickets()
    {
        QVERIFY(m_boards.size() >= 2);
        TicketListModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 7);
        const QStringList headers{u"#"_s,        u"Summary"_s, u"Status"_s, u"Company"_s,
                                  u"Priority"_s, u"Owner"_s,   u"Updated"_s};
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));

        // A switch while the first board is still loading: only the second board's rows stay.
        model.setBoard(m_boards.at(0));
        model.setBoard(m_boards.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(model.fetchState(), FetchState::Loaded, LoadTimeoutMs);
        QCOMPARE(model.boardId(), m_boards.at(1));
        QVERIFY(model.rowCount() > 0);
        QTest::qWait(100); // a stale answer would arrive now
        const int rows = model.rowCount();
        for (int row = 0; row < rows; ++row) {
            const QModelIndex number = model.index(row, TicketListModel::NumberColumn);
            QVERIFY(number.data().toInt() > 0);
            QCOMPARE(number.data(TicketListModel::SortRole).toInt(), number.data().toInt());
            QVERIFY(!model.index(row, TicketListModel::SummaryColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, TicketListModel::StatusColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, TicketListModel::CompanyColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, TicketListModel::PriorityColumn).data().toString().isEmpty());
            QVERIFY(model.index(row, TicketListModel::PriorityColumn)
                        .data(TicketListModel::SortRole)
                        .toInt() > 0);
            const QModelIndex updated = model.index(row, TicketListModel::UpdatedColumn);
            QVERIFY(!updated.data().toString().isEmpty());
            QVERIFY(updated.data(TicketListModel::SortRole).toDateTime().isValid());
        }
        // Server order: newest ticket first.
        QVERIFY(model.ticketId(0) > model.ticketId(rows - 1));

        model.setBoard(0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.fetchState(), FetchState::Idle);
    }

    void sortProxyOrdersTextForPeople()
    {
        QStandardItemModel source;
        const QList<QVariant> values{u"banana"_s, u"Cherry"_s, u"apple"_s,     u"Item 10"_s,
                                     u"item 2"_s, u"Éclair"_s, u"USB drive"_s, u"unknown"_s};
        for (const QVariant &value : values) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            source.appendRow(item);
        }
        SortProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.sort(0);
        QStringList sorted;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sorted << proxy.index(row, 0).data().toString();
        QCOMPARE(sorted, (QStringList{u"apple"_s, u"banana"_s, u"Cherry"_s, u"Éclair"_s,
                                      u"item 2"_s, u"Item 10"_s, u"unknown"_s, u"USB drive"_s}));

        // Non-text values keep their own order.
        QStandardItemModel numbers;
        for (int n : {10, 9, 100}) {
            auto *item = new QStandardItem;
            item->setData(n, Qt::DisplayRole);
            numbers.appendRow(item);
        }
        proxy.setSourceModel(&numbers);
        proxy.sort(0);
        QCOMPARE(proxy.index(0, 0).data().toInt(), 9);
        QCOMPARE(proxy.index(2, 0).data().toInt(), 100);
    }

    void errorState()
    {
        ManageClient client(&m_network);
        QVERIFY(client.setCredentials(credentials(u"wrong"_s)));
        TicketListModel model(&client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBoard(m_boards.value(0, 1));
        QTRY_COMPARE_WITH_TIMEOUT(model.fetchState(), FetchState::Error, LoadTimeoutMs);
        QVERIFY2(model.errorText().contains(u"401"_s), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestModels)
#include "test_models.moc"
