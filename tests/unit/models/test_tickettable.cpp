// TicketTableModel over a cache synced from a real sandbox: the rows equal the offline query, sync
// and outbox changes arrive as inserts, dataChanged and removals (never a reset), sorting by each
// column, SLA text with a fixed clock, bold and pending marks, drag data, and a golden snapshot.
#include "modeltestsupport.h"

#include "assigneemodel.h"
#include "itemroles.h"
#include "ticketmime.h"
#include "tickettablemodel.h"

#include "desk/cachereader.h"
#include "desk/desk.h"
#include "store/cache.h"
#include "store/offlinequery.h"
#include "store/outbox.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

const QString OpenTickets = u"closedFlag=false"_s;

} // namespace

class TestTicketTable : public QObject
{
    Q_OBJECT

private:
    SyncedSandbox m_sandbox;
    std::unique_ptr<CacheReader> m_reader;
    std::unique_ptr<TicketTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;

    Cache *cache() const { return m_sandbox.cache(); }

    bool waitLoaded(TicketTableModel *model)
    {
        return QTest::qWaitFor([model] { return model->fetchState() == FetchState::Loaded; },
                               20000);
    }

    // A model over `conditions` with a tester attached before any data arrives.
    std::unique_ptr<TicketTableModel> makeModel(const QString &conditions)
    {
        auto model = std::make_unique<TicketTableModel>(cache(), m_reader.get());
        model->setClock(fixedClock(m_now));
        model->setOutbox(m_sandbox.desk()->outbox());
        new QAbstractItemModelTester(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        model->setQuery(conditions);
        return model;
    }

    QList<int> rowIds(const TicketTableModel *model) const
    {
        QList<int> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->ticketId(row));
        return ids;
    }

    // rowOfTicket() agrees with the rows (its index is adjusted, not rebuilt, on each change).
    static bool indexConsistent(const TicketTableModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowOfTicket(model->ticketId(row)) != row)
                return false;
        }
        return true;
    }

    // Waits until the model's rows satisfy `ready` (answers come from the reader's thread).
    bool waitFor(const std::function<bool()> &ready) { return QTest::qWaitFor(ready, 20000); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(300, &error), qPrintable(error));
        m_now = SyncedSandbox::anchor();
        m_reader = std::make_unique<CacheReader>(m_sandbox.cachePath());
        m_model = std::make_unique<TicketTableModel>(cache(), m_reader.get());
        // Attached before data arrives: every insert, change and removal below is checked.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setClock(fixedClock(m_now));
        m_model->setOutbox(m_sandbox.desk()->outbox());
        QCOMPARE(m_model->fetchState(), FetchState::Idle);
        m_model->setQuery(OpenTickets);
        QCOMPARE(m_model->fetchState(), FetchState::Loading);
        QVERIFY(waitLoaded(m_model.get()));
    }

    void rowsEqualTheOfflineQuery()
    {
        OfflineQuery query(cache());
        QVERIFY(query.setConditions(OpenTickets));
        const QList<int> expected = query.ids();
        QVERIFY(expected.size() > 10);
        QCOMPARE(rowIds(m_model.get()), expected);
        QCOMPARE(m_model->columnCount(), int(TicketTableModel::ColumnCount));
        // The row keeps the list columns; the whole record is read on demand.
        QCOMPARE(m_model->rawRecord(0), cache()->rawRecord(RecordKind::Ticket, expected.first()));
        const Ticket first = cache()->ticket(expected.first());
        QCOMPARE(m_model->index(0, TicketTableModel::Summary).data().toString(), first.summary());
        QCOMPARE(m_model->index(0, TicketTableModel::Company).data().toString(),
                 first.company().name);
        QCOMPARE(m_model->index(0, TicketTableModel::Priority).data().toString(),
                 first.priority().name);
        QCOMPARE(m_model->index(0, TicketTableModel::Number).data(IdRole).toInt(), first.id());
    }

    void goldenSnapshot()
    {
        // Every open ticket as synced (before the tests below change any), by number.
        auto model = makeModel(OpenTickets);
        QVERIFY(waitLoaded(model.get()));
        model->sort(TicketTableModel::Number, Qt::AscendingOrder);
        const QString dump = dumpModel(model.get(), {Qt::DisplayRole, Qt::DecorationRole},
                                       {BoldRole, PendingRole, BreachedRole});
        QString message;
        QVERIFY2(matchesGolden(u"tickettable.txt"_s, dump, &message), qPrintable(message));
    }

    void columnIdsRoundTrip()
    {
        for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
            const QString id = TicketTableModel::columnId(column);
            QVERIFY(!id.isEmpty());
            QCOMPARE(TicketTableModel::columnOf(id), column);
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
        }
        QCOMPARE(TicketTableModel::columnOf(u"nope"_s), -1);
    }

    void priorityColourAndBold()
    {
        QHash<int, QColor> colours;
        for (const Priority &priority : cache()->priorities())
            colours.insert(priority.id(), QColor::fromString(priority.color()));
        int bold = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Ticket ticket = cache()->ticket(m_model->ticketId(row));
            const QModelIndex priority = m_model->index(row, TicketTableModel::Priority);
            const QColor expected = colours.value(ticket.priority().id);
            if (expected.isValid())
                QCOMPARE(priority.data(Qt::DecorationRole).value<QColor>(), expected);
            const QModelIndex summary = m_model->index(row, TicketTableModel::Summary);
            QCOMPARE(summary.data(BoldRole).toBool(), ticket.customerUpdatedFlag());
            QCOMPARE(summary.data(Qt::FontRole).value<QFont>().bold(),
                     ticket.customerUpdatedFlag());
            bold += ticket.customerUpdatedFlag();
        }
        QVERIFY2(bold > 0, "the sandbox data has customer-updated tickets");
    }

    // A screen reader reads a cell's accessible text: the date as shown, not an ISO timestamp.
    void lastUpdateReadsAsShown()
    {
        QVERIFY(m_model->rowCount() > 0);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex cell = m_model->index(row, TicketTableModel::LastUpdate);
            const QDateTime shown = cell.data(Qt::DisplayRole).toDateTime();
            QVERIFY(shown.isValid());
            const QString spoken = cell.data(Qt::AccessibleTextRole).toString();
            QCOMPARE(spoken, QLocale().toString(shown, QLocale::ShortFormat));
            QVERIFY2(!spoken.contains(u'T'), qPrintable(spoken));
        }
    }

    void sortsByEachColumn()
    {
        auto model = makeModel(OpenTickets);
        QVERIFY(waitLoaded(model.get()));
        for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model->sort(column, order);
                for (int row = 1; row < model->rowCount(); ++row) {
                    const QVariant a = model->index(row - 1, column).data(SortRole);
                    const QVariant b = model->index(row, column).data(SortRole);
                    int c = 0;
                    if (a.metaType().id() == QMetaType::QString)
                        c = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
                    else if (!a.isValid() || !b.isValid())
                        c = a.isValid() - b.isValid();
                    else
                        c = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                            : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                   : 0;
                    if (order == Qt::DescendingOrder)
                        c = -c;
                    QVERIFY2(c <= 0, qPrintable(u"column %1 row %2: %3 then %4"_s
                                                    .arg(TicketTableModel::columnId(column))
                                                    .arg(row)
                                                    .arg(formatValue(a), formatValue(b))));
                }
            }
        }
        // Persistent indexes follow their rows through a sort.
        model->sort(TicketTableModel::Number, Qt::AscendingOrder);
        const QPersistentModelIndex first = model->index(0, TicketTableModel::Summary);
        const int id = model->ticketId(0);
        model->sort(TicketTableModel::Number, Qt::DescendingOrder);
        QVERIFY(first.isValid());
        QCOMPARE(first.row(), model->rowCount() - 1);
        QCOMPARE(model->ticketId(first.row()), id);
    }

    void slaColumnWithAFixedClock()
    {
        const int id = m_model->ticketId(2);
        // Respond by 4 PM UTC-08 on the anchor's day is midnight UTC of the next day.
        const QDate day = m_now.date();
        const QString text = u"Respond by %1 %2 4:00 PM UTC-08"_s.arg(
            QLocale::c().toString(day, u"ddd"_s), day.toString(u"MM/dd"_s));
        QVERIFY(
            editCachedTicket(cache(), id, [&](QJsonObject &t) { t.insert(u"slaStatus"_s, text); }));
        const QModelIndex sla = m_model->index(m_model->rowOfTicket(id), TicketTableModel::Sla);
        QVERIFY(waitFor([&] { return sla.data().toString().startsWith(u"Respond"_s); }));
        QCOMPARE(sla.data().toString(), u"Respond · 1d 0h"_s);
        QVERIFY(!sla.data(BreachedRole).toBool());
        QCOMPARE(sla.data(SortRole).toLongLong(), 86400);

        m_model->setClock(fixedClock(m_now.addDays(1).addSecs(45 * 60)));
        QCOMPARE(sla.data().toString(), u"Respond · −45m (breached)"_s);
        QVERIFY(sla.data(BreachedRole).toBool());
        m_model->setClock(fixedClock(m_now));

        QVERIFY(editCachedTicket(cache(), id,
                                 [](QJsonObject &t) { t.insert(u"slaStatus"_s, u"Waiting"_s); }));
        QVERIFY(waitFor([&] { return sla.data().toString() == u"Waiting"_s; }));
    }

    void syncChangesArriveInPlace()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        const int rows = m_model->rowCount();
        const int keepId = m_model->ticketId(rows - 1);
        const QPersistentModelIndex keep = m_model->index(rows - 1, TicketTableModel::Summary);
        const int editId = m_model->ticketId(0);
        const int closeId = m_model->ticketId(1);
        const int deleteId = m_model->ticketId(3);

        // A summary edited on the server: dataChanged on its row.
        QVERIFY(editCachedTicket(cache(), editId, [](QJsonObject &t) {
            t.insert(u"summary"_s, u"Printer on fire (edited)"_s);
        }));
        QVERIFY(waitFor([&] {
            return m_model->index(0, TicketTableModel::Summary).data().toString() ==
                   u"Printer on fire (edited)"_s;
        }));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);

        // Closed on the server: no longer matches, its row is removed.
        QVERIFY(editCachedTicket(cache(), closeId,
                                 [](QJsonObject &t) { t.insert(u"closedFlag"_s, true); }));
        QVERIFY(waitFor([&] { return m_model->rowOfTicket(closeId) < 0; }));
        QCOMPARE(removed.size(), 1);

        // A new ticket synced: inserted.
        QJsonObject created = cachedTicket(cache(), editId);
        created.insert(u"id"_s, 900001);
        created.insert(u"summary"_s, u"New from the sync"_s);
        QVERIFY(storeTicket(cache(), created));
        QVERIFY(waitFor([&] { return m_model->rowOfTicket(900001) >= 0; }));
        QCOMPARE(inserted.size(), 1);

        // Deleted (the sync's sweep): removed.
        QVERIFY(cache()->remove(RecordKind::Ticket, {deleteId}));
        QCOMPARE(m_model->rowOfTicket(deleteId), -1);
        QCOMPARE(removed.size(), 2);

        // A batch of several at once, as a sync page brings them.
        QList<QByteArray> batch;
        for (int row = 5; row < 10; ++row) {
            QJsonObject t = cachedTicket(cache(), m_model->ticketId(row));
            t.insert(u"summary"_s, QString(t.value(u"summary"_s).toString() + u" (batch)"_s));
            batch.append(QJsonDocument(t).toJson(QJsonDocument::Compact));
        }
        QVERIFY(cache()->upsertTickets(batch));
        QVERIFY(waitFor([&] {
            return m_model->index(9, TicketTableModel::Summary)
                .data()
                .toString()
                .endsWith(u"(batch)"_s);
        }));

        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QVERIFY(keep.isValid());
        QCOMPARE(m_model->ticketId(keep.row()), keepId);
        QCOMPARE(m_model->rowCount(), rows - 1);
        QVERIFY(indexConsistent(m_model.get()));
        // And the rows still equal the query.
        OfflineQuery query(cache());
        QVERIFY(query.setConditions(OpenTickets));
        QList<int> expected = query.ids();
        QList<int> actual = rowIds(m_model.get());
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
    }

    void aChangedRowMovesIntoTheSortOrder()
    {
        auto model = makeModel(OpenTickets);
        QVERIFY(waitLoaded(model.get()));
        model->sort(TicketTableModel::Summary, Qt::AscendingOrder);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
        const int last = model->rowCount() - 1;
        const int id = model->ticketId(last);
        const QPersistentModelIndex index = model->index(last, TicketTableModel::Summary);
        QVERIFY(editCachedTicket(cache(), id,
                                 [](QJsonObject &t) { t.insert(u"summary"_s, u"!!! first"_s); }));
        QVERIFY(waitFor([&] { return model->ticketId(0) == id; }));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(index.row(), 0);
        // A new ticket lands in order too.
        QJsonObject created = cachedTicket(cache(), id);
        created.insert(u"id"_s, 900002);
        created.insert(u"summary"_s, u"!! second"_s);
        QVERIFY(storeTicket(cache(), created));
        QVERIFY(waitFor([&] { return model->rowOfTicket(900002) >= 0; }));
        QCOMPARE(model->rowOfTicket(900002), 0);
        QCOMPARE(model->rowOfTicket(id), 1);
        QVERIFY(indexConsistent(model.get()));
        // Moved down again, past many rows.
        QVERIFY(editCachedTicket(cache(), id,
                                 [](QJsonObject &t) { t.insert(u"summary"_s, u"zzz last"_s); }));
        QVERIFY(waitFor([&] { return model->ticketId(model->rowCount() - 1) == id; }));
        QVERIFY(indexConsistent(model.get()));
    }

    void aLargeBatchIsMergedOverSeveralTurns()
    {
        auto model = makeModel(OpenTickets);
        QVERIFY(waitLoaded(model.get()));
        model->sort(TicketTableModel::Summary, Qt::AscendingOrder);
        // Every step of a batch in its own event-loop turn, as a batch too long for one slice.
        model->setMergeSlice(0);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy updated(model.get(), &TicketTableModel::rowsUpdated);
        const int middle = model->rowCount() / 2;
        const int keepId = model->ticketId(middle);
        const QPersistentModelIndex keep = model->index(middle, TicketTableModel::Summary);
        // Twenty rows renamed so that they change places, one closed (removed), one new.
        QList<QByteArray> batch;
        QList<int> renamed;
        for (int row = 0; row < model->rowCount() && renamed.size() < 20; row += 2) {
            const int id = model->ticketId(row);
            if (id == keepId)
                continue;
            QJsonObject t = cachedTicket(cache(), id);
            t.insert(u"summary"_s, u"zz batch %1"_s.arg(99 - renamed.size()));
            renamed.append(id);
            batch.append(QJsonDocument(t).toJson(QJsonDocument::Compact));
        }
        QVERIFY(renamed.size() >= 5);
        const int closedId = model->ticketId(1);
        QJsonObject closed = cachedTicket(cache(), closedId);
        closed.insert(u"closedFlag"_s, true);
        batch.append(QJsonDocument(closed).toJson(QJsonDocument::Compact));
        QJsonObject created = cachedTicket(cache(), renamed.first());
        created.insert(u"id"_s, 900003);
        created.insert(u"summary"_s, u"aa batch new"_s);
        batch.append(QJsonDocument(created).toJson(QJsonDocument::Compact));
        QString error;
        QVERIFY2(cache()->upsertTickets(batch, &error), qPrintable(error));

        // The event loop runs while the batch is merged: seen half-way, before rowsUpdated.
        QVERIFY(waitFor([&] { return model->isMerging(); }));
        QCOMPARE(updated.size(), 0);
        QVERIFY(waitFor([&] { return updated.size() == 1; }));
        QVERIFY(!model->isMerging());

        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QVERIFY(keep.isValid());
        QCOMPARE(model->ticketId(keep.row()), keepId);
        QVERIFY(indexConsistent(model.get()));
        QCOMPARE(model->rowOfTicket(closedId), -1);
        QVERIFY(model->rowOfTicket(900003) >= 0);
        // The renamed rows are in their new order (zz batch 99 is the last of them).
        for (int i = 1; i < renamed.size(); ++i)
            QVERIFY(model->rowOfTicket(renamed.at(i)) < model->rowOfTicket(renamed.at(i - 1)));
        // And the rows still equal the query, in the column's order.
        auto fresh = makeModel(OpenTickets);
        QVERIFY(waitLoaded(fresh.get()));
        fresh->sort(TicketTableModel::Summary, Qt::AscendingOrder);
        QCOMPARE(rowIds(model.get()), rowIds(fresh.get()));
    }

    void aNarrowerQueryReusesTheListedRows()
    {
        auto model = makeModel(OpenTickets);
        QVERIFY(waitLoaded(model.get()));
        model->sort(TicketTableModel::Summary, Qt::AscendingOrder);
        QList<int> ids = rowIds(model.get());
        std::sort(ids.begin(), ids.end());
        const int from = ids.at(ids.size() / 3);
        const QString narrower = u"closedFlag=false and id>=%1"_s.arg(from);
        const int keptId = ids.last();
        const TicketRow *kept = model->rowData(model->rowOfTicket(keptId));
        // Changed in the cache, its change not checked yet when the query changes: read again.
        const int staleId = ids.at(ids.size() / 2);
        QVERIFY(editCachedTicket(cache(), staleId, [](QJsonObject &t) {
            t.insert(u"summary"_s, u"Changed before the keystroke"_s);
        }));
        model->setQuery(narrower);
        QVERIFY(waitLoaded(model.get()));

        OfflineQuery query(cache());
        QVERIFY(query.setConditions(narrower));
        QList<int> expected = query.ids();
        QList<int> actual = rowIds(model.get());
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
        // A row that stays is the same row, not read and parsed again.
        QCOMPARE(model->rowData(model->rowOfTicket(keptId)), kept);
        QCOMPARE(model->index(model->rowOfTicket(staleId), TicketTableModel::Summary)
                     .data()
                     .toString(),
                 u"Changed before the keystroke"_s);
        QVERIFY(indexConsistent(model.get()));
        // In the column's order, as a list sorted after it loaded.
        auto fresh = makeModel(narrower);
        QVERIFY(waitLoaded(fresh.get()));
        fresh->sort(TicketTableModel::Summary, Qt::AscendingOrder);
        QCOMPARE(rowIds(model.get()), rowIds(fresh.get()));
        // Widened again: the rows that were not listed are read.
        model->setQuery(OpenTickets);
        QVERIFY(waitLoaded(model.get()));
        QVERIFY(query.setConditions(OpenTickets));
        QCOMPARE(model->rowCount(), query.ids().size());
    }

    void outboxEditsMarkTheirRows()
    {
        Outbox *outbox = m_sandbox.desk()->outbox();
        QVERIFY(outbox);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const int row = 4;
        const int id = m_model->ticketId(row);
        QVERIFY(!m_model->index(row, 0).data(PendingRole).toBool());
        const QJsonObject base = cachedTicket(cache(), id);
        QJsonObject edited = base;
        edited.insert(u"summary"_s, u"Edited offline"_s);
        QString error;
        const qint64 seq = outbox->queueEdit(RecordKind::Ticket, id, 0, base, edited, &error);
        QVERIFY2(seq > 0, qPrintable(error));
        QVERIFY(waitFor([&] {
            const int r = m_model->rowOfTicket(id);
            return r >= 0 && m_model->index(r, 0).data(PendingRole).toBool() &&
                   m_model->index(r, TicketTableModel::Summary).data().toString() ==
                       u"Edited offline"_s;
        }));
        // Other rows are not marked.
        QVERIFY(
            !m_model->index(m_model->rowOfTicket(id) == 0 ? 1 : 0, 0).data(PendingRole).toBool());
        QVERIFY(outbox->discard(seq, &error));
        QVERIFY(waitFor([&] {
            const int r = m_model->rowOfTicket(id);
            return r >= 0 && !m_model->index(r, 0).data(PendingRole).toBool() &&
                   m_model->index(r, TicketTableModel::Summary).data().toString() ==
                       base.value(u"summary"_s).toString();
        }));
        QCOMPARE(reset.size(), 0);
    }

    void ticketsDragOntoMembers()
    {
        const QModelIndexList dragged = {m_model->index(0, 1), m_model->index(0, 2),
                                         m_model->index(2, 0)};
        std::unique_ptr<QMimeData> data(m_model->mimeData(dragged));
        QVERIFY(data);
        QCOMPARE(m_model->mimeTypes(), QStringList{TicketMime::mimeType()});
        QCOMPARE(TicketMime::decode(data.get()),
                 QList<int>({m_model->ticketId(0), m_model->ticketId(2)}));
        QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));

        AssigneeModel members(cache());
        QAbstractItemModelTester tester(&members,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.reload();
        QVERIFY(members.rowCount() > 0);
        QSignalSpy assign(&members, &AssigneeModel::assignRequested);
        const QModelIndex target = members.index(members.rowCount() - 1);
        QVERIFY(members.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
        QVERIFY(!members.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QMimeData text;
        text.setText(u"hello"_s);
        QVERIFY(!members.canDropMimeData(&text, Qt::MoveAction, -1, -1, target));
        members.dropMimeData(data.get(), Qt::MoveAction, -1, -1, target);
        QCOMPARE(assign.size(), 1);
        QCOMPARE(assign.first().at(0).value<QList<int>>(),
                 QList<int>({m_model->ticketId(0), m_model->ticketId(2)}));
        QCOMPARE(assign.first().at(1).value<Assignee>(), members.assignee(target.row()));
    }

    void readerDeletedFirst()
    {
        // MainWindow's order: the reader is made before the models, so their common parent
        // deletes it first. The model's destructor must not reach for it then (a use after free
        // that the sanitize phase reports; found in test_i18n under ASan).
        auto owner = std::make_unique<QObject>();
        auto *reader = new CacheReader(m_sandbox.cachePath(), owner.get());
        auto *model = new TicketTableModel(cache(), reader, owner.get());
        model->setQuery(u"id > 0"_s); // a request in flight when both go
        QPointer<TicketTableModel> watch(model);
        owner.reset();
        QVERIFY(watch.isNull());
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestTicketTable)
#include "test_tickettable.moc"
